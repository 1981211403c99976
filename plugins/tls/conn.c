/* Conn: one TLS connection over two memory BIOs. JS owns the transport:
 *   receive(ciphertext|null) feeds bytes in and advances the handshake and reads; it
 *     returns { handshake: bool (finished by this call), data: [Buffer...], eof: bool
 *     (peer's close_notify), error: Error|undefined (a fatal TLS error) }.
 *   encrypt(plaintext) -> 0 or an Error (only valid once the handshake finished).
 *   pending() -> the ciphertext the engine wants sent (a Buffer) or null.
 *   shutdown() queues close_notify.
 * Everything else reports on the finished handshake. The server-side SNI hook calls
 * `this.onsni(servername)` synchronously during receive(); it may return a
 * SecureContext to switch to. */
#include "tls_internal.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>

typedef struct {
  SSL* ssl;
  BIO* rbio;
  BIO* wbio;
  napi_env env;
  napi_ref self;
  unsigned char* alpn; /* server: the protocols we accept, wire format */
  size_t alpn_len;
  int server;
  int done;
  int sni;
  int sni_state; /* 0 not asked, 1 waiting for JS, 2 answered */
  SSL_CTX* sni_ctx;
  int alpn_js;
} tls_conn_t;

static void nodus__conn_free(tls_conn_t* c) {
  if (c->ssl) SSL_free(c->ssl); /* frees both BIOs */
  c->ssl = NULL;
  free(c->alpn);
  c->alpn = NULL;
  if (c->sni_ctx) SSL_CTX_free(c->sni_ctx);
  c->sni_ctx = NULL;
}

/* The weak reference napi_wrap handed back is ours to delete once the object goes. */
static void nodus__conn_finalize(napi_env env, void* data, void* hint) {
  (void)hint;
  tls_conn_t* c = data;
  if (c->self) napi_delete_reference(env, c->self);
  nodus__conn_free(c);
  free(c);
}

/* ALPNCallback: `this.onalpn(wireList)` answers with one of the client's protocols (a
 * string) or anything else to refuse with no_application_protocol. */
static int nodus__alpn_js(tls_conn_t* c, const unsigned char** out, unsigned char* outlen,
                          const unsigned char* in, unsigned int inlen) {
  napi_env env = c->env;
  napi_value self, fn, arg, result;
  void* p;
  if (napi_get_reference_value(env, c->self, &self) != napi_ok || self == NULL ||
      napi_get_named_property(env, self, "onalpn", &fn) != napi_ok ||
      napi_create_buffer_copy(env, inlen, in, &p, &arg) != napi_ok)
    return SSL_TLSEXT_ERR_ALERT_FATAL;
  if (napi_call_function(env, self, fn, 1, &arg, &result) != napi_ok) return SSL_TLSEXT_ERR_ALERT_FATAL;
  char want[256];
  size_t n = 0;
  if (napi_get_value_string_utf8(env, result, want, sizeof(want), &n) != napi_ok) return SSL_TLSEXT_ERR_ALERT_FATAL;
  for (unsigned int i = 0; i < inlen;) {
    unsigned int len = in[i];
    if (i + 1 + len > inlen) break;
    if (len == n && memcmp(in + i + 1, want, n) == 0) {
      *out = in + i + 1;
      *outlen = (unsigned char)len;
      return SSL_TLSEXT_ERR_OK;
    }
    i += 1 + len;
  }
  return SSL_TLSEXT_ERR_ALERT_FATAL;
}

static int nodus__alpn_select(SSL* ssl, const unsigned char** out, unsigned char* outlen,
                              const unsigned char* in, unsigned int inlen, void* arg) {
  (void)arg;
  tls_conn_t* c = SSL_get_app_data(ssl);
  if (c && c->alpn_js) return nodus__alpn_js(c, out, outlen, in, inlen);
  if (!c || !c->alpn) return SSL_TLSEXT_ERR_NOACK;
  unsigned char* o;
  int r = SSL_select_next_proto(&o, outlen, c->alpn, (unsigned)c->alpn_len, in, inlen);
  if (r != OPENSSL_NPN_NEGOTIATED) return SSL_TLSEXT_ERR_ALERT_FATAL;
  *out = o;
  return SSL_TLSEXT_ERR_OK;
}

/* Server-side SNI, from the ClientHello so that it can wait: `this.onsni(name)` returns
 * a SecureContext to switch to, undefined to keep the current one, or false when the
 * answer comes later (SNICallback calling back asynchronously); the handshake then
 * pauses until sniResolve(ctx) and another receive(). */
static int nodus__client_hello_cb(SSL* ssl, int* al, void* arg) {
  (void)al;
  (void)arg;
  tls_conn_t* c = SSL_get_app_data(ssl);
  if (!c || !c->sni) return SSL_CLIENT_HELLO_SUCCESS;
  if (c->sni_state == 2) {
    if (c->sni_ctx) {
      SSL_set_SSL_CTX(ssl, c->sni_ctx);
      SSL_CTX_free(c->sni_ctx);
      c->sni_ctx = NULL;
    }
    return SSL_CLIENT_HELLO_SUCCESS;
  }
  if (c->sni_state == 1) return SSL_CLIENT_HELLO_RETRY;
  const unsigned char* p;
  size_t len;
  if (!SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_server_name, &p, &len) || len < 5 || p[2] != 0)
    return SSL_CLIENT_HELLO_SUCCESS;
  size_t n = ((size_t)p[3] << 8) | p[4];
  if (n == 0 || n > len - 5 || n > 255) return SSL_CLIENT_HELLO_SUCCESS;
  napi_env env = c->env;
  napi_value self, fn, name, result;
  if (napi_get_reference_value(env, c->self, &self) != napi_ok || self == NULL) return SSL_CLIENT_HELLO_SUCCESS;
  if (napi_get_named_property(env, self, "onsni", &fn) != napi_ok) return SSL_CLIENT_HELLO_SUCCESS;
  napi_valuetype t;
  if (napi_typeof(env, fn, &t) != napi_ok || t != napi_function) return SSL_CLIENT_HELLO_SUCCESS;
  if (napi_create_string_latin1(env, (const char*)p + 5, n, &name) != napi_ok) return SSL_CLIENT_HELLO_SUCCESS;
  if (napi_call_function(env, self, fn, 1, &name, &result) != napi_ok) {
    /* the JS side's exception stays pending and fails the handshake */
    return SSL_CLIENT_HELLO_ERROR;
  }
  if (napi_typeof(env, result, &t) == napi_ok && t == napi_boolean) {
    c->sni_state = 1;
    return SSL_CLIENT_HELLO_RETRY;
  }
  c->sni_state = 2;
  if (t == napi_object) {
    void* ctx = NULL;
    if (napi_unwrap(env, result, &ctx) == napi_ok && ctx) SSL_set_SSL_CTX(ssl, ((tls_context_t*)ctx)->ctx);
  }
  return SSL_CLIENT_HELLO_SUCCESS;
}

/* sniResolve(secureContext|undefined): the late answer of onsni. */
static napi_value nodus__conn_sni_resolve(napi_env env, napi_callback_info info);

static int nodus__verify_accept(int ok, X509_STORE_CTX* store) {
  (void)ok;
  (void)store;
  return 1;
}

/* A client got a session (TLS 1.3: a ticket after the handshake): `this.onsession(der)`. */
static int nodus__new_session(SSL* ssl, SSL_SESSION* sess) {
  tls_conn_t* c = SSL_get_app_data(ssl);
  if (!c || c->server) return 0;
  int n = i2d_SSL_SESSION(sess, NULL);
  if (n <= 0) return 0;
  napi_env env = c->env;
  napi_value self, fn, buf, result;
  void* p;
  if (napi_get_reference_value(env, c->self, &self) != napi_ok || self == NULL) return 0;
  if (napi_get_named_property(env, self, "onsession", &fn) != napi_ok) return 0;
  napi_valuetype t;
  if (napi_typeof(env, fn, &t) != napi_ok || t != napi_function) return 0;
  if (napi_create_buffer(env, (size_t)n, &p, &buf) != napi_ok) return 0;
  unsigned char* q = p;
  i2d_SSL_SESSION(sess, &q);
  napi_call_function(env, self, fn, 1, &buf, &result);
  return 0;
}

/* new Conn(secureContext, isServer) */
static napi_value nodus__conn_new(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], self;
  TLS_CHECK(napi_get_cb_info(env, info, &argc, argv, &self, NULL));
  tls_context_t* ctx = nodus__tls_context_of(env, argv[0]);
  if (!ctx) return NULL;
  bool server = false;
  napi_get_value_bool(env, argv[1], &server);
  tls_conn_t* c = calloc(1, sizeof(*c));
  if (!c) return nodus__tls_throw(env, "ERR_MEMORY", "out of memory");
  c->env = env;
  c->server = server;
  c->ssl = SSL_new(ctx->ctx);
  c->rbio = BIO_new(BIO_s_mem());
  c->wbio = BIO_new(BIO_s_mem());
  if (!c->ssl || !c->rbio || !c->wbio) {
    if (c->rbio) BIO_free(c->rbio);
    if (c->wbio) BIO_free(c->wbio);
    if (c->ssl) SSL_free(c->ssl);
    free(c);
    return nodus__tls_throw_openssl(env, "SSL_new failed");
  }
  /* An empty read BIO means "wait for more", not end of file. */
  BIO_set_mem_eof_return(c->rbio, -1);
  SSL_set_bio(c->ssl, c->rbio, c->wbio);
  SSL_set_app_data(c->ssl, c);
  if (server) {
    SSL_set_accept_state(c->ssl);
    SSL_CTX_set_client_hello_cb(ctx->ctx, nodus__client_hello_cb, NULL);
    SSL_CTX_set_alpn_select_cb(ctx->ctx, nodus__alpn_select, NULL);
  } else {
    SSL_set_connect_state(c->ssl);
    SSL_CTX_set_session_cache_mode(ctx->ctx, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE);
    SSL_CTX_sess_set_new_cb(ctx->ctx, nodus__new_session);
    SSL_set_verify(c->ssl, SSL_VERIFY_PEER, nodus__verify_accept);
  }
  if (napi_wrap(env, self, c, nodus__conn_finalize, NULL, &c->self) != napi_ok) {
    nodus__conn_free(c);
    free(c);
    return NULL;
  }
  return self;
}

static tls_conn_t* nodus__conn_args(napi_env env, napi_callback_info info, size_t* argc,
                                    napi_value* argv) {
  napi_value self;
  void* p = NULL;
  if (napi_get_cb_info(env, info, argc, argv, &self, NULL) != napi_ok) return NULL;
  if (napi_unwrap(env, self, &p) != napi_ok || p == NULL) {
    napi_throw_type_error(env, "ERR_INVALID_THIS", "not a TLS connection");
    return NULL;
  }
  tls_conn_t* c = p;
  if (!c->ssl) {
    napi_throw_error(env, "ERR_TLS_INVALID_STATE", "TLS socket connection must be securely established");
    return NULL;
  }
  return c;
}

static napi_value nodus__conn_set_servername(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  tls_conn_t* c = nodus__conn_args(env, info, &argc, argv);
  if (!c) return NULL;
  char name[512];
  size_t n;
  if (napi_get_value_string_utf8(env, argv[0], name, sizeof(name), &n) != napi_ok) return NULL;
  if (!SSL_set_tlsext_host_name(c->ssl, name)) ERR_clear_error();
  return NULL;
}

/* setALPN(wireBuffer): the client's offer or the server's accepted list. */
static napi_value nodus__conn_set_alpn(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  tls_conn_t* c = nodus__conn_args(env, info, &argc, argv);
  if (!c) return NULL;
  const uint8_t* data;
  size_t len;
  char* owned;
  if (!nodus__tls_bytes(env, argv[0], &data, &len, &owned)) return NULL;
  if (c->server) {
    free(c->alpn);
    c->alpn = malloc(len ? len : 1);
    if (c->alpn) memcpy(c->alpn, data, len);
    c->alpn_len = len;
  } else {
    SSL_set_alpn_protos(c->ssl, data, (unsigned)len);
  }
  free(owned);
  return NULL;
}

/* setVerify(requestCert): a server asks the client for a certificate. */
static napi_value nodus__conn_set_verify(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  tls_conn_t* c = nodus__conn_args(env, info, &argc, argv);
  if (!c) return NULL;
  bool on = false;
  napi_get_value_bool(env, argv[0], &on);
  SSL_set_verify(c->ssl, on ? SSL_VERIFY_PEER : SSL_VERIFY_NONE, nodus__verify_accept);
  return NULL;
}

static napi_value nodus__conn_enable_sni(napi_env env, napi_callback_info info) {
  tls_conn_t* c = nodus__conn_args(env, info, NULL, NULL);
  if (!c) return NULL;
  c->sni = 1;
  return NULL;
}

static napi_value nodus__conn_sni_resolve(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  tls_conn_t* c = nodus__conn_args(env, info, &argc, argv);
  if (!c) return NULL;
  napi_valuetype t = napi_undefined;
  if (argc > 0) napi_typeof(env, argv[0], &t);
  if (t == napi_object) {
    void* p = NULL;
    if (napi_unwrap(env, argv[0], &p) == napi_ok && p) {
      SSL_CTX* ctx = ((tls_context_t*)p)->ctx;
      SSL_CTX_up_ref(ctx);
      if (c->sni_ctx) SSL_CTX_free(c->sni_ctx);
      c->sni_ctx = ctx;
    }
  }
  c->sni_state = 2;
  return NULL;
}

static napi_value nodus__conn_enable_alpn_cb(napi_env env, napi_callback_info info) {
  tls_conn_t* c = nodus__conn_args(env, info, NULL, NULL);
  if (!c) return NULL;
  c->alpn_js = 1;
  return NULL;
}

/* The error of a failed handshake or read: node's message and ERR_SSL_* code. */
static napi_value nodus__conn_error(napi_env env) {
  napi_value error = NULL, exc;
  bool pending = false;
  if (napi_is_exception_pending(env, &pending) == napi_ok && pending) {
    napi_get_and_clear_last_exception(env, &exc);
    ERR_clear_error();
    return exc;
  }
  nodus__tls_throw_openssl(env, "TLS connection failed");
  napi_get_and_clear_last_exception(env, &error);
  return error;
}

static napi_value nodus__conn_receive(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  tls_conn_t* c = nodus__conn_args(env, info, &argc, argv);
  if (!c) return NULL;
  napi_valuetype t = napi_undefined;
  if (argc > 0) napi_typeof(env, argv[0], &t);
  if (t != napi_undefined && t != napi_null) {
    const uint8_t* data;
    size_t len;
    char* owned;
    if (!nodus__tls_bytes(env, argv[0], &data, &len, &owned)) return NULL;
    if (len) BIO_write(c->rbio, data, (int)len);
    free(owned);
  }
  napi_value result, chunks;
  TLS_CHECK(napi_create_object(env, &result));
  TLS_CHECK(napi_create_array(env, &chunks));
  napi_set_named_property(env, result, "data", chunks);
  bool handshake = false, eof = false;
  ERR_clear_error();
  if (!c->done) {
    int r = SSL_do_handshake(c->ssl);
    if (r == 1) {
      c->done = 1;
      handshake = true;
    } else {
      int e = SSL_get_error(c->ssl, r);
      if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE && e != SSL_ERROR_WANT_CLIENT_HELLO_CB) {
        napi_set_named_property(env, result, "error", nodus__conn_error(env));
        return result;
      }
    }
  }
  if (c->done) {
    uint32_t k = 0;
    for (;;) {
      unsigned char buf[16384];
      int r = SSL_read(c->ssl, buf, sizeof(buf));
      if (r > 0) {
        napi_value b;
        void* p;
        TLS_CHECK(napi_create_buffer_copy(env, (size_t)r, buf, &p, &b));
        napi_set_element(env, chunks, k++, b);
        continue;
      }
      int e = SSL_get_error(c->ssl, r);
      if (e == SSL_ERROR_ZERO_RETURN) {
        eof = true;
      } else if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE) {
        napi_set_named_property(env, result, "error", nodus__conn_error(env));
      }
      break;
    }
  }
  napi_value v;
  napi_get_boolean(env, handshake, &v);
  napi_set_named_property(env, result, "handshake", v);
  napi_get_boolean(env, eof, &v);
  napi_set_named_property(env, result, "eof", v);
  return result;
}

static napi_value nodus__conn_encrypt(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], zero;
  tls_conn_t* c = nodus__conn_args(env, info, &argc, argv);
  if (!c) return NULL;
  const uint8_t* data;
  size_t len;
  char* owned;
  if (!nodus__tls_bytes(env, argv[0], &data, &len, &owned)) return NULL;
  ERR_clear_error();
  size_t off = 0;
  while (off < len) {
    int r = SSL_write(c->ssl, data + off, (int)(len - off));
    if (r <= 0) {
      free(owned);
      return nodus__conn_error(env);
    }
    off += (size_t)r;
  }
  free(owned);
  TLS_CHECK(napi_create_int32(env, 0, &zero));
  return zero;
}

static napi_value nodus__conn_pending(napi_env env, napi_callback_info info) {
  tls_conn_t* c = nodus__conn_args(env, info, NULL, NULL);
  if (!c) return NULL;
  char* p;
  long n = BIO_get_mem_data(c->wbio, &p);
  napi_value out;
  if (n <= 0) {
    napi_get_null(env, &out);
    return out;
  }
  void* dst;
  TLS_CHECK(napi_create_buffer_copy(env, (size_t)n, p, &dst, &out));
  BIO_reset(c->wbio);
  return out;
}

static napi_value nodus__conn_shutdown(napi_env env, napi_callback_info info) {
  tls_conn_t* c = nodus__conn_args(env, info, NULL, NULL);
  if (!c) return NULL;
  if (c->done) SSL_shutdown(c->ssl);
  ERR_clear_error();
  return NULL;
}

static napi_value nodus__conn_destroy(napi_env env, napi_callback_info info) {
  napi_value self;
  void* p = NULL;
  TLS_CHECK(napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  if (napi_unwrap(env, self, &p) == napi_ok && p) nodus__conn_free(p);
  return NULL;
}

static napi_value nodus__conn_protocol(napi_env env, napi_callback_info info) {
  tls_conn_t* c = nodus__conn_args(env, info, NULL, NULL);
  if (!c) return NULL;
  return nodus__tls_str(env, SSL_get_version(c->ssl));
}

static napi_value nodus__conn_cipher(napi_env env, napi_callback_info info) {
  tls_conn_t* c = nodus__conn_args(env, info, NULL, NULL);
  if (!c) return NULL;
  const SSL_CIPHER* ci = SSL_get_current_cipher(c->ssl);
  napi_value o;
  if (!ci) {
    napi_get_undefined(env, &o);
    return o;
  }
  TLS_CHECK(napi_create_object(env, &o));
  napi_set_named_property(env, o, "name", nodus__tls_str(env, SSL_CIPHER_get_name(ci)));
  napi_set_named_property(env, o, "standardName", nodus__tls_str(env, SSL_CIPHER_standard_name(ci)));
  napi_set_named_property(env, o, "version", nodus__tls_str(env, SSL_CIPHER_get_version(ci)));
  return o;
}

static napi_value nodus__conn_alpn(napi_env env, napi_callback_info info) {
  tls_conn_t* c = nodus__conn_args(env, info, NULL, NULL);
  if (!c) return NULL;
  const unsigned char* p;
  unsigned int n;
  SSL_get0_alpn_selected(c->ssl, &p, &n);
  napi_value v;
  if (!n) {
    napi_get_boolean(env, false, &v);
    return v;
  }
  TLS_CHECK(napi_create_string_latin1(env, (const char*)p, n, &v));
  return v;
}

static napi_value nodus__conn_servername(napi_env env, napi_callback_info info) {
  tls_conn_t* c = nodus__conn_args(env, info, NULL, NULL);
  if (!c) return NULL;
  const char* name = SSL_get_servername(c->ssl, TLSEXT_NAMETYPE_host_name);
  napi_value v;
  if (!name) {
    napi_get_boolean(env, false, &v);
    return v;
  }
  return nodus__tls_str(env, name);
}

/* peerCertificate(): null without one. */
static napi_value nodus__conn_peer_cert(napi_env env, napi_callback_info info) {
  tls_conn_t* c = nodus__conn_args(env, info, NULL, NULL);
  if (!c) return NULL;
  X509* cert = SSL_get1_peer_certificate(c->ssl);
  napi_value v;
  if (!cert) {
    napi_get_null(env, &v);
    return v;
  }
  v = nodus__tls_cert_object(env, cert);
  X509_free(cert);
  return v;
}

/* peerCertificateChain(): the peer's chain as verified (through the trusted root) when
 * verification succeeded, else as sent; [] without a certificate. */
static napi_value nodus__conn_peer_chain(napi_env env, napi_callback_info info) {
  tls_conn_t* c = nodus__conn_args(env, info, NULL, NULL);
  if (!c) return NULL;
  napi_value arr;
  TLS_CHECK(napi_create_array(env, &arr));
  STACK_OF(X509)* chain = SSL_get_verify_result(c->ssl) == X509_V_OK ? SSL_get0_verified_chain(c->ssl) : NULL;
  if (!chain) chain = SSL_get_peer_cert_chain(c->ssl);
  uint32_t k = 0;
  /* a server's view of the client chain lacks the leaf */
  if (c->server) {
    X509* leaf = SSL_get0_peer_certificate(c->ssl);
    if (leaf && (!chain || sk_X509_num(chain) == 0 || X509_cmp(leaf, sk_X509_value(chain, 0)) != 0)) {
      napi_value o = nodus__tls_cert_object(env, leaf);
      if (o) napi_set_element(env, arr, k++, o);
    }
  }
  for (int i = 0; chain && i < sk_X509_num(chain); i++) {
    napi_value o = nodus__tls_cert_object(env, sk_X509_value(chain, i));
    if (o) napi_set_element(env, arr, k++, o);
  }
  return arr;
}

static napi_value nodus__conn_own_cert(napi_env env, napi_callback_info info) {
  tls_conn_t* c = nodus__conn_args(env, info, NULL, NULL);
  if (!c) return NULL;
  X509* cert = SSL_get_certificate(c->ssl);
  napi_value v;
  if (!cert) {
    napi_get_null(env, &v);
    return v;
  }
  return nodus__tls_cert_object(env, cert);
}

/* verifyError(): null when the peer's chain verified, else [code, message]. A peer that
 * sent no certificate yields UNABLE_TO_GET_ISSUER_CERT as node reports it. */
static const char* nodus__verify_code(long e) {
  switch (e) {
#define C(x) case X509_V_ERR_##x: return #x;
    C(UNABLE_TO_GET_ISSUER_CERT) C(UNABLE_TO_GET_CRL) C(UNABLE_TO_DECRYPT_CERT_SIGNATURE)
    C(UNABLE_TO_DECRYPT_CRL_SIGNATURE) C(UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY)
    C(CERT_SIGNATURE_FAILURE) C(CRL_SIGNATURE_FAILURE) C(CERT_NOT_YET_VALID)
    C(CERT_HAS_EXPIRED) C(CRL_NOT_YET_VALID) C(CRL_HAS_EXPIRED)
    C(ERROR_IN_CERT_NOT_BEFORE_FIELD) C(ERROR_IN_CERT_NOT_AFTER_FIELD)
    C(ERROR_IN_CRL_LAST_UPDATE_FIELD) C(ERROR_IN_CRL_NEXT_UPDATE_FIELD) C(OUT_OF_MEM)
    C(DEPTH_ZERO_SELF_SIGNED_CERT) C(SELF_SIGNED_CERT_IN_CHAIN)
    C(UNABLE_TO_GET_ISSUER_CERT_LOCALLY) C(UNABLE_TO_VERIFY_LEAF_SIGNATURE)
    C(CERT_CHAIN_TOO_LONG) C(CERT_REVOKED) C(INVALID_CA) C(PATH_LENGTH_EXCEEDED)
    C(INVALID_PURPOSE) C(CERT_UNTRUSTED) C(CERT_REJECTED) C(HOSTNAME_MISMATCH)
#undef C
    default: return "UNSPECIFIED";
  }
}

static napi_value nodus__conn_verify_error(napi_env env, napi_callback_info info) {
  tls_conn_t* c = nodus__conn_args(env, info, NULL, NULL);
  if (!c) return NULL;
  napi_value v;
  X509* peer = SSL_get1_peer_certificate(c->ssl);
  long e = peer ? SSL_get_verify_result(c->ssl) : X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT;
  if (peer) X509_free(peer);
  if (e == X509_V_OK) {
    napi_get_null(env, &v);
    return v;
  }
  TLS_CHECK(napi_create_array_with_length(env, 2, &v));
  napi_set_element(env, v, 0, nodus__tls_str(env, nodus__verify_code(e)));
  napi_set_element(env, v, 1, nodus__tls_str(env, X509_verify_cert_error_string(e)));
  return v;
}

/* getSession(): the current session, DER-encoded, or undefined. */
static napi_value nodus__conn_get_session(napi_env env, napi_callback_info info) {
  tls_conn_t* c = nodus__conn_args(env, info, NULL, NULL);
  if (!c) return NULL;
  napi_value v;
  SSL_SESSION* sess = SSL_get_session(c->ssl);
  int n = sess ? i2d_SSL_SESSION(sess, NULL) : 0;
  if (n <= 0) {
    napi_get_undefined(env, &v);
    return v;
  }
  void* p;
  TLS_CHECK(napi_create_buffer(env, (size_t)n, &p, &v));
  unsigned char* q = p;
  i2d_SSL_SESSION(sess, &q);
  return v;
}

/* setSession(der): resume that session if the server agrees. Bad data is ignored. */
static napi_value nodus__conn_set_session(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  tls_conn_t* c = nodus__conn_args(env, info, &argc, argv);
  if (!c) return NULL;
  const uint8_t* data;
  size_t len;
  char* owned;
  if (!nodus__tls_bytes(env, argv[0], &data, &len, &owned)) return NULL;
  const unsigned char* q = data;
  SSL_SESSION* sess = d2i_SSL_SESSION(NULL, &q, (long)len);
  free(owned);
  if (sess) {
    SSL_set_session(c->ssl, sess);
    SSL_SESSION_free(sess);
  }
  ERR_clear_error();
  return NULL;
}

static napi_value nodus__conn_reused(napi_env env, napi_callback_info info) {
  tls_conn_t* c = nodus__conn_args(env, info, NULL, NULL);
  if (!c) return NULL;
  napi_value v;
  napi_get_boolean(env, SSL_session_reused(c->ssl) == 1, &v);
  return v;
}

napi_status nodus__tls_conn_init(napi_env env, napi_value exports) {
  napi_property_descriptor methods[] = {
      {"setServername", NULL, nodus__conn_set_servername, NULL, NULL, NULL, napi_default, NULL},
      {"setALPN", NULL, nodus__conn_set_alpn, NULL, NULL, NULL, napi_default, NULL},
      {"setVerify", NULL, nodus__conn_set_verify, NULL, NULL, NULL, napi_default, NULL},
      {"enableSNI", NULL, nodus__conn_enable_sni, NULL, NULL, NULL, napi_default, NULL},
      {"sniResolve", NULL, nodus__conn_sni_resolve, NULL, NULL, NULL, napi_default, NULL},
      {"enableALPNCallback", NULL, nodus__conn_enable_alpn_cb, NULL, NULL, NULL, napi_default, NULL},
      {"receive", NULL, nodus__conn_receive, NULL, NULL, NULL, napi_default, NULL},
      {"encrypt", NULL, nodus__conn_encrypt, NULL, NULL, NULL, napi_default, NULL},
      {"pending", NULL, nodus__conn_pending, NULL, NULL, NULL, napi_default, NULL},
      {"shutdown", NULL, nodus__conn_shutdown, NULL, NULL, NULL, napi_default, NULL},
      {"destroy", NULL, nodus__conn_destroy, NULL, NULL, NULL, napi_default, NULL},
      {"getProtocol", NULL, nodus__conn_protocol, NULL, NULL, NULL, napi_default, NULL},
      {"getCipher", NULL, nodus__conn_cipher, NULL, NULL, NULL, napi_default, NULL},
      {"getALPN", NULL, nodus__conn_alpn, NULL, NULL, NULL, napi_default, NULL},
      {"getServername", NULL, nodus__conn_servername, NULL, NULL, NULL, napi_default, NULL},
      {"getPeerCertificate", NULL, nodus__conn_peer_cert, NULL, NULL, NULL, napi_default, NULL},
      {"getCertificate", NULL, nodus__conn_own_cert, NULL, NULL, NULL, napi_default, NULL},
      {"getPeerCertificateChain", NULL, nodus__conn_peer_chain, NULL, NULL, NULL, napi_default, NULL},
      {"verifyError", NULL, nodus__conn_verify_error, NULL, NULL, NULL, napi_default, NULL},
      {"isSessionReused", NULL, nodus__conn_reused, NULL, NULL, NULL, napi_default, NULL},
      {"getSession", NULL, nodus__conn_get_session, NULL, NULL, NULL, napi_default, NULL},
      {"setSession", NULL, nodus__conn_set_session, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_value cls;
  napi_status s = napi_define_class(env, "Conn", NAPI_AUTO_LENGTH, nodus__conn_new, NULL,
                                    sizeof(methods) / sizeof(methods[0]), methods, &cls);
  if (s != napi_ok) return s;
  return napi_set_named_property(env, exports, "Conn", cls);
}
