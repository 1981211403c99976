/* Key agreement: EVP_PKEY_derive for diffieHellman({privateKey, publicKey}), ECDH and
 * WebCrypto's ECDH/X25519; EC point arithmetic for ECDH's setPrivateKey/convertKey; and
 * the big-number steps of classic (modp) Diffie-Hellman, whose state lives in JS. */
#include "pkey.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/dh.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>

/* pkeyDerive(privateHandle, publicHandle) → Buffer (the shared secret) */
static napi_value nodus__pkey_derive(napi_env env, napi_callback_info info) {
  PK_ARGS(2);
  EVP_PKEY* priv = nodus__pkey_unwrap(env, argv[0]);
  if (priv == NULL) return NULL;
  EVP_PKEY* pub = nodus__pkey_unwrap(env, argv[1]);
  if (pub == NULL) return NULL;
  ERR_clear_error();
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_pkey(NULL, priv, NULL);
  unsigned char* out = NULL;
  size_t len = 0;
  napi_value result = NULL;
  int ok = ctx != NULL && EVP_PKEY_derive_init(ctx) == 1;
  /* Classic DH secrets are prime-sized, leading zeros kept (node's DH output). */
  if (ok && (EVP_PKEY_is_a(priv, "DH") || EVP_PKEY_is_a(priv, "DHX")))
    ok = EVP_PKEY_CTX_set_dh_pad(ctx, 1) == 1;
  if (!ok || EVP_PKEY_derive_set_peer(ctx, pub) != 1 ||
      EVP_PKEY_derive(ctx, NULL, &len) != 1 || (out = malloc(len ? len : 1)) == NULL ||
      EVP_PKEY_derive(ctx, out, &len) != 1)
    nodus__pkey_throw_openssl(env, "Failed to derive a shared secret");
  else
    result = nodus__pkey_buffer(env, out, len);
  free(out);
  EVP_PKEY_CTX_free(ctx);
  return result;
}

static EC_GROUP* nodus__group(napi_env env, napi_value v) {
  char* name = nodus__pkey_string(env, v);
  const char* curve = nodus__pkey_curve_name(name);
  free(name);
  if (curve == NULL) {
    nodus__pkey_throw(env, 'T', "ERR_CRYPTO_INVALID_CURVE", "Invalid EC curve name");
    return NULL;
  }
  return EC_GROUP_new_by_curve_name(OBJ_sn2nid(curve));
}

/* ecKeyFromPrivate(curve, privateBytes) → handle, or null when the scalar is not in
 * [1, order-1]. The public point is computed (EVP_PKEY_fromdata does not derive it). */
static napi_value nodus__ec_from_private(napi_env env, napi_callback_info info) {
  PK_ARGS(2);
  EC_GROUP* g = nodus__group(env, argv[0]);
  if (g == NULL) return NULL;
  const uint8_t* d;
  size_t n;
  uint8_t* owned = NULL;
  EVP_PKEY* pkey = NULL;
  BIGNUM* priv = NULL;
  EC_POINT* pt = NULL;
  unsigned char point[200];
  OSSL_PARAM_BLD* bld = NULL;
  if (!nodus__pkey_bytes(env, argv[1], "key", &d, &n, &owned)) goto done;
  priv = BN_bin2bn(d, (int)n, NULL);
  const BIGNUM* order = EC_GROUP_get0_order(g);
  if (priv == NULL || BN_is_zero(priv) || BN_cmp(priv, order) >= 0) goto done;
  pt = EC_POINT_new(g);
  if (pt == NULL || EC_POINT_mul(g, pt, priv, NULL, NULL, NULL) != 1) goto done;
  size_t plen = EC_POINT_point2oct(g, pt, POINT_CONVERSION_UNCOMPRESSED, point, sizeof(point),
                                   NULL);
  bld = OSSL_PARAM_BLD_new();
  if (plen == 0 || bld == NULL) goto done;
  OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME,
                                  OBJ_nid2sn(EC_GROUP_get_curve_name(g)), 0);
  OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point, plen);
  OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PRIV_KEY, priv);
  OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(bld);
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(NULL, "EC", NULL);
  if (params && ctx && EVP_PKEY_fromdata_init(ctx) == 1)
    EVP_PKEY_fromdata(ctx, &pkey, EVP_PKEY_KEYPAIR, params);
  EVP_PKEY_CTX_free(ctx);
  OSSL_PARAM_free(params);
done:
  OSSL_PARAM_BLD_free(bld);
  EC_POINT_free(pt);
  BN_clear_free(priv);
  EC_GROUP_free(g);
  free(owned);
  ERR_clear_error();
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (pending) return NULL;
  if (pkey == NULL) {
    napi_value nul;
    napi_get_null(env, &nul);
    return nul;
  }
  return nodus__pkey_wrap(env, pkey);
}

/* ecPrivateBytes(handle) → Buffer: the private scalar, big-endian, order-sized. */
static napi_value nodus__ec_private_bytes(napi_env env, napi_callback_info info) {
  PK_ARGS(1);
  EVP_PKEY* pkey = nodus__pkey_unwrap(env, argv[0]);
  if (pkey == NULL) return NULL;
  BIGNUM* bn = NULL;
  if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_PRIV_KEY, &bn) != 1)
    return nodus__pkey_throw_openssl(env, "Failed to get ECDH private key");
  /* Unpadded, as node (a scalar with a leading zero byte comes out one byte shorter). */
  int n = BN_num_bytes(bn);
  unsigned char* buf = malloc(n ? n : 1);
  napi_value r = NULL;
  if (buf && BN_bn2bin(bn, buf) >= 0) r = nodus__pkey_buffer(env, buf, n);
  free(buf);
  BN_clear_free(bn);
  return r;
}

/* ecConvertPoint(curve, point, compressed|hybrid 0/1/2) → Buffer, or null if invalid. */
static napi_value nodus__ec_convert(napi_env env, napi_callback_info info) {
  PK_ARGS(3);
  EC_GROUP* g = nodus__group(env, argv[0]);
  if (g == NULL) return NULL;
  const uint8_t* d;
  size_t n;
  uint8_t* owned = NULL;
  napi_value r = NULL;
  if (!nodus__pkey_bytes(env, argv[1], "key", &d, &n, &owned)) {
    EC_GROUP_free(g);
    return NULL;
  }
  int form = nodus__pkey_int(env, argv[2], 0);
  point_conversion_form_t f = form == 1   ? POINT_CONVERSION_COMPRESSED
                              : form == 2 ? POINT_CONVERSION_HYBRID
                                          : POINT_CONVERSION_UNCOMPRESSED;
  EC_POINT* pt = EC_POINT_new(g);
  unsigned char out[200];
  size_t olen = 0;
  if (pt && EC_POINT_oct2point(g, pt, d, n, NULL) == 1)
    olen = EC_POINT_point2oct(g, pt, f, out, sizeof(out), NULL);
  EC_POINT_free(pt);
  EC_GROUP_free(g);
  free(owned);
  ERR_clear_error();
  if (olen == 0) {
    napi_get_null(env, &r);
    return r;
  }
  return nodus__pkey_buffer(env, out, olen);
}

static BIGNUM* nodus__arg_bn(napi_env env, napi_value v) {
  const uint8_t* d;
  size_t n;
  uint8_t* owned = NULL;
  if (!nodus__pkey_bytes(env, v, "key", &d, &n, &owned)) return NULL;
  BIGNUM* bn = BN_bin2bn(d, (int)n, NULL);
  free(owned);
  return bn;
}

static napi_value nodus__bn_buffer(napi_env env, const BIGNUM* bn, int pad) {
  int n = BN_num_bytes(bn);
  if (pad < n) pad = n;
  unsigned char* buf = malloc(pad ? pad : 1);
  napi_value r = NULL;
  if (buf && BN_bn2binpad(bn, buf, pad) >= 0) r = nodus__pkey_buffer(env, buf, pad);
  free(buf);
  return r;
}

/* dhModExp(base, exponent, modulus) → Buffer (base^exponent mod modulus, modulus-sized) */
static napi_value nodus__dh_modexp(napi_env env, napi_callback_info info) {
  PK_ARGS(3);
  BIGNUM* b = nodus__arg_bn(env, argv[0]);
  BIGNUM* e = b ? nodus__arg_bn(env, argv[1]) : NULL;
  BIGNUM* m = e ? nodus__arg_bn(env, argv[2]) : NULL;
  BIGNUM* r = BN_new();
  BN_CTX* ctx = BN_CTX_new();
  napi_value result = NULL;
  if (m && r && ctx && !BN_is_zero(m) && BN_mod_exp(r, b, e, m, ctx) == 1)
    result = nodus__bn_buffer(env, r, BN_num_bytes(m));
  else if (m)
    nodus__pkey_throw_openssl(env, "Diffie-Hellman computation failed");
  BN_free(b), BN_clear_free(e), BN_free(m), BN_free(r);
  BN_CTX_free(ctx);
  return result;
}

/* dhRandomBelow(modulus) → Buffer: a private value in [2, modulus-2]. */
static napi_value nodus__dh_random(napi_env env, napi_callback_info info) {
  PK_ARGS(1);
  BIGNUM* m = nodus__arg_bn(env, argv[0]);
  if (m == NULL) return NULL;
  BIGNUM* range = BN_dup(m);
  BIGNUM* r = BN_new();
  napi_value result = NULL;
  if (range && r && BN_sub_word(range, 3) == 1 && !BN_is_negative(range) &&
      !BN_is_zero(range) && BN_priv_rand_range(r, range) == 1 && BN_add_word(r, 2) == 1)
    result = nodus__bn_buffer(env, r, 0);
  else
    nodus__pkey_throw_openssl(env, "Diffie-Hellman key generation failed");
  BN_free(m), BN_free(range), BN_clear_free(r);
  return result;
}

BIGNUM* nodus__pkey_dh_group_prime(const char* name) {
  BIGNUM* p = NULL;
  if (name) {
    if (strcmp(name, "modp1") == 0) p = BN_get_rfc2409_prime_768(NULL);
    else if (strcmp(name, "modp2") == 0) p = BN_get_rfc2409_prime_1024(NULL);
    else if (strcmp(name, "modp5") == 0) p = BN_get_rfc3526_prime_1536(NULL);
    else if (strcmp(name, "modp14") == 0) p = BN_get_rfc3526_prime_2048(NULL);
    else if (strcmp(name, "modp15") == 0) p = BN_get_rfc3526_prime_3072(NULL);
    else if (strcmp(name, "modp16") == 0) p = BN_get_rfc3526_prime_4096(NULL);
    else if (strcmp(name, "modp17") == 0) p = BN_get_rfc3526_prime_6144(NULL);
    else if (strcmp(name, "modp18") == 0) p = BN_get_rfc3526_prime_8192(NULL);
  }
  return p;
}

/* dhGroupPrime(name) → Buffer, or null for an unknown group (RFC 2409 / 3526 primes). */
static napi_value nodus__dh_group(napi_env env, napi_callback_info info) {
  PK_ARGS(1);
  char* name = nodus__pkey_string(env, argv[0]);
  BIGNUM* p = nodus__pkey_dh_group_prime(name);
  free(name);
  napi_value r;
  if (p == NULL) {
    napi_get_null(env, &r);
    return r;
  }
  r = nodus__bn_buffer(env, p, 0);
  BN_free(p);
  return r;
}

/* dhGeneratePrime(bits, generator) → Buffer: a safe prime suitable for the generator. */
static napi_value nodus__dh_gen_prime(napi_env env, napi_callback_info info) {
  PK_ARGS(2);
  int bits = nodus__pkey_int(env, argv[0], 0);
  int gen = nodus__pkey_int(env, argv[1], 2);
  BIGNUM* p = BN_new();
  BIGNUM* add = BN_new();
  BIGNUM* rem = BN_new();
  napi_value r = NULL;
  /* Conditions on p mod 24 / 12 make 2 (resp. 5) a generator of the q-order subgroup. */
  int ok = p && add && rem;
  /* OpenSSL's floor for DH moduli; node reports it as ERR_OSSL_DH_MODULUS_TOO_SMALL. */
  if (bits < 512) {
    ERR_raise(ERR_LIB_DH, DH_R_MODULUS_TOO_SMALL);
    ok = 0;
  }
  if (ok && gen == 2) ok = BN_set_word(add, 24) && BN_set_word(rem, 23);
  else if (ok && gen == 5) ok = BN_set_word(add, 60) && BN_set_word(rem, 59);
  else if (ok) ok = BN_set_word(add, 12) && BN_set_word(rem, 11);
  if (ok && bits >= 2 && BN_generate_prime_ex(p, bits, 1, add, rem, NULL) == 1)
    r = nodus__bn_buffer(env, p, 0);
  else
    nodus__pkey_throw_openssl(env, "Diffie-Hellman prime generation failed");
  BN_free(p), BN_free(add), BN_free(rem);
  return r;
}

/* dhCheck(prime, generator) → node's verifyError bits (DH_CHECK_P_NOT_SAFE_PRIME, …). */
static napi_value nodus__dh_check(napi_env env, napi_callback_info info) {
  PK_ARGS(2);
  BIGNUM* p = nodus__arg_bn(env, argv[0]);
  BIGNUM* g = p ? nodus__arg_bn(env, argv[1]) : NULL;
  if (g == NULL) {
    BN_free(p);
    return NULL;
  }
  int flags = 0;
  BN_CTX* ctx = BN_CTX_new();
  /* OpenSSL's DH_check bounds: DH_MODULUS_TOO_SMALL / DH_MODULUS_TOO_LARGE. */
  if (BN_num_bits(p) < 512) flags |= 0x80;
  if (BN_num_bits(p) > 10000) flags |= 0x100;
  if (BN_is_word(g, 0) || BN_is_word(g, 1)) flags |= 0x08; /* DH_NOT_SUITABLE_GENERATOR */
  if (BN_check_prime(p, ctx, NULL) != 1) {
    flags |= 0x01; /* DH_CHECK_P_NOT_PRIME */
  } else {
    BIGNUM* q = BN_dup(p);
    if (q && BN_rshift1(q, q) == 1 && BN_check_prime(q, ctx, NULL) != 1)
      flags |= 0x02; /* DH_CHECK_P_NOT_SAFE_PRIME */
    BN_free(q);
  }
  BN_CTX_free(ctx);
  BN_free(p), BN_free(g);
  ERR_clear_error();
  napi_value r;
  napi_create_int32(env, flags, &r);
  return r;
}

/* dhCheckGenerator(generator) → undefined, or throws OpenSSL's DH "bad generator" for a
 * generator below 2 (as node, which lets OpenSSL refuse it). */
static napi_value nodus__dh_check_generator(napi_env env, napi_callback_info info) {
  PK_ARGS(1);
  BIGNUM* g = nodus__arg_bn(env, argv[0]);
  if (g == NULL) return NULL;
  int bad = BN_is_zero(g) || BN_is_one(g);
  BN_free(g);
  if (bad) {
    ERR_clear_error();
    ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
    return nodus__pkey_throw_openssl(env, "bad generator");
  }
  napi_value u;
  napi_get_undefined(env, &u);
  return u;
}

napi_status nodus__crypto_dh_init(napi_env env, napi_value binding) {
  napi_property_descriptor props[] = {
      {"dhCheckGenerator", NULL, nodus__dh_check_generator, NULL, NULL, NULL, napi_default, NULL},
      {"pkeyDerive", NULL, nodus__pkey_derive, NULL, NULL, NULL, napi_default, NULL},
      {"ecKeyFromPrivate", NULL, nodus__ec_from_private, NULL, NULL, NULL, napi_default, NULL},
      {"ecPrivateBytes", NULL, nodus__ec_private_bytes, NULL, NULL, NULL, napi_default, NULL},
      {"ecConvertPoint", NULL, nodus__ec_convert, NULL, NULL, NULL, napi_default, NULL},
      {"dhModExp", NULL, nodus__dh_modexp, NULL, NULL, NULL, napi_default, NULL},
      {"dhRandomBelow", NULL, nodus__dh_random, NULL, NULL, NULL, napi_default, NULL},
      {"dhGroupPrime", NULL, nodus__dh_group, NULL, NULL, NULL, napi_default, NULL},
      {"dhGeneratePrime", NULL, nodus__dh_gen_prime, NULL, NULL, NULL, napi_default, NULL},
      {"dhCheck", NULL, nodus__dh_check, NULL, NULL, NULL, napi_default, NULL},
  };
  return napi_define_properties(env, binding, sizeof(props) / sizeof(props[0]), props);
}
