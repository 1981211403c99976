/* RSA encryption with a key pair: publicEncrypt / privateDecrypt (OAEP by default) and
 * privateEncrypt / publicDecrypt (PKCS#1 v1.5 signature-style, "raw" sign and recover). */
#include "pkey.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/rsa.h>

enum { NODUS_PUBLIC_ENCRYPT, NODUS_PRIVATE_DECRYPT, NODUS_PRIVATE_ENCRYPT, NODUS_PUBLIC_DECRYPT };

/* pkeyCrypt(op, handle, data, padding, oaepHash|null, oaepLabel|null) → Buffer */
static napi_value nodus__pkey_crypt(napi_env env, napi_callback_info info) {
  PK_ARGS(6);
  int op = nodus__pkey_int(env, argv[0], 0);
  EVP_PKEY* pkey = nodus__pkey_unwrap(env, argv[1]);
  if (pkey == NULL) return NULL;
  const uint8_t *data, *label = NULL;
  size_t len, label_len = 0;
  uint8_t *owned = NULL, *label_owned = NULL;
  EVP_MD* md = NULL;
  napi_value result = NULL;
  unsigned char* out = NULL;
  EVP_PKEY_CTX* ctx = NULL;
  if (!nodus__pkey_bytes(env, argv[2], "buffer", &data, &len, &owned)) return NULL;
  int padding = nodus__pkey_int(env, argv[3], RSA_PKCS1_OAEP_PADDING);
  if (!nodus__pkey_is_nullish(env, argv[4])) {
    char* name = nodus__pkey_string(env, argv[4]);
    if (name == NULL) goto done;
    md = nodus__pkey_md(name);
    free(name);
    if (md == NULL) {
      nodus__pkey_throw(env, 'E', "ERR_OSSL_EVP_INVALID_DIGEST", "Invalid digest used");
      goto done;
    }
  }
  if (!nodus__pkey_is_nullish(env, argv[5]) &&
      !nodus__pkey_bytes(env, argv[5], "oaepLabel", &label, &label_len, &label_owned))
    goto done;

  ERR_clear_error();
  ctx = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
  if (ctx == NULL) goto fail;
  int r;
  switch (op) {
    case NODUS_PUBLIC_ENCRYPT: r = EVP_PKEY_encrypt_init(ctx); break;
    case NODUS_PRIVATE_DECRYPT: r = EVP_PKEY_decrypt_init(ctx); break;
    case NODUS_PRIVATE_ENCRYPT: r = EVP_PKEY_sign_init(ctx); break;
    default: r = EVP_PKEY_verify_recover_init(ctx); break;
  }
  if (r != 1 || EVP_PKEY_CTX_set_rsa_padding(ctx, padding) != 1) goto fail;
  if (padding == RSA_PKCS1_OAEP_PADDING) {
    if (md && EVP_PKEY_CTX_set_rsa_oaep_md(ctx, md) != 1) goto fail;
    if (label_len > 0) {
      /* set0 takes ownership of the label. */
      unsigned char* copy = OPENSSL_memdup(label, label_len);
      if (copy == NULL || EVP_PKEY_CTX_set0_rsa_oaep_label(ctx, copy, (int)label_len) != 1) {
        OPENSSL_free(copy);
        goto fail;
      }
    }
  }
  size_t out_len = 0;
  switch (op) {
    case NODUS_PUBLIC_ENCRYPT: r = EVP_PKEY_encrypt(ctx, NULL, &out_len, data, len); break;
    case NODUS_PRIVATE_DECRYPT: r = EVP_PKEY_decrypt(ctx, NULL, &out_len, data, len); break;
    case NODUS_PRIVATE_ENCRYPT: r = EVP_PKEY_sign(ctx, NULL, &out_len, data, len); break;
    default: r = EVP_PKEY_verify_recover(ctx, NULL, &out_len, data, len); break;
  }
  if (r != 1 || (out = malloc(out_len ? out_len : 1)) == NULL) goto fail;
  switch (op) {
    case NODUS_PUBLIC_ENCRYPT: r = EVP_PKEY_encrypt(ctx, out, &out_len, data, len); break;
    case NODUS_PRIVATE_DECRYPT: r = EVP_PKEY_decrypt(ctx, out, &out_len, data, len); break;
    case NODUS_PRIVATE_ENCRYPT: r = EVP_PKEY_sign(ctx, out, &out_len, data, len); break;
    default: r = EVP_PKEY_verify_recover(ctx, out, &out_len, data, len); break;
  }
  if (r != 1) goto fail;
  result = nodus__pkey_buffer(env, out, out_len);
  goto done;
fail:
  nodus__pkey_throw_openssl(env, "RSA operation failed");
done:
  EVP_PKEY_CTX_free(ctx);
  EVP_MD_free(md);
  free(out), free(owned), free(label_owned);
  return result;
}

napi_status nodus__crypto_cipher_pkey_init(napi_env env, napi_value binding) {
  napi_property_descriptor props[] = {
      {"pkeyCrypt", NULL, nodus__pkey_crypt, NULL, NULL, NULL, napi_default, NULL},
  };
  return napi_define_properties(env, binding, 1, props);
}
