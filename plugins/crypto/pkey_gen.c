/* generateKeyPair(Sync): key generation with EVP_PKEY_keygen, synchronously or on libuv's
 * thread pool (a 4096-bit RSA key takes seconds; the loop must keep running meanwhile).
 * Options arrive validated by internal/crypto/keygen.js. */
#include "pkey.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/dh.h>
#include <openssl/dsa.h>
#include <openssl/ec.h>
#include <openssl/param_build.h>
#include <openssl/err.h>
#include <openssl/rsa.h>

typedef struct {
  char type[16];
  int modulus_length;
  unsigned long public_exponent;
  char curve[64];
  int explicit_params; /* ec: paramEncoding 'explicit' (node's default is 'named') */
  char hash[32];
  char mgf1_hash[32];
  int salt_length; /* -1: not given */
  int divisor_length; /* -1: not given */
  char group[16];      /* dh: a modp group, or */
  uint8_t* prime;      /* dh: a prime (owned), or */
  size_t prime_size;
  int prime_length;    /* dh: a prime's length to generate */
  int generator;
  EVP_PKEY* result;
  unsigned long errs[16];
  int nerrs;
  napi_async_work work;
  napi_ref callback;
} nodus__gen_t;

static void nodus__gen_copy(napi_env env, napi_value opts, const char* key, char* out,
                            size_t n) {
  napi_value v;
  out[0] = 0;
  if (napi_get_named_property(env, opts, key, &v) != napi_ok) return;
  size_t len;
  napi_valuetype t;
  if (napi_typeof(env, v, &t) != napi_ok || t != napi_string) return;
  napi_get_value_string_utf8(env, v, out, n, &len);
}

static int32_t nodus__gen_int(napi_env env, napi_value opts, const char* key, int32_t dflt) {
  napi_value v;
  if (napi_get_named_property(env, opts, key, &v) != napi_ok) return dflt;
  return nodus__pkey_int(env, v, dflt);
}

/* Classic DH: domain parameters from a modp group, a given prime or a generated safe prime,
 * then a key on them. */
static EVP_PKEY* nodus__gen_dh(nodus__gen_t* g) {
  BIGNUM* p = NULL;
  BIGNUM* gen = BN_new();
  EVP_PKEY* params = NULL;
  EVP_PKEY* pkey = NULL;
  OSSL_PARAM_BLD* bld = NULL;
  OSSL_PARAM* ossl = NULL;
  EVP_PKEY_CTX* ctx = NULL;
  if (gen == NULL || BN_set_word(gen, (BN_ULONG)g->generator) != 1) goto done;
  if (g->group[0]) {
    p = nodus__pkey_dh_group_prime(g->group);
  } else if (g->prime) {
    p = BN_bin2bn(g->prime, (int)g->prime_size, NULL);
  } else {
    p = BN_new();
    if (g->prime_length < 512) {
      ERR_raise(ERR_LIB_DH, DH_R_MODULUS_TOO_SMALL);
      goto done;
    }
    if (p && BN_generate_prime_ex(p, g->prime_length, 1, NULL, NULL, NULL) != 1) goto done;
  }
  if (p == NULL || (bld = OSSL_PARAM_BLD_new()) == NULL) goto done;
  OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_P, p);
  OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_G, gen);
  if ((ossl = OSSL_PARAM_BLD_to_param(bld)) == NULL) goto done;
  ctx = EVP_PKEY_CTX_new_from_name(NULL, "DH", NULL);
  if (ctx == NULL || EVP_PKEY_fromdata_init(ctx) != 1 ||
      EVP_PKEY_fromdata(ctx, &params, EVP_PKEY_KEY_PARAMETERS, ossl) != 1)
    goto done;
  EVP_PKEY_CTX_free(ctx);
  ctx = EVP_PKEY_CTX_new_from_pkey(NULL, params, NULL);
  if (ctx == NULL || EVP_PKEY_keygen_init(ctx) != 1) goto done;
  EVP_PKEY_keygen(ctx, &pkey);
done:
  EVP_PKEY_CTX_free(ctx);
  EVP_PKEY_free(params);
  OSSL_PARAM_free(ossl);
  OSSL_PARAM_BLD_free(bld);
  BN_free(p);
  BN_free(gen);
  return pkey;
}

/* Runs on any thread: touches nothing but OpenSSL and the struct. */
static EVP_PKEY* nodus__gen_run(nodus__gen_t* g) {
  EVP_PKEY* pkey = NULL;
  EVP_PKEY_CTX* ctx = NULL;
  const char* t = g->type;
  if (strcmp(t, "rsa") == 0 || strcmp(t, "rsa-pss") == 0) {
    ctx = EVP_PKEY_CTX_new_from_name(NULL, strcmp(t, "rsa") == 0 ? "RSA" : "RSA-PSS", NULL);
    if (ctx == NULL || EVP_PKEY_keygen_init(ctx) != 1) goto done;
    if (EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, g->modulus_length) != 1) goto done;
    BIGNUM* e = BN_new();
    if (e == NULL || BN_set_word(e, g->public_exponent) != 1 ||
        EVP_PKEY_CTX_set1_rsa_keygen_pubexp(ctx, e) != 1) {
      BN_free(e);
      goto done;
    }
    BN_free(e);
    if (strcmp(t, "rsa-pss") == 0) {
      if (g->hash[0]) {
        EVP_MD* md = nodus__pkey_md(g->hash);
        int ok = md && EVP_PKEY_CTX_set_rsa_pss_keygen_md(ctx, md) == 1;
        EVP_MD_free(md);
        if (!ok) goto done;
      }
      /* As node: MGF1 uses the message digest unless told otherwise. */
      if (g->hash[0] && !g->mgf1_hash[0]) snprintf(g->mgf1_hash, sizeof(g->mgf1_hash), "%s", g->hash);
      if (g->mgf1_hash[0]) {
        EVP_MD* md = nodus__pkey_md(g->mgf1_hash);
        int ok = md && EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md(ctx, md) == 1;
        EVP_MD_free(md);
        if (!ok) goto done;
      }
      /* As node: the salt is as long as the digest unless given. */
      if (g->hash[0] && g->salt_length < 0) {
        EVP_MD* md = nodus__pkey_md(g->hash);
        if (md) g->salt_length = EVP_MD_get_size(md);
        EVP_MD_free(md);
      }
      if (g->salt_length >= 0 &&
          EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen(ctx, g->salt_length) != 1)
        goto done;
    }
    EVP_PKEY_keygen(ctx, &pkey);
  } else if (strcmp(t, "ec") == 0) {
    ctx = EVP_PKEY_CTX_new_from_name(NULL, "EC", NULL);
    /* The key carries its curve by name unless asked otherwise: a curve without an OID
     * then cannot be encoded (ERR_OSSL_MISSING_OID), as in node, instead of being
     * written out with explicit parameters. */
    if (ctx == NULL || EVP_PKEY_keygen_init(ctx) != 1 ||
        EVP_PKEY_CTX_set_group_name(ctx, g->curve) != 1 ||
        EVP_PKEY_CTX_set_ec_param_enc(ctx, g->explicit_params ? OPENSSL_EC_EXPLICIT_CURVE
                                                              : OPENSSL_EC_NAMED_CURVE) != 1)
      goto done;
    EVP_PKEY_keygen(ctx, &pkey);
  } else if (strcmp(t, "dsa") == 0) {
    /* DSA needs domain parameters first (p, q, g), then the key. */
    EVP_PKEY* params = NULL;
    ctx = EVP_PKEY_CTX_new_from_name(NULL, "DSA", NULL);
    if (ctx == NULL || EVP_PKEY_paramgen_init(ctx) != 1 ||
        EVP_PKEY_CTX_set_dsa_paramgen_bits(ctx, g->modulus_length) != 1)
      goto done;
    if (g->divisor_length >= 0 && EVP_PKEY_CTX_set_dsa_paramgen_q_bits(ctx, g->divisor_length) != 1)
      goto done;
    if (EVP_PKEY_paramgen(ctx, &params) != 1) goto done;
    EVP_PKEY_CTX_free(ctx);
    ctx = EVP_PKEY_CTX_new_from_pkey(NULL, params, NULL);
    EVP_PKEY_free(params);
    if (ctx == NULL || EVP_PKEY_keygen_init(ctx) != 1) goto done;
    EVP_PKEY_keygen(ctx, &pkey);
  } else if (strcmp(t, "dh") == 0) {
    pkey = nodus__gen_dh(g);
  } else {
    const char* name = strcmp(t, "ed25519") == 0 ? "ED25519"
                       : strcmp(t, "ed448") == 0 ? "ED448"
                       : strcmp(t, "x25519") == 0 ? "X25519"
                       : strcmp(t, "x448") == 0 ? "X448" : NULL;
    if (name == NULL) goto done;
    ctx = EVP_PKEY_CTX_new_from_name(NULL, name, NULL);
    if (ctx == NULL || EVP_PKEY_keygen_init(ctx) != 1) goto done;
    EVP_PKEY_keygen(ctx, &pkey);
  }
done:
  EVP_PKEY_CTX_free(ctx);
  return pkey;
}

static void nodus__gen_execute(napi_env env, void* data) {
  (void)env;
  nodus__gen_t* g = data;
  ERR_clear_error();
  g->result = nodus__gen_run(g);
  g->nerrs = nodus__pkey_take_errors(g->errs, 16);
}

static void nodus__gen_complete(napi_env env, napi_status status, void* data) {
  nodus__gen_t* g = data;
  napi_value cb, global, args[2];
  napi_get_undefined(env, &args[1]);
  napi_get_null(env, &args[0]);
  if (g->result == NULL) {
    args[0] = nodus__pkey_openssl_error(env, g->errs, g->nerrs, "Key generation job failed");
  } else {
    args[1] = nodus__pkey_wrap(env, g->result);
    g->result = NULL;
  }
  if (status == napi_ok && napi_get_reference_value(env, g->callback, &cb) == napi_ok &&
      napi_get_global(env, &global) == napi_ok)
    napi_call_function(env, global, cb, 2, args, NULL);
  napi_delete_reference(env, g->callback);
  napi_delete_async_work(env, g->work);
  EVP_PKEY_free(g->result);
  free(g->prime);
  free(g);
}

/* keyGenerate(type, options, callback?) → handle (sync) or undefined (callback(err, handle)) */
static napi_value nodus__key_generate(napi_env env, napi_callback_info info) {
  PK_ARGS(3);
  nodus__gen_t* g = calloc(1, sizeof(*g));
  if (g == NULL) return nodus__pkey_throw(env, 'E', "ERR_OUT_OF_MEMORY", "Out of memory");
  size_t len;
  napi_get_value_string_utf8(env, argv[0], g->type, sizeof(g->type), &len);
  napi_value opts = argv[1];
  g->modulus_length = nodus__gen_int(env, opts, "modulusLength", 2048);
  g->public_exponent = (unsigned long)(uint32_t)nodus__gen_int(env, opts, "publicExponent", 0x10001);
  nodus__gen_copy(env, opts, "namedCurve", g->curve, sizeof(g->curve));
  char encoding[16];
  nodus__gen_copy(env, opts, "paramEncoding", encoding, sizeof(encoding));
  g->explicit_params = strcmp(encoding, "explicit") == 0;
  nodus__gen_copy(env, opts, "hashAlgorithm", g->hash, sizeof(g->hash));
  nodus__gen_copy(env, opts, "mgf1HashAlgorithm", g->mgf1_hash, sizeof(g->mgf1_hash));
  g->salt_length = nodus__gen_int(env, opts, "saltLength", -1);
  g->divisor_length = nodus__gen_int(env, opts, "divisorLength", -1);
  nodus__gen_copy(env, opts, "group", g->group, sizeof(g->group));
  g->prime_length = nodus__gen_int(env, opts, "primeLength", 0);
  g->generator = nodus__gen_int(env, opts, "generator", 2);
  napi_value prime;
  bool has_prime = false;
  if (napi_has_named_property(env, opts, "prime", &has_prime) == napi_ok && has_prime &&
      napi_get_named_property(env, opts, "prime", &prime) == napi_ok &&
      !nodus__pkey_is_nullish(env, prime)) {
    const uint8_t* d;
    uint8_t* owned = NULL;
    if (!nodus__pkey_bytes(env, prime, "options.prime", &d, &g->prime_size, &owned)) {
      free(g);
      return NULL;
    }
    g->prime = malloc(g->prime_size ? g->prime_size : 1);
    if (g->prime) memcpy(g->prime, d, g->prime_size);
    free(owned);
  }
  if (strcmp(g->type, "ec") == 0) {
    const char* c = nodus__pkey_curve_name(g->curve);
    if (c == NULL) {
      free(g);
      return nodus__pkey_throw(env, 'T', "ERR_CRYPTO_INVALID_CURVE", "Invalid EC curve name");
    }
    snprintf(g->curve, sizeof(g->curve), "%s", c);
  }
  napi_valuetype t;
  napi_typeof(env, argv[2], &t);
  if (t != napi_function) {
    ERR_clear_error();
    EVP_PKEY* pkey = nodus__gen_run(g);
    free(g->prime);
    free(g);
    if (pkey == NULL) return nodus__pkey_throw_openssl(env, "Key generation job failed");
    return nodus__pkey_wrap(env, pkey);
  }
  napi_value name;
  if (napi_create_reference(env, argv[2], 1, &g->callback) != napi_ok ||
      napi_create_string_utf8(env, "KEYPAIRGENREQUEST", NAPI_AUTO_LENGTH, &name) != napi_ok ||
      napi_create_async_work(env, NULL, name, nodus__gen_execute, nodus__gen_complete, g,
                             &g->work) != napi_ok ||
      napi_queue_async_work(env, g->work) != napi_ok) {
    free(g->prime);
    free(g);
    return NULL;
  }
  napi_value undef;
  napi_get_undefined(env, &undef);
  return undef;
}

napi_status nodus__crypto_keygen_init(napi_env env, napi_value binding) {
  napi_property_descriptor props[] = {
      {"keyGenerate", NULL, nodus__key_generate, NULL, NULL, NULL, napi_default, NULL},
  };
  return napi_define_properties(env, binding, 1, props);
}
