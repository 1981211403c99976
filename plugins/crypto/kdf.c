/* Key derivation: PBKDF2, scrypt and HKDF. Each runs inline for the Sync forms or on the
 * thread pool (inputs copied into the job, so callers may reuse their buffers at once). */
/* The SHA-1/SHA-2 block functions (deprecated API, still shipped) let PBKDF2 reuse the
 * keyed HMAC states with a struct copy per iteration instead of a provider context dup. */
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include "crypto_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/objects.h>
#include <openssl/sha.h>

enum { NODUS__PBKDF2, NODUS__SCRYPT, NODUS__HKDF };

typedef struct {
  nodus__crypto_job_t job;
  int kind;
  int as_arraybuffer;
  const EVP_MD* md;
  uint8_t *pass, *salt, *info, *out;
  size_t pass_len, salt_len, info_len, out_len;
  uint64_t iter_or_n, r, p, maxmem;
} nodus__kdf_t;

static void nodus__kdf_free(nodus__kdf_t* k) {
  if (k == NULL) return;
  free(k->pass);
  free(k->salt);
  free(k->info);
  free(k->out);
  free(k);
}

static void nodus__kdf_release(nodus__crypto_job_t* job) { nodus__kdf_free((nodus__kdf_t*)job); }

/* ---- PBKDF2 over the SHA block functions ---- */

typedef union {
  SHA_CTX s1;
  SHA256_CTX s256;
  SHA512_CTX s512;
} nodus__sha_ctx;

typedef struct {
  int nid;
  size_t block, size;
  void (*init)(nodus__sha_ctx* c);
  void (*update)(nodus__sha_ctx* c, const void* d, size_t n);
  void (*final)(nodus__sha_ctx* c, uint8_t* out);
} nodus__sha_ops;

#define NODUS__SHA_OPS(name, field, INIT, UPDATE, FINAL)                                \
  static void nodus__##name##_init(nodus__sha_ctx* c) { INIT(&c->field); }             \
  static void nodus__##name##_update(nodus__sha_ctx* c, const void* d, size_t n) {     \
    UPDATE(&c->field, d, n);                                                           \
  }                                                                                    \
  static void nodus__##name##_final(nodus__sha_ctx* c, uint8_t* out) { FINAL(out, &c->field); }
NODUS__SHA_OPS(sha1, s1, SHA1_Init, SHA1_Update, SHA1_Final)
NODUS__SHA_OPS(sha224, s256, SHA224_Init, SHA224_Update, SHA224_Final)
NODUS__SHA_OPS(sha256, s256, SHA256_Init, SHA256_Update, SHA256_Final)
NODUS__SHA_OPS(sha384, s512, SHA384_Init, SHA384_Update, SHA384_Final)
NODUS__SHA_OPS(sha512, s512, SHA512_Init, SHA512_Update, SHA512_Final)

static const nodus__sha_ops nodus__sha_table[] = {
    {NID_sha1, 64, 20, nodus__sha1_init, nodus__sha1_update, nodus__sha1_final},
    {NID_sha224, 64, 28, nodus__sha224_init, nodus__sha224_update, nodus__sha224_final},
    {NID_sha256, 64, 32, nodus__sha256_init, nodus__sha256_update, nodus__sha256_final},
    {NID_sha384, 128, 48, nodus__sha384_init, nodus__sha384_update, nodus__sha384_final},
    {NID_sha512, 128, 64, nodus__sha512_init, nodus__sha512_update, nodus__sha512_final},
};

/* RFC 8018 5.2 with HMAC's inner and outer states computed once. Returns 0 when the
 * digest is not one of the table's (the caller then uses OpenSSL's PBKDF2). */
static int nodus__pbkdf2_sha(const EVP_MD* md, const uint8_t* pass, size_t plen,
                             const uint8_t* salt, size_t slen, uint64_t iter, uint8_t* out,
                             size_t outlen) {
  const nodus__sha_ops* ops = NULL;
  for (size_t i = 0; i < sizeof(nodus__sha_table) / sizeof(nodus__sha_table[0]); i++)
    if (nodus__sha_table[i].nid == EVP_MD_get_type(md)) ops = &nodus__sha_table[i];
  if (ops == NULL) return 0;
  uint8_t key[128] = {0}, pad[128], u[64], t[64], tmp[64];
  nodus__sha_ctx ictx, octx, c;
  if (plen > ops->block) {
    ops->init(&c);
    ops->update(&c, pass, plen);
    ops->final(&c, key);
  } else if (plen > 0) {
    memcpy(key, pass, plen);
  }
  for (size_t i = 0; i < ops->block; i++) pad[i] = key[i] ^ 0x36;
  ops->init(&ictx);
  ops->update(&ictx, pad, ops->block);
  for (size_t i = 0; i < ops->block; i++) pad[i] = key[i] ^ 0x5c;
  ops->init(&octx);
  ops->update(&octx, pad, ops->block);
  for (uint32_t blk = 1; outlen > 0; blk++) {
    uint8_t be[4] = {(uint8_t)(blk >> 24), (uint8_t)(blk >> 16), (uint8_t)(blk >> 8),
                     (uint8_t)blk};
    c = ictx;
    ops->update(&c, salt, slen);
    ops->update(&c, be, 4);
    ops->final(&c, tmp);
    c = octx;
    ops->update(&c, tmp, ops->size);
    ops->final(&c, u);
    memcpy(t, u, ops->size);
    for (uint64_t j = 1; j < iter; j++) {
      c = ictx;
      ops->update(&c, u, ops->size);
      ops->final(&c, tmp);
      c = octx;
      ops->update(&c, tmp, ops->size);
      ops->final(&c, u);
      for (size_t k = 0; k < ops->size; k++) t[k] ^= u[k];
    }
    size_t n = outlen < ops->size ? outlen : ops->size;
    memcpy(out, t, n);
    out += n;
    outlen -= n;
  }
  OPENSSL_cleanse(key, sizeof(key));
  OPENSSL_cleanse(pad, sizeof(pad));
  OPENSSL_cleanse(&ictx, sizeof(ictx));
  OPENSSL_cleanse(&octx, sizeof(octx));
  OPENSSL_cleanse(&c, sizeof(c));
  return 1;
}

/* The derivation itself: thread-safe, no Node-API. Returns 1 on success. */
static int nodus__kdf_derive(nodus__kdf_t* k) {
  static const uint8_t empty = 0;
  const uint8_t* pass = k->pass ? k->pass : &empty;
  const uint8_t* salt = k->salt ? k->salt : &empty;
  if (k->out_len == 0) return 1;
  switch (k->kind) {
    case NODUS__PBKDF2:
      if (nodus__pbkdf2_sha(k->md, pass, k->pass_len, salt, k->salt_len, k->iter_or_n, k->out,
                            k->out_len))
        return 1;
      return PKCS5_PBKDF2_HMAC((const char*)pass, (int)k->pass_len, salt, (int)k->salt_len,
                               (int)k->iter_or_n, k->md, (int)k->out_len, k->out) == 1;
    case NODUS__SCRYPT:
      return EVP_PBE_scrypt((const char*)pass, k->pass_len, salt, k->salt_len, k->iter_or_n,
                            k->r, k->p, k->maxmem, k->out, k->out_len) == 1;
    case NODUS__HKDF: {
      EVP_KDF* kdf = EVP_KDF_fetch(NULL, "HKDF", NULL);
      EVP_KDF_CTX* ctx = kdf ? EVP_KDF_CTX_new(kdf) : NULL;
      EVP_KDF_free(kdf);
      if (ctx == NULL) return 0;
      OSSL_PARAM params[5], *q = params;
      *q++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST,
                                              (char*)EVP_MD_get0_name(k->md), 0);
      *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, (void*)pass, k->pass_len);
      /* An empty salt means HashLen zeros (RFC 5869 2.2); OpenSSL wants it spelt out. */
      uint8_t zeros[EVP_MAX_MD_SIZE] = {0};
      if (k->salt_len > 0)
        *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, (void*)salt, k->salt_len);
      else
        *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, zeros,
                                                 (size_t)EVP_MD_get_size(k->md));
      if (k->info_len > 0)
        *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, k->info, k->info_len);
      *q = OSSL_PARAM_construct_end();
      int ok = EVP_KDF_derive(ctx, k->out, k->out_len, params) == 1;
      EVP_KDF_CTX_free(ctx);
      return ok;
    }
    default:
      return 0;
  }
}

static void nodus__kdf_run(nodus__crypto_job_t* job) {
  nodus__kdf_t* k = (nodus__kdf_t*)job;
  if (!nodus__kdf_derive(k)) {
    job->failed = 1;
    job->nerrs = nodus__crypto_take_errors(job->errs, 8);
  }
}

static napi_value nodus__kdf_result(napi_env env, nodus__kdf_t* k) {
  napi_value r;
  void* dst;
  if (k->as_arraybuffer) {
    CR_CHECK(napi_create_arraybuffer(env, k->out_len, &dst, &r));
    if (k->out_len) memcpy(dst, k->out, k->out_len);
    return r;
  }
  return nodus__crypto_buffer(env, k->out, k->out_len);
}

static napi_value nodus__kdf_done(napi_env env, nodus__crypto_job_t* job) {
  return nodus__kdf_result(env, (nodus__kdf_t*)job);
}

static int nodus__copy_arg(napi_env env, napi_value v, const char* name, uint8_t** out,
                           size_t* len) {
  uint8_t* data;
  if (!nodus__crypto_view_arg(env, v, name, &data, len)) return 0;
  *out = NULL;
  if (*len == 0) return 1;
  *out = malloc(*len);
  if (*out == NULL) {
    nodus__crypto_throw(env, 'E', NULL, "Out of memory");
    return 0;
  }
  memcpy(*out, data, *len);
  return 1;
}

/* Runs k now (callback undefined → returns the key) or queues it. Owns k. */
static napi_value nodus__kdf_start(napi_env env, nodus__kdf_t* k, napi_value callback,
                                   const char* fallback) {
  k->out = k->out_len ? malloc(k->out_len) : NULL;
  if (k->out_len && k->out == NULL) {
    nodus__kdf_free(k);
    return nodus__crypto_throw(env, 'E', NULL, "Out of memory");
  }
  k->job.fallback = fallback;
  if (nodus__crypto_is_nullish(env, callback)) {
    napi_value r;
    if (!nodus__kdf_derive(k))
      r = nodus__crypto_throw_openssl(env, fallback);
    else
      r = nodus__kdf_result(env, k);
    nodus__kdf_free(k);
    return r;
  }
  k->job.run = nodus__kdf_run;
  k->job.done = nodus__kdf_done;
  k->job.release = nodus__kdf_release;
  nodus__crypto_job_queue(env, &k->job, callback, NULL);
  return NULL;
}

static const EVP_MD* nodus__digest_arg(napi_env env, napi_value v) {
  char* name = nodus__crypto_cstring(env, v);
  const EVP_MD* md = nodus__crypto_md(name);
  if (md == NULL) {
    char msg[300];
    snprintf(msg, sizeof(msg), "Invalid digest: %s", name ? name : "");
    nodus__crypto_throw(env, 'T', "ERR_CRYPTO_INVALID_DIGEST", msg);
  }
  free(name);
  return md;
}

/* pbkdf2(password, salt, iterations, keylen, digest[, callback]) → Buffer | undefined */
static napi_value nodus__pbkdf2(napi_env env, napi_callback_info info) {
  CR_ARGS(6);
  const EVP_MD* md = nodus__digest_arg(env, argv[4]);
  if (md == NULL) return NULL;
  nodus__kdf_t* k = calloc(1, sizeof(*k));
  if (k == NULL) return nodus__crypto_throw(env, 'E', NULL, "Out of memory");
  k->kind = NODUS__PBKDF2;
  k->md = md;
  int64_t iter = 1, keylen = 0;
  napi_get_value_int64(env, argv[2], &iter);
  napi_get_value_int64(env, argv[3], &keylen);
  k->iter_or_n = (uint64_t)iter;
  k->out_len = (size_t)keylen;
  if (!nodus__copy_arg(env, argv[0], "password", &k->pass, &k->pass_len) ||
      !nodus__copy_arg(env, argv[1], "salt", &k->salt, &k->salt_len)) {
    nodus__kdf_free(k);
    return NULL;
  }
  return nodus__kdf_start(env, k, argv[5], "Deriving bits failed");
}

/* scryptCheck(N, r, p, maxmem) → undefined, or an error message suffix ("" or
 * ": error:…") when OpenSSL refuses the parameters. */
static napi_value nodus__scrypt_check(napi_env env, napi_callback_info info) {
  CR_ARGS(4);
  double n = 0, r = 0, p = 0, maxmem = 0;
  napi_get_value_double(env, argv[0], &n);
  napi_get_value_double(env, argv[1], &r);
  napi_get_value_double(env, argv[2], &p);
  napi_get_value_double(env, argv[3], &maxmem);
  ERR_clear_error();
  if (EVP_PBE_scrypt(NULL, 0, NULL, 0, (uint64_t)n, (uint64_t)r, (uint64_t)p,
                     (uint64_t)maxmem, NULL, 0) == 1)
    return NULL;
  unsigned long e = ERR_peek_error();
  char buf[300] = "";
  if (e != 0) {
    buf[0] = ':';
    buf[1] = ' ';
    ERR_error_string_n(e, buf + 2, sizeof(buf) - 2);
  }
  ERR_clear_error();
  return nodus__crypto_str(env, buf);
}

/* scrypt(password, salt, keylen, N, r, p, maxmem[, callback]) → Buffer | undefined */
static napi_value nodus__scrypt(napi_env env, napi_callback_info info) {
  CR_ARGS(8);
  nodus__kdf_t* k = calloc(1, sizeof(*k));
  if (k == NULL) return nodus__crypto_throw(env, 'E', NULL, "Out of memory");
  k->kind = NODUS__SCRYPT;
  double keylen = 0, n = 0, r = 0, p = 0, maxmem = 0;
  napi_get_value_double(env, argv[2], &keylen);
  napi_get_value_double(env, argv[3], &n);
  napi_get_value_double(env, argv[4], &r);
  napi_get_value_double(env, argv[5], &p);
  napi_get_value_double(env, argv[6], &maxmem);
  k->out_len = (size_t)keylen;
  k->iter_or_n = (uint64_t)n;
  k->r = (uint64_t)r;
  k->p = (uint64_t)p;
  k->maxmem = (uint64_t)maxmem;
  if (!nodus__copy_arg(env, argv[0], "password", &k->pass, &k->pass_len) ||
      !nodus__copy_arg(env, argv[1], "salt", &k->salt, &k->salt_len)) {
    nodus__kdf_free(k);
    return NULL;
  }
  return nodus__kdf_start(env, k, argv[7], "Deriving bits failed");
}

/* hkdf(digest, ikm, salt, info, keylen[, callback]) → ArrayBuffer | undefined. Key
 * lengths beyond 255 hash blocks are node's ERR_CRYPTO_INVALID_KEYLEN. */
static napi_value nodus__hkdf(napi_env env, napi_callback_info info) {
  CR_ARGS(6);
  const EVP_MD* md = nodus__digest_arg(env, argv[0]);
  if (md == NULL) return NULL;
  int64_t keylen = 0;
  napi_get_value_int64(env, argv[4], &keylen);
  if (keylen < 0 || keylen > 255LL * EVP_MD_get_size(md))
    return nodus__crypto_throw(env, 'R', "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length");
  nodus__kdf_t* k = calloc(1, sizeof(*k));
  if (k == NULL) return nodus__crypto_throw(env, 'E', NULL, "Out of memory");
  k->kind = NODUS__HKDF;
  k->md = md;
  k->as_arraybuffer = 1;
  k->out_len = (size_t)keylen;
  if (!nodus__copy_arg(env, argv[1], "ikm", &k->pass, &k->pass_len) ||
      !nodus__copy_arg(env, argv[2], "salt", &k->salt, &k->salt_len) ||
      !nodus__copy_arg(env, argv[3], "info", &k->info, &k->info_len)) {
    nodus__kdf_free(k);
    return NULL;
  }
  return nodus__kdf_start(env, k, argv[5], "Deriving bits failed");
}

napi_status nodus__crypto_kdf_init(napi_env env, napi_value binding) {
  const napi_property_descriptor props[] = {
      CR_METHOD("pbkdf2", nodus__pbkdf2),
      CR_METHOD("scrypt", nodus__scrypt),
      CR_METHOD("scryptCheck", nodus__scrypt_check),
      CR_METHOD("hkdf", nodus__hkdf),
  };
  return nodus__crypto_define(env, binding, props, sizeof(props) / sizeof(props[0]));
}
