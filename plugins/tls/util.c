/* Error and argument helpers of the tls plugin (tls_internal.h). */
#include "tls_internal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>

napi_value nodus__tls_str(napi_env env, const char* s) {
  napi_value v;
  if (napi_create_string_utf8(env, s, NAPI_AUTO_LENGTH, &v) != napi_ok) return NULL;
  return v;
}

napi_value nodus__tls_throw(napi_env env, const char* code, const char* message) {
  napi_throw_error(env, code, message);
  return NULL;
}

/* Node prefixes the code with the library for OpenSSL's classic libraries; the 3.0
 * decoder and provider reasons are bare (ERR_OSSL_UNSUPPORTED). */
static const char* nodus__tls_lib_prefix(int lib) {
  switch (lib) {
    case ERR_LIB_PEM: return "PEM_";
    case ERR_LIB_X509: return "X509_";
    case ERR_LIB_ASN1: return "ASN1_";
    case ERR_LIB_EVP: return "EVP_";
    case ERR_LIB_RSA: return "RSA_";
    case ERR_LIB_EC: return "EC_";
    case ERR_LIB_BIO: return "BIO_";
    case ERR_LIB_X509V3: return "X509V3_";
    case ERR_LIB_PKCS12: return "PKCS12_";
    case ERR_LIB_BN: return "BN_";
    case ERR_LIB_DH: return "DH_";
    default: return "";
  }
}

napi_value nodus__tls_throw_openssl(napi_env env, const char* fallback) {
  /* node reports the last error the failing call queued */
  unsigned long e, last = 0;
  while ((e = ERR_get_error()) != 0) last = e;
  napi_value msg, error;
  char buf[256];
  if (last == 0) {
    TLS_CHECK(napi_create_string_utf8(env, fallback, NAPI_AUTO_LENGTH, &msg));
    TLS_CHECK(napi_create_error(env, NULL, msg, &error));
    napi_throw(env, error);
    return NULL;
  }
  ERR_error_string_n(last, buf, sizeof(buf));
  TLS_CHECK(napi_create_string_utf8(env, buf, NAPI_AUTO_LENGTH, &msg));
  TLS_CHECK(napi_create_error(env, NULL, msg, &error));
  const char* lib = ERR_lib_error_string(last);
  const char* reason = ERR_reason_error_string(last);
  if (lib) napi_set_named_property(env, error, "library", nodus__tls_str(env, lib));
  if (reason) {
    napi_set_named_property(env, error, "reason", nodus__tls_str(env, reason));
    char code[160];
    /* SSL's own errors are ERR_SSL_*, the others ERR_OSSL_<LIB>_* (node's naming) */
    int k = ERR_GET_LIB(last) == ERR_LIB_SSL
                ? snprintf(code, sizeof(code), "ERR_SSL_")
                : snprintf(code, sizeof(code), "ERR_OSSL_%s", nodus__tls_lib_prefix(ERR_GET_LIB(last)));
    for (const char* p = reason; *p && k < (int)sizeof(code) - 1; p++)
      code[k++] = isalnum((unsigned char)*p) ? (char)toupper((unsigned char)*p) : '_';
    code[k] = 0;
    napi_set_named_property(env, error, "code", nodus__tls_str(env, code));
  }
  napi_throw(env, error);
  return NULL;
}

int nodus__tls_bytes(napi_env env, napi_value v, const uint8_t** data, size_t* len,
                     char** owned) {
  bool is = false;
  *owned = NULL;
  if (napi_is_buffer(env, v, &is) == napi_ok && is) {
    void* p;
    if (napi_get_buffer_info(env, v, &p, len) != napi_ok) return 0;
    *data = p;
    return 1;
  }
  if (napi_is_typedarray(env, v, &is) == napi_ok && is) {
    napi_typedarray_type t;
    size_t n, off;
    void* p;
    napi_value ab;
    if (napi_get_typedarray_info(env, v, &t, &n, &p, &ab, &off) != napi_ok) return 0;
    size_t el = 1;
    switch (t) {
      case napi_int16_array: case napi_uint16_array: el = 2; break;
      case napi_int32_array: case napi_uint32_array: case napi_float32_array: el = 4; break;
      case napi_float64_array: case napi_bigint64_array: case napi_biguint64_array: el = 8; break;
      default: break;
    }
    *data = p;
    *len = n * el;
    return 1;
  }
  if (napi_is_dataview(env, v, &is) == napi_ok && is) {
    void* p;
    napi_value ab;
    size_t off;
    if (napi_get_dataview_info(env, v, len, &p, &ab, &off) != napi_ok) return 0;
    *data = p;
    return 1;
  }
  napi_valuetype type;
  if (napi_typeof(env, v, &type) == napi_ok && type == napi_string) {
    size_t n;
    if (napi_get_value_string_utf8(env, v, NULL, 0, &n) != napi_ok) return 0;
    char* s = malloc(n + 1);
    if (!s) return 0;
    napi_get_value_string_utf8(env, v, s, n + 1, &n);
    *owned = s;
    *data = (const uint8_t*)s;
    *len = n;
    return 1;
  }
  return 0;
}
