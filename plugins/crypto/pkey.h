/* Shared helpers of the asymmetric-key half of the crypto plugin (keys.c, pkey_gen.c,
 * sign.c, cipher_pkey.c, dh.c): an EVP_PKEY travels to JS as an external that owns one
 * reference, OpenSSL's error queue becomes node's error shape, and argument readers
 * that accept what node accepts (Buffer, any ArrayBufferView, ArrayBuffer).
 * Every function that can fail leaves a pending JS exception and returns NULL / 0. */
#ifndef NODUS_CRYPTO_PKEY_H
#define NODUS_CRYPTO_PKEY_H

#include <stddef.h>
#include <stdint.h>

#include <node_api.h>
#include <openssl/evp.h>

#define PK_CHECK(call)                   \
  do {                                   \
    if ((call) != napi_ok) return NULL;  \
  } while (0)

/* Reads up to `max` arguments; missing ones are undefined. */
#define PK_ARGS(n)                                                        \
  size_t argc = (n);                                                      \
  napi_value argv[(n) > 0 ? (n) : 1];                                     \
  PK_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));         \
  for (size_t i_ = argc; i_ < (n); i_++) napi_get_undefined(env, &argv[i_])

/* Wraps `pkey` (ownership passes to the external, even on failure). */
napi_value nodus__pkey_wrap(napi_env env, EVP_PKEY* pkey);
/* The EVP_PKEY inside a handle made by nodus__pkey_wrap (borrowed), or NULL + TypeError. */
EVP_PKEY* nodus__pkey_unwrap(napi_env env, napi_value handle);

/* Throws the oldest error on OpenSSL's queue as node does (message
 * "error:XXXXXXXX:lib::reason", `library`, `reason`, `code` ERR_OSSL_*,
 * `opensslErrorStack` for the others), or `fallback` if the queue is empty. Clears the queue. */
napi_value nodus__pkey_throw_openssl(napi_env env, const char* fallback);
/* Moves OpenSSL's queue (oldest first) into errs; returns how many there were. For work
 * done on the thread pool, whose queue is another thread's. */
int nodus__pkey_take_errors(unsigned long* errs, int max);
/* The error nodus__pkey_throw_openssl would throw, built from saved codes. */
napi_value nodus__pkey_openssl_error(napi_env env, const unsigned long* errs, int n,
                                     const char* fallback);
/* Throws an Error (kind 'E'), TypeError ('T') or RangeError ('R') with a node code. */
napi_value nodus__pkey_throw(napi_env env, char kind, const char* code, const char* message);

/* Bytes of a Buffer / TypedArray / DataView / ArrayBuffer, or a string's UTF-8 (copied into
 * *owned, which the caller frees). Returns 0 and throws ERR_INVALID_ARG_TYPE otherwise. */
int nodus__pkey_bytes(napi_env env, napi_value v, const char* name, const uint8_t** data,
                      size_t* len, uint8_t** owned);
/* A malloc'd UTF-8 copy of a string argument; NULL for undefined/null (no exception)
 * and NULL with an exception for anything else (check napi_is_exception_pending). */
char* nodus__pkey_string(napi_env env, napi_value v);
int nodus__pkey_is_nullish(napi_env env, napi_value v);
int32_t nodus__pkey_int(napi_env env, napi_value v, int32_t dflt);

napi_value nodus__pkey_buffer(napi_env env, const void* data, size_t len);
napi_value nodus__pkey_str(napi_env env, const char* s);
int nodus__pkey_set(napi_env env, napi_value obj, const char* key, napi_value v);

/* "SHA256", "sha-256", "RSA-SHA256" → an EVP_MD (fetched; free with EVP_MD_free), or NULL. */
EVP_MD* nodus__pkey_md(const char* name);
/* A curve name as node takes it ('P-256', 'prime256v1') → OpenSSL's short name, or NULL. */
const char* nodus__pkey_curve_name(const char* name);
/* The prime of a modp group by node's name ("modp14"), or NULL (caller frees). */
struct bignum_st* nodus__pkey_dh_group_prime(const char* name);
/* Node's name for a key's type: "rsa", "rsa-pss", "ec", "ed25519", … or NULL. */
const char* nodus__pkey_type_name(const EVP_PKEY* pkey);

/* Per-area registration into the crypto binding. */
napi_status nodus__crypto_keys_init(napi_env env, napi_value binding);
napi_status nodus__crypto_keygen_init(napi_env env, napi_value binding);
napi_status nodus__crypto_sign_init(napi_env env, napi_value binding);
napi_status nodus__crypto_cipher_pkey_init(napi_env env, napi_value binding);
napi_status nodus__crypto_dh_init(napi_env env, napi_value binding);
/* All of the above, for plugin.c. */
napi_status nodus__crypto_pkey_init(napi_env env, napi_value binding);

#endif
