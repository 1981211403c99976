/* HMAC (createHmac). OpenSSL 3 still offers HMAC_CTX, which re-keys without a provider
 * parameter lookup per message; EVP_MAC would fetch the digest by name on every init. */
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include "crypto_internal.h"

#include <stdio.h>
#include <stdlib.h>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

typedef struct {
  nodus__crypto_handle_t base;
  HMAC_CTX* ctx; /* NULL once finalized */
} nodus__hmac_t;

static void nodus__hmac_destroy(void* self) {
  nodus__hmac_t* h = self;
  HMAC_CTX_free(h->ctx);
  free(h);
}

static nodus__hmac_t* nodus__hmac_unwrap(napi_env env, napi_value v) {
  return nodus__crypto_handle_get(env, v, NODUS__KIND_HMAC);
}

/* hmacNew(digest, key: ArrayBufferView[, reuse]) → handle. Unknown digests are node's
 * ERR_CRYPTO_INVALID_DIGEST TypeError. `reuse` is a finalized handle recycled by JS (see
 * hashNew). */
static napi_value nodus__hmac_new(napi_env env, napi_callback_info info) {
  CR_ARGS(3);
  char* name = nodus__crypto_cstring(env, argv[0]);
  const EVP_MD* md = nodus__crypto_md(name);
  if (md == NULL) {
    char msg[300];
    snprintf(msg, sizeof(msg), "Invalid digest: %s", name ? name : "");
    free(name);
    return nodus__crypto_throw(env, 'T', "ERR_CRYPTO_INVALID_DIGEST", msg);
  }
  free(name);
  uint8_t* key;
  size_t key_len;
  if (!nodus__crypto_view_arg(env, argv[1], "key", &key, &key_len)) return NULL;
  /* A zero-length key is legal; HMAC_Init_ex wants a non-NULL pointer for it. */
  static const uint8_t empty = 0;
  if (argc > 2 && !nodus__crypto_is_nullish(env, argv[2])) {
    nodus__hmac_t* old = nodus__hmac_unwrap(env, argv[2]);
    if (old == NULL) return NULL;
    if (old->ctx == NULL) {
      old->ctx = HMAC_CTX_new();
      if (old->ctx == NULL ||
          HMAC_Init_ex(old->ctx, key_len ? key : &empty, (int)key_len, md, NULL) != 1) {
        HMAC_CTX_free(old->ctx);
        old->ctx = NULL;
        return nodus__crypto_throw_openssl(env, "Invalid digest");
      }
      return argv[2];
    }
  }
  nodus__hmac_t* h = malloc(sizeof(*h));
  if (h == NULL) return nodus__crypto_throw(env, 'E', NULL, "Out of memory");
  h->base.kind = NODUS__KIND_HMAC;
  h->base.destroy = nodus__hmac_destroy;
  h->ctx = HMAC_CTX_new();
  if (h->ctx == NULL ||
      HMAC_Init_ex(h->ctx, key_len ? key : &empty, (int)key_len, md, NULL) != 1) {
    nodus__hmac_destroy(h);
    return nodus__crypto_throw_openssl(env, "Invalid digest");
  }
  return nodus__crypto_handle_new(env, &h->base);
}

static int nodus__hmac_feed(void* ctx, const void* d, size_t n) {
  return HMAC_Update(ctx, d, n);
}

/* hmacUpdate(handle, data) → true, or false once finalized. */
static napi_value nodus__hmac_update(napi_env env, napi_callback_info info) {
  CR_ARGS(2);
  nodus__hmac_t* h = nodus__hmac_unwrap(env, argv[0]);
  if (h == NULL) return NULL;
  napi_value r;
  if (h->ctx == NULL) {
    CR_CHECK(napi_get_boolean(env, false, &r));
    return r;
  }
  if (nodus__crypto_update_data(env, argv[1], nodus__hmac_feed, h->ctx) != 1)
    return nodus__crypto_throw_openssl(env, "Hmac update failed");
  CR_CHECK(napi_get_boolean(env, true, &r));
  return r;
}

/* hmacDigest(handle, hex) → Buffer | hex string; an empty one once finalized (node's
 * Hmac, unlike Hash, answers a second digest() with nothing rather than throwing). */
static napi_value nodus__hmac_digest(napi_env env, napi_callback_info info) {
  CR_ARGS(2);
  nodus__hmac_t* h = nodus__hmac_unwrap(env, argv[0]);
  if (h == NULL) return NULL;
  bool hex = false;
  napi_get_value_bool(env, argv[1], &hex);
  uint8_t out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (h->ctx != NULL) {
    int ok = HMAC_Final(h->ctx, out, &len);
    HMAC_CTX_free(h->ctx);
    h->ctx = NULL;
    if (ok != 1) return nodus__crypto_throw_openssl(env, "Hmac digest failed");
  }
  return nodus__crypto_digest_value(env, out, len, hex);
}

napi_status nodus__crypto_hmac_init(napi_env env, napi_value binding) {
  const napi_property_descriptor props[] = {
      CR_METHOD("hmacNew", nodus__hmac_new),
      CR_METHOD("hmacUpdate", nodus__hmac_update),
      CR_METHOD("hmacDigest", nodus__hmac_digest),
  };
  return nodus__crypto_define(env, binding, props, sizeof(props) / sizeof(props[0]));
}
