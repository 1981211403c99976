/* Message digests (createHash) and the algorithm lists (getHashes). A Hash is an
 * external owning one EVP_MD_CTX; digest() hands the context back to a small free list so
 * hashing many short messages does not allocate a context per message. */
#include "crypto_internal.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/crypto.h>
#include <openssl/objects.h>

typedef struct {
  nodus__crypto_handle_t base;
  EVP_MD_CTX* ctx; /* NULL once finalized */
  const EVP_MD* md;
  int64_t xof_len; /* output length; the digest's size unless an XOF was asked for more */
} nodus__hash_t;

/* Contexts are reset before they are pooled; the pool is touched on the loop thread only. */
#define NODUS__CTX_POOL 32
static _Thread_local EVP_MD_CTX* nodus__ctx_pool[NODUS__CTX_POOL];
static _Thread_local int nodus__ctx_pooled;

static EVP_MD_CTX* nodus__ctx_get(void) {
  if (nodus__ctx_pooled > 0) return nodus__ctx_pool[--nodus__ctx_pooled];
  return EVP_MD_CTX_new();
}

static void nodus__ctx_put(EVP_MD_CTX* ctx) {
  if (ctx == NULL) return;
  if (nodus__ctx_pooled < NODUS__CTX_POOL && EVP_MD_CTX_reset(ctx) == 1)
    nodus__ctx_pool[nodus__ctx_pooled++] = ctx;
  else
    EVP_MD_CTX_free(ctx);
}

static void nodus__hash_destroy(void* self) {
  nodus__hash_t* h = self;
  nodus__ctx_put(h->ctx);
  free(h);
}

static nodus__hash_t* nodus__hash_alloc(const EVP_MD* md, int64_t xof_len) {
  nodus__hash_t* h = malloc(sizeof(*h));
  if (h == NULL) return NULL;
  h->base.kind = NODUS__KIND_HASH;
  h->base.destroy = nodus__hash_destroy;
  h->md = md;
  h->xof_len = xof_len;
  h->ctx = nodus__ctx_get();
  return h;
}

static nodus__hash_t* nodus__hash_unwrap(napi_env env, napi_value v) {
  return nodus__crypto_handle_get(env, v, NODUS__KIND_HASH);
}

/* Digests by id: JS asks for a name's id once (hashFetch) and passes the id after. */
#define NODUS__MAX_MDS 256
static _Thread_local const EVP_MD* nodus__mds[NODUS__MAX_MDS];
static _Thread_local int nodus__md_ids;

/* hashFetch(name) → [id, size, isXof] or undefined when OpenSSL has no such digest. */
static napi_value nodus__hash_fetch(napi_env env, napi_callback_info info) {
  CR_ARGS(1);
  char* name = nodus__crypto_cstring(env, argv[0]);
  const EVP_MD* md = nodus__crypto_md(name);
  free(name);
  if (md == NULL) return NULL;
  int id = -1;
  for (int i = 0; i < nodus__md_ids; i++)
    if (nodus__mds[i] == md) id = i;
  if (id < 0) {
    if (nodus__md_ids == NODUS__MAX_MDS) return NULL;
    id = nodus__md_ids++;
    nodus__mds[id] = md;
  }
  napi_value r, v;
  CR_CHECK(napi_create_array_with_length(env, 3, &r));
  CR_CHECK(napi_create_int32(env, id, &v));
  CR_CHECK(napi_set_element(env, r, 0, v));
  CR_CHECK(napi_create_int32(env, EVP_MD_get_size(md), &v));
  CR_CHECK(napi_set_element(env, r, 1, v));
  CR_CHECK(napi_get_boolean(env, (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0, &v));
  CR_CHECK(napi_set_element(env, r, 2, v));
  return r;
}

/* hashNew(id, outputLength|-1[, reuse]) → handle. `reuse` is a finalized handle the JS
 * side recycles: it is re-initialised in place, so hashing many messages does not make
 * (and later finalize) one external per message. */
static napi_value nodus__hash_new(napi_env env, napi_callback_info info) {
  CR_ARGS(3);
  int32_t id = -1;
  napi_get_value_int32(env, argv[0], &id);
  if (id < 0 || id >= nodus__md_ids)
    return nodus__crypto_throw(env, 'E', NULL, "Digest method not supported");
  const EVP_MD* md = nodus__mds[id];
  int64_t xof_len = -1;
  napi_get_value_int64(env, argv[1], &xof_len);
  int size = EVP_MD_get_size(md);
  if (xof_len >= 0 && xof_len != size && !(EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF)) {
    ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
    return nodus__crypto_throw_openssl(env, "Digest method not supported");
  }
  if (argc > 2 && !nodus__crypto_is_nullish(env, argv[2])) {
    nodus__hash_t* old = nodus__hash_unwrap(env, argv[2]);
    if (old == NULL) return NULL;
    if (old->ctx == NULL) {
      old->md = md;
      old->xof_len = xof_len >= 0 ? xof_len : size;
      old->ctx = nodus__ctx_get();
      if (old->ctx == NULL || EVP_DigestInit_ex2(old->ctx, md, NULL) != 1) {
        nodus__ctx_put(old->ctx);
        old->ctx = NULL;
        return nodus__crypto_throw_openssl(env, "Digest method not supported");
      }
      return argv[2];
    }
  }
  nodus__hash_t* h = nodus__hash_alloc(md, xof_len >= 0 ? xof_len : size);
  if (h == NULL) return nodus__crypto_throw(env, 'E', NULL, "Out of memory");
  if (h->ctx == NULL || EVP_DigestInit_ex2(h->ctx, md, NULL) != 1) {
    nodus__hash_destroy(h);
    return nodus__crypto_throw_openssl(env, "Digest method not supported");
  }
  return nodus__crypto_handle_new(env, &h->base);
}

/* Short strings are hashed from the stack; node's default string encoding is UTF-8. */
static int nodus__update_string(napi_env env, napi_value v,
                                int (*fn)(void* ctx, const void* d, size_t n), void* ctx) {
  char small[1024];
  size_t n;
  if (napi_get_value_string_utf8(env, v, small, sizeof(small), &n) != napi_ok) return -1;
  if (n < sizeof(small) - 4) return fn(ctx, small, n);
  if (napi_get_value_string_utf8(env, v, NULL, 0, &n) != napi_ok) return -1;
  char* big = malloc(n + 1);
  if (big == NULL) return 0;
  napi_get_value_string_utf8(env, v, big, n + 1, &n);
  int ok = fn(ctx, big, n);
  free(big);
  return ok;
}

static int nodus__digest_update(void* ctx, const void* d, size_t n) {
  return EVP_DigestUpdate(ctx, d, n);
}

int nodus__crypto_update_data(napi_env env, napi_value v,
                              int (*fn)(void* ctx, const void* d, size_t n), void* ctx) {
  uint8_t* data;
  size_t len;
  if (nodus__crypto_view(env, v, &data, &len)) return fn(ctx, data, len);
  return nodus__update_string(env, v, fn, ctx);
}

/* hashUpdate(handle, data: string (UTF-8) | ArrayBufferView) → true, or false once
 * finalized (JS throws ERR_CRYPTO_HASH_FINALIZED). */
static napi_value nodus__hash_update(napi_env env, napi_callback_info info) {
  CR_ARGS(2);
  nodus__hash_t* h = nodus__hash_unwrap(env, argv[0]);
  if (h == NULL) return NULL;
  napi_value r;
  if (h->ctx == NULL) {
    CR_CHECK(napi_get_boolean(env, false, &r));
    return r;
  }
  if (nodus__crypto_update_data(env, argv[1], nodus__digest_update, h->ctx) != 1)
    return nodus__crypto_throw_openssl(env, "Hash update failed");
  CR_CHECK(napi_get_boolean(env, true, &r));
  return r;
}

static const char nodus__hex[] = "0123456789abcdef";

/* The digest as a Buffer (hex=false) or a hex string. */
napi_value nodus__crypto_digest_value(napi_env env, const uint8_t* md, size_t len, bool hex) {
  napi_value r;
  if (!hex) return nodus__crypto_buffer(env, md, len);
  char small[257];
  char* s = len * 2 < sizeof(small) ? small : malloc(len * 2 + 1);
  if (s == NULL) return nodus__crypto_throw(env, 'E', NULL, "Out of memory");
  for (size_t i = 0; i < len; i++) {
    s[2 * i] = nodus__hex[md[i] >> 4];
    s[2 * i + 1] = nodus__hex[md[i] & 15];
  }
  napi_status st = napi_create_string_latin1(env, s, len * 2, &r);
  if (s != small) free(s);
  return st == napi_ok ? r : NULL;
}

/* hashDigest(handle, hex: bool[, out: Buffer]) → Buffer | hex string, or undefined when
 * already finalized. With `out` (exactly the digest's size; JS takes it from Buffer's
 * pool) the digest is written there and `out` returned. */
static napi_value nodus__hash_digest(napi_env env, napi_callback_info info) {
  CR_ARGS(3);
  nodus__hash_t* h = nodus__hash_unwrap(env, argv[0]);
  if (h == NULL) return NULL;
  bool hex = false;
  napi_get_value_bool(env, argv[1], &hex);
  if (h->ctx == NULL) return NULL;
  uint8_t small[EVP_MAX_MD_SIZE];
  uint8_t* out = small;
  uint8_t* into = NULL;
  size_t into_len = 0;
  if (!hex && argc > 2 && nodus__crypto_view(env, argv[2], &into, &into_len) &&
      into_len == (size_t)h->xof_len) {
    out = into;
  } else {
    into = NULL;
  }
  size_t len = (size_t)h->xof_len;
  int ok;
  if (EVP_MD_get_flags(h->md) & EVP_MD_FLAG_XOF) {
    if (into == NULL && len > sizeof(small)) out = malloc(len);
    if (out == NULL) return nodus__crypto_throw(env, 'E', NULL, "Out of memory");
    ok = len == 0 || EVP_DigestFinalXOF(h->ctx, out, len) == 1;
  } else {
    unsigned int n = 0;
    ok = EVP_DigestFinal_ex(h->ctx, out, &n) == 1;
    len = n;
  }
  nodus__ctx_put(h->ctx);
  h->ctx = NULL;
  napi_value r;
  if (!ok)
    r = nodus__crypto_throw_openssl(env, "Digest failed");
  else if (into != NULL)
    r = argv[2];
  else
    r = nodus__crypto_digest_value(env, out, len, hex);
  if (out != small && out != into) free(out);
  return r;
}

/* hashCopy(handle, outputLength|-1) → a new handle in the same state, or undefined if the
 * source is finalized. */
static napi_value nodus__hash_copy(napi_env env, napi_callback_info info) {
  CR_ARGS(2);
  nodus__hash_t* src = nodus__hash_unwrap(env, argv[0]);
  if (src == NULL || src->ctx == NULL) return NULL;
  int64_t xof_len = -1;
  napi_get_value_int64(env, argv[1], &xof_len);
  int size = EVP_MD_get_size(src->md);
  if (xof_len >= 0 && xof_len != size && !(EVP_MD_get_flags(src->md) & EVP_MD_FLAG_XOF)) {
    ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
    return nodus__crypto_throw_openssl(env, "Digest method not supported");
  }
  /* Without an outputLength a copy has the digest's default length, as in node. */
  nodus__hash_t* h = nodus__hash_alloc(src->md, xof_len >= 0 ? xof_len : size);
  if (h == NULL) return nodus__crypto_throw(env, 'E', NULL, "Out of memory");
  if (h->ctx == NULL || EVP_MD_CTX_copy_ex(h->ctx, src->ctx) != 1) {
    nodus__hash_destroy(h);
    return nodus__crypto_throw_openssl(env, "Hash copy failed");
  }
  return nodus__crypto_handle_new(env, &h->base);
}

/* ---- algorithm lists ---- */

typedef struct {
  char** names;
  size_t count, cap;
  int ciphers;
} nodus__names_t;

static void nodus__names_add(nodus__names_t* l, const char* name) {
  for (size_t i = 0; i < l->count; i++)
    if (strcmp(l->names[i], name) == 0) return;
  if (l->count == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 64;
    char** grown = realloc(l->names, cap * sizeof(char*));
    if (grown == NULL) return;
    l->names = grown;
    l->cap = cap;
  }
  char* copy = strdup(name);
  if (copy != NULL) l->names[l->count++] = copy;
}

/* Node lists every name OpenSSL's tables know (aliases such as "RSA-SHA256" included)
 * whose algorithm a provider can actually fetch: legacy-only ones such as md4 drop out
 * under OpenSSL 3's default provider. */
static int nodus__fetchable(int ciphers, const char* name) {
  int ok = 0;
  ERR_set_mark();
  if (ciphers) {
    EVP_CIPHER* c = EVP_CIPHER_fetch(NULL, name, NULL);
    if (c == NULL) {
      const EVP_CIPHER* legacy = EVP_get_cipherbyname(name);
      if (legacy) c = EVP_CIPHER_fetch(NULL, EVP_CIPHER_get0_name(legacy), NULL);
    }
    ok = c != NULL;
    EVP_CIPHER_free(c);
  } else {
    EVP_MD* md = EVP_MD_fetch(NULL, name, NULL);
    if (md == NULL) {
      const EVP_MD* legacy = EVP_get_digestbyname(name);
      if (legacy) md = EVP_MD_fetch(NULL, EVP_MD_get0_name(legacy), NULL);
    }
    ok = md != NULL;
    EVP_MD_free(md);
  }
  ERR_pop_to_mark();
  return ok;
}

static void nodus__each_md(const EVP_MD* md, const char* from, const char* to, void* arg) {
  (void)md;
  (void)to;
  if (from != NULL && nodus__fetchable(0, from)) nodus__names_add(arg, from);
}

static void nodus__each_cipher(const EVP_CIPHER* c, const char* from, const char* to,
                               void* arg) {
  (void)c;
  (void)to;
  if (from != NULL && nodus__fetchable(1, from)) nodus__names_add(arg, from);
}

static int nodus__cmp(const void* a, const void* b) {
  return strcmp(*(char* const*)a, *(char* const*)b);
}

napi_value nodus__crypto_name_list(napi_env env, int ciphers) {
  nodus__names_t l = {NULL, 0, 0, ciphers};
  if (ciphers)
    EVP_CIPHER_do_all_sorted(nodus__each_cipher, &l);
  else
    EVP_MD_do_all_sorted(nodus__each_md, &l);
  qsort(l.names, l.count, sizeof(char*), nodus__cmp);
  napi_value arr = NULL;
  if (napi_create_array_with_length(env, l.count, &arr) == napi_ok) {
    for (size_t i = 0; i < l.count; i++)
      napi_set_element(env, arr, (uint32_t)i, nodus__crypto_str(env, l.names[i]));
  }
  for (size_t i = 0; i < l.count; i++) free(l.names[i]);
  free(l.names);
  return arr;
}

static napi_value nodus__get_hashes(napi_env env, napi_callback_info info) {
  (void)info;
  return nodus__crypto_name_list(env, 0);
}

/* timingSafeEqual(a, b) → bool; JS checked that the lengths match. */
static napi_value nodus__timing_safe_equal(napi_env env, napi_callback_info info) {
  CR_ARGS(2);
  uint8_t *a, *b;
  size_t alen, blen;
  if (!nodus__crypto_view_arg(env, argv[0], "buf1", &a, &alen) ||
      !nodus__crypto_view_arg(env, argv[1], "buf2", &b, &blen))
    return NULL;
  napi_value r;
  CR_CHECK(napi_get_boolean(env, alen == blen && CRYPTO_memcmp(a, b, alen) == 0, &r));
  return r;
}

/* setFips(on): OpenSSL's default property query asks for fips=yes; without a FIPS
 * provider, fetches then fail (as in node). getFips() → 0 or 1. */
static napi_value nodus__set_fips(napi_env env, napi_callback_info info) {
  CR_ARGS(1);
  bool on = false;
  napi_get_value_bool(env, argv[0], &on);
  if (EVP_default_properties_enable_fips(NULL, on) != 1)
    return nodus__crypto_throw_openssl(env, "Failed to set FIPS mode");
  return NULL;
}

static napi_value nodus__get_fips(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  CR_CHECK(napi_create_int32(env, EVP_default_properties_is_fips_enabled(NULL) ? 1 : 0, &r));
  return r;
}

napi_status nodus__crypto_hash_init(napi_env env, napi_value binding) {
  const napi_property_descriptor props[] = {
      CR_METHOD("hashFetch", nodus__hash_fetch),
      CR_METHOD("hashNew", nodus__hash_new),
      CR_METHOD("hashUpdate", nodus__hash_update),
      CR_METHOD("hashDigest", nodus__hash_digest),
      CR_METHOD("hashCopy", nodus__hash_copy),
      CR_METHOD("getHashes", nodus__get_hashes),
      CR_METHOD("timingSafeEqual", nodus__timing_safe_equal),
      CR_METHOD("setFips", nodus__set_fips),
      CR_METHOD("getFips", nodus__get_fips),
  };
  return nodus__crypto_define(env, binding, props, sizeof(props) / sizeof(props[0]));
}
