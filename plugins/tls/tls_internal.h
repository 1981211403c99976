/* Shared declarations of the tls plugin. The plugin drives an OpenSSL SSL object over
 * a pair of memory BIOs: JS feeds the ciphertext it read from the underlying socket in
 * and writes out the ciphertext the engine produced, so the plugin never touches a file
 * descriptor and works over any Duplex (a net.Socket, a pipe, a test stream). */
#ifndef NODUS_TLS_INTERNAL_H
#define NODUS_TLS_INTERNAL_H

#include <node_api.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#define TLS_CHECK(call)                   \
  do {                                    \
    if ((call) != napi_ok) return NULL;   \
  } while (0)

/* A SecureContext: one SSL_CTX that client and server connections share. */
typedef struct {
  SSL_CTX* ctx;
  napi_env env;
  napi_ref self;
} tls_context_t;

/* Throws the queued OpenSSL error as node does (message "error:...", code ERR_OSSL_*,
 * library, reason) or `fallback` when the queue is empty. Returns NULL. */
napi_value nodus__tls_throw_openssl(napi_env env, const char* fallback);
napi_value nodus__tls_str(napi_env env, const char* s);
napi_value nodus__tls_throw(napi_env env, const char* code, const char* message);

/* Bytes of a Buffer/TypedArray/DataView or string argument (strings are copied into a
 * malloc'd block the caller frees through *owned). */
int nodus__tls_bytes(napi_env env, napi_value v, const uint8_t** data, size_t* len,
                     char** owned);

/* The unwrapped context behind a SecureContext object, NULL (and a TypeError thrown)
 * when `v` is not one. */
tls_context_t* nodus__tls_context_of(napi_env env, napi_value v);

/* A certificate as node's getPeerCertificate() shows it (without the issuer chain). */
napi_value nodus__tls_cert_object(napi_env env, X509* cert);

napi_status nodus__tls_context_init(napi_env env, napi_value exports);
napi_status nodus__tls_conn_init(napi_env env, napi_value exports);

#endif
