/* Helpers shared by the asymmetric-key files; see pkey.h. */
#include "pkey.h"

#include "crypto_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h> /* SSL_OP_* and TLS version macros only; libssl is not linked */

static void nodus__pkey_finalize(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  EVP_PKEY_free((EVP_PKEY*)data);
}

/* Tags our externals so a foreign external (another plugin's) is never cast to EVP_PKEY. */
static const napi_type_tag nodus__pkey_tag = {0x6e6f647573706b65ULL, 0x79686e646c653031ULL};

napi_value nodus__pkey_wrap(napi_env env, EVP_PKEY* pkey) {
  napi_value ext;
  if (napi_create_external(env, pkey, nodus__pkey_finalize, NULL, &ext) != napi_ok) {
    EVP_PKEY_free(pkey);
    return NULL;
  }
  if (napi_type_tag_object(env, ext, &nodus__pkey_tag) != napi_ok) return NULL;
  return ext;
}

EVP_PKEY* nodus__pkey_unwrap(napi_env env, napi_value handle) {
  napi_valuetype t;
  bool ok = false;
  void* data = NULL;
  if (napi_typeof(env, handle, &t) == napi_ok && t == napi_external &&
      napi_check_object_type_tag(env, handle, &nodus__pkey_tag, &ok) == napi_ok && ok &&
      napi_get_value_external(env, handle, &data) == napi_ok && data != NULL)
    return (EVP_PKEY*)data;
  nodus__pkey_throw(env, 'T', "ERR_INVALID_ARG_TYPE", "Invalid key handle");
  return NULL;
}

napi_value nodus__pkey_str(napi_env env, const char* s) {
  napi_value v;
  if (napi_create_string_utf8(env, s, NAPI_AUTO_LENGTH, &v) != napi_ok) return NULL;
  return v;
}

int nodus__pkey_set(napi_env env, napi_value obj, const char* key, napi_value v) {
  return v != NULL && napi_set_named_property(env, obj, key, v) == napi_ok;
}

/* The error helpers are crypto_internal.h's: one error shape for the whole plugin. */
napi_value nodus__pkey_throw(napi_env env, char kind, const char* code, const char* message) {
  return nodus__crypto_throw(env, kind, code, message);
}

int nodus__pkey_take_errors(unsigned long* errs, int max) {
  return nodus__crypto_take_errors(errs, max);
}

napi_value nodus__pkey_throw_openssl(napi_env env, const char* fallback) {
  return nodus__crypto_throw_openssl(env, fallback);
}

napi_value nodus__pkey_openssl_error(napi_env env, const unsigned long* errs, int n,
                                     const char* fallback) {
  return nodus__crypto_openssl_error(env, errs, n, fallback);
}

int nodus__pkey_bytes(napi_env env, napi_value v, const char* name, const uint8_t** data,
                      size_t* len, uint8_t** owned) {
  bool is;
  *owned = NULL;
  if (napi_is_typedarray(env, v, &is) == napi_ok && is) {
    napi_typedarray_type type;
    size_t length, offset;
    napi_value ab;
    void* p;
    if (napi_get_typedarray_info(env, v, &type, &length, &p, &ab, &offset) != napi_ok) return 0;
    size_t width = 1;
    switch (type) {
      case napi_int16_array: case napi_uint16_array: width = 2; break;
      case napi_int32_array: case napi_uint32_array: case napi_float32_array: width = 4; break;
      case napi_float64_array: case napi_bigint64_array: case napi_biguint64_array: width = 8; break;
      default: break;
    }
    *data = p;
    *len = length * width;
    return 1;
  }
  if (napi_is_dataview(env, v, &is) == napi_ok && is) {
    void* p;
    napi_value ab;
    size_t offset;
    if (napi_get_dataview_info(env, v, len, &p, &ab, &offset) != napi_ok) return 0;
    *data = p;
    return 1;
  }
  if (napi_is_arraybuffer(env, v, &is) == napi_ok && is) {
    void* p;
    if (napi_get_arraybuffer_info(env, v, &p, len) != napi_ok) return 0;
    *data = p;
    return 1;
  }
  napi_valuetype t;
  if (napi_typeof(env, v, &t) == napi_ok && t == napi_string) {
    size_t n;
    if (napi_get_value_string_utf8(env, v, NULL, 0, &n) != napi_ok) return 0;
    *owned = malloc(n + 1);
    if (*owned == NULL) return 0;
    napi_get_value_string_utf8(env, v, (char*)*owned, n + 1, &n);
    *data = *owned;
    *len = n;
    return 1;
  }
  char msg[200];
  snprintf(msg, sizeof(msg),
           "The \"%s\" argument must be an instance of Buffer, TypedArray, or DataView.",
           name);
  napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", msg);
  return 0;
}

int nodus__pkey_is_nullish(napi_env env, napi_value v) {
  napi_valuetype t;
  return napi_typeof(env, v, &t) != napi_ok || t == napi_undefined || t == napi_null;
}

char* nodus__pkey_string(napi_env env, napi_value v) {
  if (nodus__pkey_is_nullish(env, v)) return NULL;
  size_t n;
  if (napi_get_value_string_utf8(env, v, NULL, 0, &n) != napi_ok) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "Expected a string");
    return NULL;
  }
  char* s = malloc(n + 1);
  if (s == NULL) return NULL;
  napi_get_value_string_utf8(env, v, s, n + 1, &n);
  return s;
}

int32_t nodus__pkey_int(napi_env env, napi_value v, int32_t dflt) {
  int32_t r;
  if (nodus__pkey_is_nullish(env, v) || napi_get_value_int32(env, v, &r) != napi_ok) return dflt;
  return r;
}

napi_value nodus__pkey_buffer(napi_env env, const void* data, size_t len) {
  napi_value buf;
  void* dst;
  if (napi_create_buffer_copy(env, len, data, &dst, &buf) != napi_ok) return NULL;
  return buf;
}

EVP_MD* nodus__pkey_md(const char* name) {
  if (name == NULL) return NULL;
  /* OpenSSL 1.0's name for SHA-1 with DSA, still accepted by node. */
  if (strcasecmp(name, "DSS1") == 0) name = "SHA1";
  ERR_set_mark();
  EVP_MD* md = EVP_MD_fetch(NULL, name, NULL);
  if (md == NULL) {
    /* Node also takes "RSA-SHA256" and "sha-256"-style names through OBJ lookups. */
    const EVP_MD* legacy = EVP_get_digestbyname(name);
    if (legacy) md = EVP_MD_fetch(NULL, EVP_MD_get0_name(legacy), NULL);
  }
  ERR_pop_to_mark();
  return md;
}

const char* nodus__pkey_type_name(const EVP_PKEY* pkey) {
  switch (EVP_PKEY_get_base_id(pkey)) {
    case EVP_PKEY_RSA: return "rsa";
    case EVP_PKEY_RSA_PSS: return "rsa-pss";
    case EVP_PKEY_EC: return "ec";
    case EVP_PKEY_ED25519: return "ed25519";
    case EVP_PKEY_ED448: return "ed448";
    case EVP_PKEY_X25519: return "x25519";
    case EVP_PKEY_X448: return "x448";
    case EVP_PKEY_DSA: return "dsa";
    case EVP_PKEY_DH: return "dh";
    default: break;
  }
  if (EVP_PKEY_is_a(pkey, "RSA")) return "rsa";
  if (EVP_PKEY_is_a(pkey, "RSA-PSS")) return "rsa-pss";
  if (EVP_PKEY_is_a(pkey, "EC")) return "ec";
  if (EVP_PKEY_is_a(pkey, "DH") || EVP_PKEY_is_a(pkey, "DHX")) return "dh";
  return NULL;
}

/* pkeyConstants() → crypto.constants' numbers, from the headers of the linked OpenSSL. */
static napi_value nodus__pkey_constants(napi_env env, napi_callback_info info) {
  (void)info;
  static const struct {
    const char* name;
    double value;
  } table[] = {
#define C(x) {#x, (double)(x)}
      {"OPENSSL_VERSION_NUMBER", 0},
      C(SSL_OP_ALL), C(SSL_OP_ALLOW_NO_DHE_KEX), C(SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION),
      C(SSL_OP_CIPHER_SERVER_PREFERENCE), C(SSL_OP_CISCO_ANYCONNECT), C(SSL_OP_COOKIE_EXCHANGE),
      C(SSL_OP_CRYPTOPRO_TLSEXT_BUG), C(SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS),
      C(SSL_OP_LEGACY_SERVER_CONNECT), C(SSL_OP_NO_COMPRESSION), C(SSL_OP_NO_ENCRYPT_THEN_MAC),
      C(SSL_OP_NO_QUERY_MTU), C(SSL_OP_NO_RENEGOTIATION),
      C(SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION), C(SSL_OP_NO_SSLv2), C(SSL_OP_NO_SSLv3),
      C(SSL_OP_NO_TICKET), C(SSL_OP_NO_TLSv1), C(SSL_OP_NO_TLSv1_1), C(SSL_OP_NO_TLSv1_2),
      C(SSL_OP_NO_TLSv1_3), C(SSL_OP_PRIORITIZE_CHACHA), C(SSL_OP_TLS_ROLLBACK_BUG),
      {"ENGINE_METHOD_RSA", 0x1}, {"ENGINE_METHOD_DSA", 0x2}, {"ENGINE_METHOD_DH", 0x4},
      {"ENGINE_METHOD_RAND", 0x8}, {"ENGINE_METHOD_EC", 0x800}, {"ENGINE_METHOD_CIPHERS", 0x40},
      {"ENGINE_METHOD_DIGESTS", 0x80}, {"ENGINE_METHOD_PKEY_METHS", 0x200},
      {"ENGINE_METHOD_PKEY_ASN1_METHS", 0x400}, {"ENGINE_METHOD_ALL", 0xffff},
      {"ENGINE_METHOD_NONE", 0},
      C(DH_CHECK_P_NOT_SAFE_PRIME), C(DH_CHECK_P_NOT_PRIME), C(DH_UNABLE_TO_CHECK_GENERATOR),
      C(DH_NOT_SUITABLE_GENERATOR),
      C(RSA_PKCS1_PADDING), {"RSA_NO_PADDING", 3}, C(RSA_PKCS1_OAEP_PADDING),
      {"RSA_X931_PADDING", 5}, C(RSA_PKCS1_PSS_PADDING), C(RSA_PSS_SALTLEN_DIGEST),
      C(RSA_PSS_SALTLEN_MAX_SIGN), C(RSA_PSS_SALTLEN_AUTO),
      C(TLS1_VERSION), C(TLS1_1_VERSION), C(TLS1_2_VERSION), C(TLS1_3_VERSION),
      C(POINT_CONVERSION_COMPRESSED), C(POINT_CONVERSION_UNCOMPRESSED),
      C(POINT_CONVERSION_HYBRID),
#undef C
  };
  napi_value obj, v;
  PK_CHECK(napi_create_object(env, &obj));
  for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
    double value = i == 0 ? (double)OpenSSL_version_num() : table[i].value;
    napi_create_double(env, value, &v);
    nodus__pkey_set(env, obj, table[i].name, v);
  }
  return obj;
}

static int nodus__curve_cmp(const void* a, const void* b) {
  return strcmp(*(const char* const*)a, *(const char* const*)b);
}

/* getCurves() → the built-in curve names, sorted. */
static napi_value nodus__get_curves(napi_env env, napi_callback_info info) {
  (void)info;
  size_t n = EC_get_builtin_curves(NULL, 0);
  EC_builtin_curve* curves = malloc(sizeof(*curves) * (n ? n : 1));
  const char** names = malloc(sizeof(*names) * (n ? n : 1));
  napi_value arr = NULL;
  if (curves && names && EC_get_builtin_curves(curves, n) == n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
      const char* sn = OBJ_nid2sn(curves[i].nid);
      if (sn) names[k++] = sn;
    }
    qsort(names, k, sizeof(*names), nodus__curve_cmp);
    if (napi_create_array_with_length(env, k, &arr) == napi_ok)
      for (size_t i = 0; i < k; i++) napi_set_element(env, arr, i, nodus__pkey_str(env, names[i]));
  }
  free(curves);
  free(names);
  return arr;
}

napi_status nodus__crypto_pkey_init(napi_env env, napi_value binding) {
  napi_property_descriptor props[] = {
      {"pkeyConstants", NULL, nodus__pkey_constants, NULL, NULL, NULL, napi_default, NULL},
      {"getCurves", NULL, nodus__get_curves, NULL, NULL, NULL, napi_default, NULL},
  };
  if (napi_define_properties(env, binding, 2, props) != napi_ok) return napi_generic_failure;
  napi_status s;
  if ((s = nodus__crypto_keys_init(env, binding)) != napi_ok) return s;
  if ((s = nodus__crypto_keygen_init(env, binding)) != napi_ok) return s;
  if ((s = nodus__crypto_sign_init(env, binding)) != napi_ok) return s;
  if ((s = nodus__crypto_cipher_pkey_init(env, binding)) != napi_ok) return s;
  return nodus__crypto_dh_init(env, binding);
}
