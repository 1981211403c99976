/* Signatures: crypto.sign/verify and Sign/Verify (which buffer their input in JS and end
 * here). RSA PKCS#1 v1.5 and PSS, ECDSA and DSA with DER or IEEE P1363 (r || s) encoding,
 * Ed25519/Ed448 (no digest). */
#include "pkey.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/proverr.h>
#include <openssl/rsa.h>

/* The size of r and s for P1363 (the group order's or q's length), 0 when not (EC)DSA. */
static int nodus__sig_half(EVP_PKEY* pkey) {
  int id = EVP_PKEY_get_base_id(pkey);
  if (id == EVP_PKEY_EC) return (EVP_PKEY_get_bits(pkey) + 7) / 8;
  if (id == EVP_PKEY_DSA) {
    BIGNUM* q = NULL;
    int n = 0;
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_FFC_Q, &q) == 1) n = BN_num_bytes(q);
    BN_free(q);
    return n;
  }
  return 0;
}

typedef struct {
  EVP_PKEY* pkey;
  EVP_MD* md;
  int padding;     /* 0: key's default */
  int salt_length; /* INT32_MIN: default */
  int p1363;
} nodus__sig_opts_t;

/* Reads (handle, digest, …, padding, saltLength, dsaEncoding) at the given positions. */
static int nodus__sig_opts(napi_env env, napi_value* argv, int pad_at, nodus__sig_opts_t* o) {
  memset(o, 0, sizeof(*o));
  o->pkey = nodus__pkey_unwrap(env, argv[0]);
  if (o->pkey == NULL) return 0;
  if (!nodus__pkey_is_nullish(env, argv[1])) {
    char* name = nodus__pkey_string(env, argv[1]);
    if (name == NULL) return 0;
    o->md = nodus__pkey_md(name);
    if (o->md == NULL) {
      char msg[300];
      snprintf(msg, sizeof(msg), "Invalid digest: %s", name);
      free(name);
      nodus__pkey_throw(env, 'T', "ERR_CRYPTO_INVALID_DIGEST", msg);
      return 0;
    }
    free(name);
  }
  o->padding = nodus__pkey_int(env, argv[pad_at], 0);
  o->salt_length = nodus__pkey_int(env, argv[pad_at + 1], INT32_MIN);
  o->p1363 = nodus__pkey_int(env, argv[pad_at + 2], 0) == 1;
  return 1;
}

static EVP_MD_CTX* nodus__sig_ctx(nodus__sig_opts_t* o, int sign) {
  EVP_MD_CTX* mctx = EVP_MD_CTX_new();
  EVP_PKEY_CTX* pctx = NULL;
  if (mctx == NULL) return NULL;
  const char* mdname = o->md ? EVP_MD_get0_name(o->md) : NULL;
  /* node applies padding and salt length before the digest, so a restricted RSA-PSS key
   * reports a too-short salt ahead of a digest it does not allow. Checked on a plain
   * signature context: the digest-sign init below checks the digest first. */
  if (EVP_PKEY_get_base_id(o->pkey) == EVP_PKEY_RSA_PSS && o->salt_length != INT32_MIN) {
    EVP_PKEY_CTX* probe = EVP_PKEY_CTX_new_from_pkey(NULL, o->pkey, NULL);
    int ok = probe != NULL &&
             (sign ? EVP_PKEY_sign_init(probe) : EVP_PKEY_verify_init(probe)) == 1 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(probe, o->salt_length) == 1;
    EVP_PKEY_CTX_free(probe);
    if (!ok) {
      /* Only the salt length's own complaint counts; anything else is left to the
       * regular path below. */
      unsigned long e = ERR_peek_last_error();
      if (ERR_GET_REASON(e) == PROV_R_PSS_SALTLEN_TOO_SMALL) goto fail;
      ERR_clear_error();
    }
  }
  int r = sign ? EVP_DigestSignInit_ex(mctx, &pctx, mdname, NULL, NULL, o->pkey, NULL)
               : EVP_DigestVerifyInit_ex(mctx, &pctx, mdname, NULL, NULL, o->pkey, NULL);
  if (r != 1) goto fail;
  int id = EVP_PKEY_get_base_id(o->pkey);
  if (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS) {
    if (o->padding != 0 && EVP_PKEY_CTX_set_rsa_padding(pctx, o->padding) != 1) goto fail;
    if (o->salt_length != INT32_MIN &&
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, o->salt_length) != 1)
      goto fail;
  }
  return mctx;
fail:
  EVP_MD_CTX_free(mctx);
  return NULL;
}

/* DER ECDSA-Sig-Value → r || s, each `half` bytes. */
static int nodus__der_to_p1363(const unsigned char* der, size_t len, int half,
                               unsigned char* out) {
  const unsigned char* p = der;
  ECDSA_SIG* sig = d2i_ECDSA_SIG(NULL, &p, (long)len);
  if (sig == NULL) return 0;
  const BIGNUM *r, *s;
  ECDSA_SIG_get0(sig, &r, &s);
  int ok = BN_bn2binpad(r, out, half) == half && BN_bn2binpad(s, out + half, half) == half;
  ECDSA_SIG_free(sig);
  return ok;
}

/* signOneShot(handle, digest|null, data, padding, saltLength, dsaEncoding) → Buffer */
static napi_value nodus__sign(napi_env env, napi_callback_info info) {
  PK_ARGS(6);
  nodus__sig_opts_t o;
  if (!nodus__sig_opts(env, argv, 3, &o)) return NULL;
  const uint8_t* data;
  size_t len;
  uint8_t* owned;
  napi_value result = NULL;
  if (!nodus__pkey_bytes(env, argv[2], "data", &data, &len, &owned)) goto done0;
  ERR_clear_error();
  EVP_MD_CTX* mctx = nodus__sig_ctx(&o, 1);
  size_t sig_len = 0;
  unsigned char* sig = NULL;
  if (mctx == NULL || EVP_DigestSign(mctx, NULL, &sig_len, data, len) != 1 ||
      (sig = malloc(sig_len)) == NULL || EVP_DigestSign(mctx, sig, &sig_len, data, len) != 1) {
    nodus__pkey_throw_openssl(env, "Failed to sign");
    goto done;
  }
  int half = o.p1363 ? nodus__sig_half(o.pkey) : 0;
  if (half > 0) {
    unsigned char* raw = malloc(2 * half);
    if (raw && nodus__der_to_p1363(sig, sig_len, half, raw))
      result = nodus__pkey_buffer(env, raw, 2 * half);
    else
      nodus__pkey_throw_openssl(env, "Failed to sign");
    free(raw);
  } else {
    result = nodus__pkey_buffer(env, sig, sig_len);
  }
done:
  free(sig);
  EVP_MD_CTX_free(mctx);
  free(owned);
done0:
  EVP_MD_free(o.md);
  return result;
}

/* verifyOneShot(handle, digest|null, data, signature, padding, saltLength, dsaEncoding) */
static napi_value nodus__verify(napi_env env, napi_callback_info info) {
  PK_ARGS(7);
  nodus__sig_opts_t o;
  if (!nodus__sig_opts(env, argv, 4, &o)) return NULL;
  const uint8_t *data, *sig;
  size_t len, sig_len;
  uint8_t *owned = NULL, *sig_owned = NULL;
  unsigned char* der = NULL;
  napi_value result = NULL;
  if (!nodus__pkey_bytes(env, argv[2], "data", &data, &len, &owned) ||
      !nodus__pkey_bytes(env, argv[3], "signature", &sig, &sig_len, &sig_owned))
    goto done0;
  int half = o.p1363 ? nodus__sig_half(o.pkey) : 0;
  int ok = 1;
  if (half > 0) {
    /* A P1363 signature of the wrong size simply does not verify. */
    ok = 0;
    if (sig_len == (size_t)2 * half) {
      ECDSA_SIG* es = ECDSA_SIG_new();
      BIGNUM* r = BN_bin2bn(sig, half, NULL);
      BIGNUM* s = BN_bin2bn(sig + half, half, NULL);
      if (es && r && s && ECDSA_SIG_set0(es, r, s) == 1) {
        r = s = NULL;
        int n = i2d_ECDSA_SIG(es, &der);
        if (n > 0) sig = der, sig_len = (size_t)n, ok = 1;
      }
      BN_free(r), BN_free(s);
      ECDSA_SIG_free(es);
    }
  }
  ERR_clear_error();
  EVP_MD_CTX* mctx = nodus__sig_ctx(&o, 0);
  if (mctx == NULL) {
    nodus__pkey_throw_openssl(env, "Failed to verify");
    goto done0;
  }
  int r = ok ? EVP_DigestVerify(mctx, sig, sig_len, data, len) : 0;
  EVP_MD_CTX_free(mctx);
  ERR_clear_error();
  napi_get_boolean(env, r == 1, &result);
done0:
  OPENSSL_free(der);
  free(owned), free(sig_owned);
  EVP_MD_free(o.md);
  return result;
}

/* digestExists(name) → bool: createSign/createVerify refuse unknown digests up front. */
static napi_value nodus__digest_exists(napi_env env, napi_callback_info info) {
  PK_ARGS(1);
  char* name = nodus__pkey_string(env, argv[0]);
  EVP_MD* md = nodus__pkey_md(name);
  free(name);
  napi_value r;
  napi_get_boolean(env, md != NULL, &r);
  EVP_MD_free(md);
  return r;
}

napi_status nodus__crypto_sign_init(napi_env env, napi_value binding) {
  napi_property_descriptor props[] = {
      {"digestExists", NULL, nodus__digest_exists, NULL, NULL, NULL, napi_default, NULL},
      {"signOneShot", NULL, nodus__sign, NULL, NULL, NULL, napi_default, NULL},
      {"verifyOneShot", NULL, nodus__verify, NULL, NULL, NULL, napi_default, NULL},
  };
  return napi_define_properties(env, binding, 3, props);
}
