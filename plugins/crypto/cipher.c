/* Symmetric ciphers (createCipheriv / createDecipheriv) and the cipher lists. A handle
 * owns one EVP_CIPHER_CTX until final(). The AEAD modes (GCM, CCM, OCB,
 * chacha20-poly1305) follow node's rules: tag lengths checked up front, CCM's one-shot
 * update with its length announced first, the decipher's tag handed to OpenSSL at
 * final() (at once for CCM, whose update verifies it). */
#include "crypto_internal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>

#define NODUS__NO_TAG (-1)

typedef struct {
  nodus__crypto_handle_t base;
  EVP_CIPHER_CTX* ctx; /* NULL once final() ran */
  int encrypt;
  int mode;
  int aead;
  int chacha;
  int tag_len;         /* NODUS__NO_TAG until known */
  int tag_state;       /* decipher: 0 none, 1 set by setAuthTag, 2 passed to OpenSSL */
  int have_tag;        /* cipher: tag read after final */
  int ccm_len_set;     /* CCM: message length announced */
  int pending_auth_failed;
  uint64_t max_message; /* CCM: longest message the IV length allows */
  uint8_t tag[16];
} nodus__cipher_t;

static void nodus__cipher_destroy(void* self) {
  nodus__cipher_t* c = self;
  EVP_CIPHER_CTX_free(c->ctx);
  free(c);
}

static nodus__cipher_t* nodus__cipher_unwrap(napi_env env, napi_value v) {
  return nodus__crypto_handle_get(env, v, NODUS__KIND_CIPHER);
}

/* node's names resolve through OpenSSL's object table first ("aes128", "AES-128-CBC"). */
static EVP_CIPHER* nodus__cipher_fetch(const char* name) {
  if (name == NULL) return NULL;
  ERR_set_mark();
  EVP_CIPHER* c = NULL;
  const EVP_CIPHER* legacy = EVP_get_cipherbyname(name);
  if (legacy) c = EVP_CIPHER_fetch(NULL, EVP_CIPHER_get0_name(legacy), NULL);
  if (c == NULL) c = EVP_CIPHER_fetch(NULL, name, NULL);
  ERR_pop_to_mark();
  return c;
}

static int nodus__is_chacha_poly(const EVP_CIPHER* c) {
  return EVP_CIPHER_get_nid(c) == NID_chacha20_poly1305;
}

static int nodus__is_aead(const EVP_CIPHER* c) {
  int mode = EVP_CIPHER_get_mode(c);
  return mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_CCM_MODE ||
         mode == EVP_CIPH_OCB_MODE || nodus__is_chacha_poly(c);
}

static int nodus__valid_gcm_tag(int n) {
  return n == 4 || n == 8 || (n >= 12 && n <= 16);
}

static napi_value nodus__invalid_tag(napi_env env, int64_t n) {
  char msg[80];
  snprintf(msg, sizeof(msg), "Invalid authentication tag length: %lld", (long long)n);
  return nodus__crypto_throw(env, 'T', "ERR_CRYPTO_INVALID_AUTH_TAG", msg);
}

static napi_value nodus__invalid_iv(napi_env env) {
  return nodus__crypto_throw(env, 'T', "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector");
}

/* cipherNew(name, key, iv|null, encrypt, authTagLength|-1) → handle */
static napi_value nodus__cipher_new(napi_env env, napi_callback_info info) {
  CR_ARGS(5);
  char* name = nodus__crypto_cstring(env, argv[0]);
  EVP_CIPHER* cipher = nodus__cipher_fetch(name);
  free(name);
  if (cipher == NULL)
    return nodus__crypto_throw(env, 'E', "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");

  uint8_t *key = NULL, *iv = NULL;
  size_t key_len = 0, iv_len = 0;
  bool encrypt = true;
  int64_t tag_len = NODUS__NO_TAG;
  napi_value result = NULL;
  nodus__cipher_t* c = NULL;
  if (!nodus__crypto_view_arg(env, argv[1], "key", &key, &key_len)) goto done;
  if (!nodus__crypto_is_nullish(env, argv[2]) &&
      !nodus__crypto_view_arg(env, argv[2], "iv", &iv, &iv_len))
    goto done;
  napi_get_value_bool(env, argv[3], &encrypt);
  napi_get_value_int64(env, argv[4], &tag_len);

  int expected_iv = EVP_CIPHER_get_iv_length(cipher);
  int aead = nodus__is_aead(cipher);
  int mode = EVP_CIPHER_get_mode(cipher);
  int chacha = nodus__is_chacha_poly(cipher);
  if (iv_len == 0 && expected_iv != 0) {
    nodus__invalid_iv(env);
    goto done;
  }
  if (!aead && iv_len != 0 && (int)iv_len != expected_iv) {
    nodus__invalid_iv(env);
    goto done;
  }
  if (chacha && iv_len > 12) {
    nodus__invalid_iv(env);
    goto done;
  }

  c = calloc(1, sizeof(*c));
  if (c == NULL || (c->ctx = EVP_CIPHER_CTX_new()) == NULL) {
    nodus__crypto_throw(env, 'E', NULL, "Out of memory");
    goto done;
  }
  c->base.kind = NODUS__KIND_CIPHER;
  c->base.destroy = nodus__cipher_destroy;
  c->encrypt = encrypt;
  c->mode = mode;
  c->aead = aead;
  c->chacha = chacha;
  c->tag_len = NODUS__NO_TAG;
  ERR_clear_error();
  if (EVP_CipherInit_ex2(c->ctx, cipher, NULL, NULL, encrypt, NULL) != 1) {
    nodus__crypto_throw_openssl(env, "Failed to initialize cipher");
    goto done;
  }
  if (aead) {
    if (EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_SET_IVLEN, (int)iv_len, NULL) != 1) {
      ERR_clear_error();
      nodus__invalid_iv(env);
      goto done;
    }
    if (mode == EVP_CIPH_GCM_MODE) {
      if (tag_len != NODUS__NO_TAG) {
        if (!nodus__valid_gcm_tag((int)tag_len)) {
          nodus__invalid_tag(env, tag_len);
          goto done;
        }
        c->tag_len = (int)tag_len;
      }
    } else {
      if (tag_len == NODUS__NO_TAG) {
        if (chacha) {
          tag_len = 16;
        } else {
          char msg[120];
          int k = snprintf(msg, sizeof(msg), "authTagLength required for ");
          snprintf(msg + k, sizeof(msg) - (size_t)k, "%s", EVP_CIPHER_get0_name(cipher));
          for (char* p = msg + k; *p; p++) *p = (char)tolower((unsigned char)*p);
          nodus__crypto_throw(env, 'T', "ERR_CRYPTO_INVALID_AUTH_TAG", msg);
          goto done;
        }
      }
      if (tag_len < 1 || tag_len > 16 ||
          (mode == EVP_CIPH_CCM_MODE && (tag_len < 4 || (tag_len & 1))) ||
          EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_SET_TAG, (int)tag_len, NULL) != 1) {
        ERR_clear_error();
        nodus__invalid_tag(env, tag_len);
        goto done;
      }
      c->tag_len = (int)tag_len;
      if (mode == EVP_CIPH_CCM_MODE) {
        /* The length field takes the 15 - ivlen bytes the nonce leaves. */
        int l = 15 - (int)iv_len;
        c->max_message = l >= 8 ? UINT64_MAX : ((uint64_t)1 << (8 * l)) - 1;
      }
    }
  }
  if (EVP_CIPHER_CTX_set_key_length(c->ctx, (int)key_len) != 1) {
    ERR_clear_error();
    nodus__crypto_throw(env, 'R', "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length");
    goto done;
  }
  if (EVP_CipherInit_ex2(c->ctx, NULL, key, iv, encrypt, NULL) != 1) {
    nodus__crypto_throw_openssl(env, "Failed to initialize cipher");
    goto done;
  }
  result = nodus__crypto_handle_new(env, &c->base);
  c = NULL; /* owned by the external now */
done:
  if (c != NULL) {
    EVP_CIPHER_CTX_free(c->ctx);
    free(c);
  }
  EVP_CIPHER_free(cipher);
  return result;
}

/* The decipher's tag goes to OpenSSL once, right before it is needed. */
static int nodus__pass_tag(nodus__cipher_t* c) {
  if (c->encrypt || !c->aead || c->tag_state != 1) return 1;
  c->tag_state = 2;
  return EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_SET_TAG, c->tag_len, c->tag) == 1;
}

static napi_value nodus__unsupported_state(napi_env env) {
  return nodus__crypto_throw(env, 'E', NULL, "Trying to add data in unsupported state");
}

/* cipherUpdate(handle, data) → Buffer */
static napi_value nodus__cipher_update(napi_env env, napi_callback_info info) {
  CR_ARGS(2);
  nodus__cipher_t* c = nodus__cipher_unwrap(env, argv[0]);
  if (c == NULL) return NULL;
  uint8_t* in;
  size_t in_len;
  if (!nodus__crypto_view_arg(env, argv[1], "data", &in, &in_len)) return NULL;
  /* OpenSSL counts in int: input plus a block of output slack must fit. */
  if (c->ctx == NULL ||
      in_len + (size_t)EVP_CIPHER_CTX_get_block_size(c->ctx) > INT32_MAX)
    return nodus__unsupported_state(env);
  int outl = 0;
  if (c->mode == EVP_CIPH_CCM_MODE) {
    if (in_len > c->max_message)
      return nodus__crypto_throw(env, 'R', "ERR_CRYPTO_INVALID_MESSAGELEN",
                                 "Invalid message length");
    if (!c->encrypt && !nodus__pass_tag(c)) return nodus__unsupported_state(env);
    if (!c->ccm_len_set) {
      if (EVP_CipherUpdate(c->ctx, NULL, &outl, NULL, (int)in_len) != 1) {
        ERR_clear_error();
        return nodus__unsupported_state(env);
      }
      c->ccm_len_set = 1;
    }
  }
  /* Stream-like modes (GCM, CTR, chacha20) give exactly what they take; block modes hold
   * back up to a block, so their output is copied to its final size. */
  int block = EVP_CIPHER_CTX_get_block_size(c->ctx);
  size_t cap = in_len + (block > 1 ? (size_t)block : 0);
  napi_value buf;
  void* out;
  CR_CHECK(napi_create_buffer(env, cap, &out, &buf));
  /* A zero-length buffer may have no memory; OpenSSL takes a NULL output as AAD, and
   * CCM must see this (empty) data step to produce its tag. */
  uint8_t spare;
  int ok = EVP_CipherUpdate(c->ctx, out != NULL ? out : &spare, &outl,
                            in_len ? in : (const uint8_t*)"", (int)in_len);
  if (ok != 1) {
    ERR_clear_error();
    if (c->mode == EVP_CIPH_CCM_MODE && !c->encrypt) {
      /* CCM verifies the tag inside update; node reports it at final(). */
      c->pending_auth_failed = 1;
      outl = 0;
    } else {
      return nodus__unsupported_state(env);
    }
  }
  if ((size_t)outl == cap) return buf;
  return nodus__crypto_buffer(env, out, (size_t)outl);
}

/* cipherFinal(handle) → Buffer; frees the context. */
static napi_value nodus__cipher_final(napi_env env, napi_callback_info info) {
  CR_ARGS(1);
  nodus__cipher_t* c = nodus__cipher_unwrap(env, argv[0]);
  if (c == NULL) return NULL;
  if (c->ctx == NULL)
    return nodus__crypto_throw(env, 'E', "ERR_CRYPTO_INVALID_STATE", "Invalid state");
  uint8_t out[64];
  int outl = 0;
  int ok;
  ERR_clear_error();
  if (c->mode == EVP_CIPH_CCM_MODE && !c->encrypt) {
    ok = !c->pending_auth_failed;
  } else if (!c->encrypt && c->aead) {
    /* Without a tag there is nothing to authenticate against. */
    ok = c->tag_state != 0 && nodus__pass_tag(c) &&
         EVP_CipherFinal_ex(c->ctx, out, &outl) == 1;
  } else {
    ok = EVP_CipherFinal_ex(c->ctx, out, &outl) == 1;
    if (ok && c->encrypt && c->aead) {
      if (c->tag_len == NODUS__NO_TAG) c->tag_len = 16;
      ok = EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_GET_TAG, c->tag_len, c->tag) == 1;
      c->have_tag = ok;
    }
  }
  EVP_CIPHER_CTX_free(c->ctx);
  c->ctx = NULL;
  if (!ok) {
    if (!c->encrypt && c->aead) {
      ERR_clear_error();
      return nodus__crypto_throw(env, 'E', NULL,
                                 "Unsupported state or unable to authenticate data");
    }
    return nodus__crypto_throw_openssl(env, "Unsupported state");
  }
  return nodus__crypto_buffer(env, out, (size_t)outl);
}

/* cipherSetAutoPadding(handle, on) → bool */
static napi_value nodus__cipher_set_auto_padding(napi_env env, napi_callback_info info) {
  CR_ARGS(2);
  nodus__cipher_t* c = nodus__cipher_unwrap(env, argv[0]);
  if (c == NULL) return NULL;
  bool on = true;
  napi_get_value_bool(env, argv[1], &on);
  napi_value r;
  CR_CHECK(napi_get_boolean(env, c->ctx != NULL && EVP_CIPHER_CTX_set_padding(c->ctx, on) == 1,
                            &r));
  return r;
}

/* cipherSetAAD(handle, aad, plaintextLength|-1) → bool (false: invalid state). CCM needs
 * the plaintext length before the AAD. */
static napi_value nodus__cipher_set_aad(napi_env env, napi_callback_info info) {
  CR_ARGS(3);
  nodus__cipher_t* c = nodus__cipher_unwrap(env, argv[0]);
  if (c == NULL) return NULL;
  uint8_t* aad;
  size_t aad_len;
  if (!nodus__crypto_view_arg(env, argv[1], "buffer", &aad, &aad_len)) return NULL;
  int64_t plen = -1;
  napi_get_value_int64(env, argv[2], &plen);
  napi_value r;
  int ok = c->ctx != NULL && c->aead && aad_len <= INT32_MAX;
  int outl = 0;
  if (ok && c->mode == EVP_CIPH_CCM_MODE) {
    if (plen < 0) {
      return nodus__crypto_throw(env, 'T', "ERR_MISSING_ARGS",
                                 "options.plaintextLength required for CCM mode with AAD");
    }
    if ((uint64_t)plen > c->max_message || plen > INT32_MAX)
      return nodus__crypto_throw(env, 'R', "ERR_CRYPTO_INVALID_MESSAGELEN",
                                 "Invalid message length");
    if (ok && !c->encrypt && !nodus__pass_tag(c)) ok = 0;
    if (ok && !c->ccm_len_set) {
      ok = EVP_CipherUpdate(c->ctx, NULL, &outl, NULL, (int)plen) == 1;
      c->ccm_len_set = ok;
    }
  }
  if (ok) ok = EVP_CipherUpdate(c->ctx, NULL, &outl, aad_len ? aad : (const uint8_t*)"",
                                (int)aad_len) == 1;
  ERR_clear_error();
  CR_CHECK(napi_get_boolean(env, ok, &r));
  return r;
}

/* cipherGetAuthTag(handle) → Buffer | undefined (invalid state) */
static napi_value nodus__cipher_get_auth_tag(napi_env env, napi_callback_info info) {
  CR_ARGS(1);
  nodus__cipher_t* c = nodus__cipher_unwrap(env, argv[0]);
  if (c == NULL) return NULL;
  if (!c->encrypt || !c->have_tag) return NULL;
  return nodus__crypto_buffer(env, c->tag, (size_t)c->tag_len);
}

/* cipherSetAuthTag(handle, tag) → true, false (invalid state); throws for a bad length. */
static napi_value nodus__cipher_set_auth_tag(napi_env env, napi_callback_info info) {
  CR_ARGS(2);
  nodus__cipher_t* c = nodus__cipher_unwrap(env, argv[0]);
  if (c == NULL) return NULL;
  uint8_t* tag;
  size_t len;
  if (!nodus__crypto_view_arg(env, argv[1], "buffer", &tag, &len)) return NULL;
  napi_value r;
  if (c->ctx == NULL || c->encrypt || !c->aead || c->tag_state != 0) {
    CR_CHECK(napi_get_boolean(env, false, &r));
    return r;
  }
  int valid;
  if (c->mode == EVP_CIPH_GCM_MODE)
    valid = c->tag_len == NODUS__NO_TAG ? nodus__valid_gcm_tag((int)len)
                                        : (size_t)c->tag_len == len;
  else
    valid = (size_t)c->tag_len == len;
  if (!valid || len > sizeof(c->tag)) return nodus__invalid_tag(env, (int64_t)len);
  memcpy(c->tag, tag, len);
  c->tag_len = (int)len;
  c->tag_state = 1;
  /* CCM checks the tag during update, so OpenSSL needs it now. */
  if (c->mode == EVP_CIPH_CCM_MODE && !nodus__pass_tag(c)) {
    ERR_clear_error();
    CR_CHECK(napi_get_boolean(env, false, &r));
    return r;
  }
  CR_CHECK(napi_get_boolean(env, true, &r));
  return r;
}

/* cipherBytesToKey(name, password) → [key, iv] by OpenSSL's EVP_BytesToKey with MD5 and
 * one round, no salt: the derivation of node's deprecated createCipher(). */
static napi_value nodus__cipher_bytes_to_key(napi_env env, napi_callback_info info) {
  CR_ARGS(2);
  char* name = nodus__crypto_cstring(env, argv[0]);
  EVP_CIPHER* cipher = nodus__cipher_fetch(name);
  free(name);
  if (cipher == NULL)
    return nodus__crypto_throw(env, 'E', "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
  uint8_t* pass;
  size_t pass_len;
  uint8_t key[EVP_MAX_KEY_LENGTH], iv[EVP_MAX_IV_LENGTH];
  napi_value r = NULL, k, v;
  if (!nodus__crypto_view_arg(env, argv[1], "password", &pass, &pass_len)) goto done;
  static const uint8_t empty = 0;
  int klen = EVP_BytesToKey(cipher, EVP_md5(), NULL, pass_len ? pass : &empty, (int)pass_len, 1,
                            key, iv);
  if (klen <= 0) {
    nodus__crypto_throw_openssl(env, "EVP_BytesToKey failed");
    goto done;
  }
  int ivlen = EVP_CIPHER_get_iv_length(cipher);
  if ((k = nodus__crypto_buffer(env, key, (size_t)klen)) == NULL) goto done;
  if (ivlen > 0) {
    if ((v = nodus__crypto_buffer(env, iv, (size_t)ivlen)) == NULL) goto done;
  } else if (napi_get_null(env, &v) != napi_ok) {
    goto done;
  }
  if (napi_create_array_with_length(env, 2, &r) != napi_ok ||
      napi_set_element(env, r, 0, k) != napi_ok || napi_set_element(env, r, 1, v) != napi_ok)
    r = NULL;
done:
  EVP_CIPHER_free(cipher);
  return r;
}

static napi_value nodus__get_ciphers(napi_env env, napi_callback_info info) {
  (void)info;
  return nodus__crypto_name_list(env, 1);
}

static int nodus__set_int(napi_env env, napi_value obj, const char* key, int64_t v) {
  napi_value n;
  return napi_create_int64(env, v, &n) == napi_ok &&
         napi_set_named_property(env, obj, key, n) == napi_ok;
}

/* getCipherInfo(nameOrNid, keyLength|-1, ivLength|-1) → info | undefined */
static napi_value nodus__get_cipher_info(napi_env env, napi_callback_info info) {
  CR_ARGS(3);
  EVP_CIPHER* cipher = NULL;
  napi_valuetype t;
  CR_CHECK(napi_typeof(env, argv[0], &t));
  if (t == napi_number) {
    int32_t nid = 0;
    napi_get_value_int32(env, argv[0], &nid);
    const char* sn = OBJ_nid2sn(nid);
    if (sn != NULL) cipher = nodus__cipher_fetch(sn);
  } else {
    char* name = nodus__crypto_cstring(env, argv[0]);
    cipher = nodus__cipher_fetch(name);
    free(name);
  }
  if (cipher == NULL) {
    /* node describes ciphers the legacy table knows even when no provider implements
     * them (rc4, des without the legacy provider). */
    const EVP_CIPHER* legacy = NULL;
    if (t == napi_number) {
      int32_t nid = 0;
      napi_get_value_int32(env, argv[0], &nid);
      legacy = EVP_get_cipherbynid(nid);
    } else {
      char* name = nodus__crypto_cstring(env, argv[0]);
      if (name) legacy = EVP_get_cipherbyname(name);
      free(name);
    }
    if (legacy == NULL) return NULL;
    cipher = (EVP_CIPHER*)legacy;
    if (EVP_CIPHER_up_ref(cipher) != 1) return NULL;
  }
  int64_t key_len = -1, iv_len = -1;
  napi_get_value_int64(env, argv[1], &key_len);
  napi_get_value_int64(env, argv[2], &iv_len);
  napi_value result = NULL;
  int mode = EVP_CIPHER_get_mode(cipher);
  /* Asked-for lengths count only if the cipher would accept them. */
  if (key_len >= 0 || iv_len >= 0) {
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int ok = ctx != NULL && EVP_CipherInit_ex2(ctx, cipher, NULL, NULL, 1, NULL) == 1;
    if (ok && key_len >= 0) ok = EVP_CIPHER_CTX_set_key_length(ctx, (int)key_len) == 1;
    if (ok && iv_len >= 0) {
      if (mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_GCM_MODE ||
          mode == EVP_CIPH_OCB_MODE || nodus__is_chacha_poly(cipher))
        ok = EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN, (int)iv_len, NULL) == 1;
      else
        ok = iv_len == EVP_CIPHER_get_iv_length(cipher);
    }
    EVP_CIPHER_CTX_free(ctx);
    ERR_clear_error();
    if (!ok) goto done;
  }
  const char* mode_name;
  switch (mode) {
    case EVP_CIPH_CBC_MODE: mode_name = "cbc"; break;
    case EVP_CIPH_CCM_MODE: mode_name = "ccm"; break;
    case EVP_CIPH_CFB_MODE: mode_name = "cfb"; break;
    case EVP_CIPH_CTR_MODE: mode_name = "ctr"; break;
    case EVP_CIPH_ECB_MODE: mode_name = "ecb"; break;
    case EVP_CIPH_GCM_MODE: mode_name = "gcm"; break;
    case EVP_CIPH_OCB_MODE: mode_name = "ocb"; break;
    case EVP_CIPH_OFB_MODE: mode_name = "ofb"; break;
    case EVP_CIPH_STREAM_CIPHER: mode_name = "stream"; break;
    case EVP_CIPH_WRAP_MODE: mode_name = "wrap"; break;
    case EVP_CIPH_XTS_MODE: mode_name = "xts"; break;
    default: mode_name = NULL; break;
  }
  napi_value obj;
  if (napi_create_object(env, &obj) != napi_ok) goto done;
  if (mode_name) napi_set_named_property(env, obj, "mode", nodus__crypto_str(env, mode_name));
  int nid = EVP_CIPHER_get_nid(cipher);
  const char* sn = OBJ_nid2sn(nid);
  char lower[128];
  snprintf(lower, sizeof(lower), "%s", sn ? sn : EVP_CIPHER_get0_name(cipher));
  for (char* p = lower; *p; p++) *p = (char)tolower((unsigned char)*p);
  napi_set_named_property(env, obj, "name", nodus__crypto_str(env, lower));
  nodus__set_int(env, obj, "nid", nid);
  if (mode != EVP_CIPH_STREAM_CIPHER)
    nodus__set_int(env, obj, "blockSize", EVP_CIPHER_get_block_size(cipher));
  int64_t ivl = iv_len >= 0 ? iv_len : EVP_CIPHER_get_iv_length(cipher);
  if (ivl != 0) nodus__set_int(env, obj, "ivLength", ivl);
  nodus__set_int(env, obj, "keyLength", key_len >= 0 ? key_len : EVP_CIPHER_get_key_length(cipher));
  result = obj;
done:
  EVP_CIPHER_free(cipher);
  return result;
}

napi_status nodus__crypto_cipher_init(napi_env env, napi_value binding) {
  const napi_property_descriptor props[] = {
      CR_METHOD("cipherNew", nodus__cipher_new),
      CR_METHOD("cipherUpdate", nodus__cipher_update),
      CR_METHOD("cipherFinal", nodus__cipher_final),
      CR_METHOD("cipherSetAutoPadding", nodus__cipher_set_auto_padding),
      CR_METHOD("cipherSetAAD", nodus__cipher_set_aad),
      CR_METHOD("cipherGetAuthTag", nodus__cipher_get_auth_tag),
      CR_METHOD("cipherSetAuthTag", nodus__cipher_set_auth_tag),
      CR_METHOD("getCiphers", nodus__get_ciphers),
      CR_METHOD("cipherBytesToKey", nodus__cipher_bytes_to_key),
      CR_METHOD("getCipherInfo", nodus__get_cipher_info),
  };
  return nodus__crypto_define(env, binding, props, sizeof(props) / sizeof(props[0]));
}
