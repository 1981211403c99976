/* SecureContext: an SSL_CTX with the key, certificate chain, trusted CAs, ciphers and
 * protocol range of tls.createSecureContext(). Methods throw node's ERR_OSSL_* errors
 * on bad PEM input. */
#include "tls_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>

static void nodus__ctx_finalize(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  tls_context_t* c = data;
  if (c->ctx) SSL_CTX_free(c->ctx);
  free(c);
}

/* Clients verify after the handshake (node's rejectUnauthorized decides in JS), so the
 * engine accepts every chain and records the result for SSL_get_verify_result. */
static int nodus__verify_accept(int ok, X509_STORE_CTX* store) {
  (void)ok;
  (void)store;
  return 1;
}

static napi_value nodus__ctx_new(napi_env env, napi_callback_info info) {
  napi_value self;
  TLS_CHECK(napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  tls_context_t* c = calloc(1, sizeof(*c));
  if (!c) return nodus__tls_throw(env, "ERR_MEMORY", "out of memory");
  c->ctx = SSL_CTX_new(TLS_method());
  if (!c->ctx) {
    free(c);
    return nodus__tls_throw_openssl(env, "SSL_CTX_new failed");
  }
  c->env = env;
  SSL_CTX_set_min_proto_version(c->ctx, TLS1_2_VERSION);
  SSL_CTX_set_verify(c->ctx, SSL_VERIFY_NONE, nodus__verify_accept);
  SSL_CTX_set_mode(c->ctx, SSL_MODE_RELEASE_BUFFERS);
  /* Servers asking for client certificates need a session id context to resume. */
  static const unsigned char sid[] = "nodus";
  SSL_CTX_set_session_id_context(c->ctx, sid, sizeof(sid) - 1);
  if (napi_wrap(env, self, c, nodus__ctx_finalize, NULL, NULL) != napi_ok) {
    SSL_CTX_free(c->ctx);
    free(c);
    return NULL;
  }
  return self;
}

tls_context_t* nodus__tls_context_of(napi_env env, napi_value v) {
  void* p = NULL;
  if (napi_unwrap(env, v, &p) != napi_ok || p == NULL) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "not a SecureContext");
    return NULL;
  }
  return p;
}

static tls_context_t* nodus__ctx_args(napi_env env, napi_callback_info info, size_t* argc,
                                      napi_value* argv) {
  napi_value self;
  if (napi_get_cb_info(env, info, argc, argv, &self, NULL) != napi_ok) return NULL;
  return nodus__tls_context_of(env, self);
}

/* A memory BIO over argument `v`; *owned is freed by the caller after use. */
static BIO* nodus__bio_of(napi_env env, napi_value v, char** owned) {
  const uint8_t* data;
  size_t len;
  if (!nodus__tls_bytes(env, v, &data, &len, owned)) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "expected a string or Buffer");
    return NULL;
  }
  return BIO_new_mem_buf(data, (int)len);
}

static int nodus__pass_cb(char* buf, int size, int rwflag, void* u) {
  (void)rwflag;
  const char* pass = u;
  if (!pass) return 0;
  int n = (int)strlen(pass);
  if (n > size) n = size;
  memcpy(buf, pass, n);
  return n;
}

/* setKey(pem, passphrase?) */
static napi_value nodus__ctx_set_key(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  tls_context_t* c = nodus__ctx_args(env, info, &argc, argv);
  if (!c) return NULL;
  char* owned = NULL;
  BIO* bio = nodus__bio_of(env, argv[0], &owned);
  if (!bio) return NULL;
  char pass[1024] = {0};
  char* passp = NULL;
  napi_valuetype t = napi_undefined;
  if (argc > 1) napi_typeof(env, argv[1], &t);
  if (t == napi_string) {
    size_t n;
    napi_get_value_string_utf8(env, argv[1], pass, sizeof(pass), &n);
    passp = pass;
  }
  ERR_clear_error();
  EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, NULL, nodus__pass_cb, passp);
  BIO_free(bio);
  free(owned);
  if (!key) return nodus__tls_throw_openssl(env, "Unsupported private key");
  int ok = SSL_CTX_use_PrivateKey(c->ctx, key);
  EVP_PKEY_free(key);
  if (!ok) return nodus__tls_throw_openssl(env, "SSL_CTX_use_PrivateKey failed");
  return NULL;
}

/* setCert(pem): the first certificate is ours, the rest its chain. */
static napi_value nodus__ctx_set_cert(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  tls_context_t* c = nodus__ctx_args(env, info, &argc, argv);
  if (!c) return NULL;
  char* owned = NULL;
  BIO* bio = nodus__bio_of(env, argv[0], &owned);
  if (!bio) return NULL;
  ERR_clear_error();
  X509* cert = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL);
  if (!cert) {
    BIO_free(bio);
    free(owned);
    return nodus__tls_throw_openssl(env, "Invalid certificate");
  }
  int ok = SSL_CTX_use_certificate(c->ctx, cert);
  X509_free(cert);
  SSL_CTX_clear_chain_certs(c->ctx);
  X509* extra;
  while (ok && (extra = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
    if (!SSL_CTX_add0_chain_cert(c->ctx, extra)) X509_free(extra);
  }
  ERR_clear_error();
  BIO_free(bio);
  free(owned);
  if (!ok) return nodus__tls_throw_openssl(env, "SSL_CTX_use_certificate failed");
  return NULL;
}

/* loadPKCS12(buffer, passphrase?): key, certificate and extra CAs from a PFX. Errors
 * carry OpenSSL's bare reason as their message, as node's do ("mac verify failure"). */
static napi_value nodus__ctx_load_pkcs12(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  tls_context_t* c = nodus__ctx_args(env, info, &argc, argv);
  if (!c) return NULL;
  char* owned = NULL;
  BIO* bio = nodus__bio_of(env, argv[0], &owned);
  if (!bio) return NULL;
  char pass[1024] = {0};
  napi_valuetype t = napi_undefined;
  if (argc > 1) napi_typeof(env, argv[1], &t);
  if (t == napi_string) {
    size_t n;
    napi_get_value_string_utf8(env, argv[1], pass, sizeof(pass), &n);
  }
  ERR_clear_error();
  PKCS12* p12 = d2i_PKCS12_bio(bio, NULL);
  BIO_free(bio);
  free(owned);
  EVP_PKEY* key = NULL;
  X509* cert = NULL;
  STACK_OF(X509)* extra = NULL;
  int ok = p12 && PKCS12_parse(p12, pass, &key, &cert, &extra);
  if (p12) PKCS12_free(p12);
  if (ok && key && cert) ok = SSL_CTX_use_certificate(c->ctx, cert) && SSL_CTX_use_PrivateKey(c->ctx, key);
  if (ok && extra) {
    X509_STORE* store = SSL_CTX_get_cert_store(c->ctx);
    for (int i = 0; i < sk_X509_num(extra); i++) {
      X509* ca = sk_X509_value(extra, i);
      X509_STORE_add_cert(store, ca);
      SSL_CTX_add_client_CA(c->ctx, ca);
      X509_up_ref(ca);
      if (!SSL_CTX_add0_chain_cert(c->ctx, ca)) X509_free(ca);
    }
  }
  EVP_PKEY_free(key);
  X509_free(cert);
  sk_X509_pop_free(extra, X509_free);
  if (!ok) {
    unsigned long e, last = 0;
    while ((e = ERR_get_error()) != 0) last = e;
    const char* reason = last ? ERR_reason_error_string(last) : NULL;
    napi_throw_error(env, NULL, reason ? reason : "Unable to load PFX certificate");
    return NULL;
  }
  ERR_clear_error();
  return NULL;
}

/* addCACert(pem): every certificate in it becomes trusted; like node, text that holds
 * no certificate is ignored. */
static napi_value nodus__ctx_add_ca(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  tls_context_t* c = nodus__ctx_args(env, info, &argc, argv);
  if (!c) return NULL;
  char* owned = NULL;
  BIO* bio = nodus__bio_of(env, argv[0], &owned);
  if (!bio) return NULL;
  X509_STORE* store = SSL_CTX_get_cert_store(c->ctx);
  X509* cert;
  while ((cert = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
    X509_STORE_add_cert(store, cert);
    /* A CA given to a server is also offered to clients as an acceptable issuer. */
    SSL_CTX_add_client_CA(c->ctx, cert);
    X509_free(cert);
  }
  ERR_clear_error();
  BIO_free(bio);
  free(owned);
  return NULL;
}

/* addRootCerts(): the system store plus NODE_EXTRA_CA_CERTS, used when no `ca` is given. */
static napi_value nodus__ctx_add_roots(napi_env env, napi_callback_info info) {
  tls_context_t* c = nodus__ctx_args(env, info, NULL, NULL);
  if (!c) return NULL;
  SSL_CTX_set_default_verify_paths(c->ctx);
  const char* extra = getenv("NODE_EXTRA_CA_CERTS");
  if (extra && *extra) X509_STORE_load_file(SSL_CTX_get_cert_store(c->ctx), extra);
  ERR_clear_error();
  return NULL;
}

static napi_value nodus__ctx_set_ciphers(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  tls_context_t* c = nodus__ctx_args(env, info, &argc, argv);
  if (!c) return NULL;
  char list[4096], suites[4096];
  size_t n;
  if (napi_get_value_string_utf8(env, argv[0], list, sizeof(list), &n) != napi_ok ||
      napi_get_value_string_utf8(env, argv[1], suites, sizeof(suites), &n) != napi_ok)
    return NULL;
  ERR_clear_error();
  /* An empty TLS 1.2 list is allowed when only 1.3 suites are named, as in node. */
  if (!SSL_CTX_set_cipher_list(c->ctx, list[0] ? list : "") && list[0]) {
    return nodus__tls_throw_openssl(env, "Failed to set ciphers");
  }
  ERR_clear_error();
  if (!SSL_CTX_set_ciphersuites(c->ctx, suites))
    return nodus__tls_throw_openssl(env, "Failed to set ciphersuites");
  return NULL;
}

static napi_value nodus__ctx_set_proto(napi_env env, napi_callback_info info, int max) {
  size_t argc = 1;
  napi_value argv[1];
  tls_context_t* c = nodus__ctx_args(env, info, &argc, argv);
  if (!c) return NULL;
  int32_t v = 0;
  napi_get_value_int32(env, argv[0], &v);
  if (max)
    SSL_CTX_set_max_proto_version(c->ctx, v);
  else
    SSL_CTX_set_min_proto_version(c->ctx, v);
  return NULL;
}
static napi_value nodus__ctx_set_min(napi_env env, napi_callback_info info) {
  return nodus__ctx_set_proto(env, info, 0);
}
static napi_value nodus__ctx_set_max(napi_env env, napi_callback_info info) {
  return nodus__ctx_set_proto(env, info, 1);
}

static napi_value nodus__ctx_set_groups(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  tls_context_t* c = nodus__ctx_args(env, info, &argc, argv);
  if (!c) return NULL;
  char groups[1024];
  size_t n;
  if (napi_get_value_string_utf8(env, argv[0], groups, sizeof(groups), &n) != napi_ok) return NULL;
  ERR_clear_error();
  if (!SSL_CTX_set1_groups_list(c->ctx, groups))
    return nodus__tls_throw_openssl(env, "Failed to set ECDH curve");
  return NULL;
}

static napi_value nodus__ctx_set_options(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  tls_context_t* c = nodus__ctx_args(env, info, &argc, argv);
  if (!c) return NULL;
  int64_t v = 0;
  napi_get_value_int64(env, argv[0], &v);
  SSL_CTX_set_options(c->ctx, (uint64_t)v);
  return NULL;
}

/* The PEM of every certificate in the system store: tls.rootCertificates. */
static napi_value nodus__root_certs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value arr;
  TLS_CHECK(napi_create_array(env, &arr));
  X509_STORE* store = X509_STORE_new();
  if (!store) return arr;
  X509_STORE_set_default_paths(store);
  ERR_clear_error();
  STACK_OF(X509_OBJECT)* objs = X509_STORE_get0_objects(store);
  uint32_t k = 0;
  for (int i = 0; i < sk_X509_OBJECT_num(objs); i++) {
    X509* cert = X509_OBJECT_get0_X509(sk_X509_OBJECT_value(objs, i));
    if (!cert) continue;
    BIO* bio = BIO_new(BIO_s_mem());
    if (!bio) break;
    if (PEM_write_bio_X509(bio, cert)) {
      char* p;
      long n = BIO_get_mem_data(bio, &p);
      napi_value s;
      /* node's entries end at the END line, without the newline */
      while (n > 0 && p[n - 1] == '\n') n--;
      if (napi_create_string_utf8(env, p, (size_t)n, &s) == napi_ok) napi_set_element(env, arr, k++, s);
    }
    BIO_free(bio);
  }
  X509_STORE_free(store);
  return arr;
}

/* The names of the ciphers OpenSSL offers by default, lowercase: tls.getCiphers(). */
static napi_value nodus__cipher_names(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value arr;
  TLS_CHECK(napi_create_array(env, &arr));
  SSL_CTX* ctx = SSL_CTX_new(TLS_method());
  SSL* ssl = ctx ? SSL_new(ctx) : NULL;
  if (ssl) {
    STACK_OF(SSL_CIPHER)* list = SSL_get_ciphers(ssl);
    for (int i = 0; i < sk_SSL_CIPHER_num(list); i++) {
      const char* name = SSL_CIPHER_get_name(sk_SSL_CIPHER_value(list, i));
      char lower[128];
      size_t k = 0;
      for (; name[k] && k < sizeof(lower) - 1; k++) lower[k] = (char)tolower((unsigned char)name[k]);
      lower[k] = 0;
      napi_set_element(env, arr, (uint32_t)i, nodus__tls_str(env, lower));
    }
  }
  if (ssl) SSL_free(ssl);
  if (ctx) SSL_CTX_free(ctx);
  ERR_clear_error();
  return arr;
}

napi_status nodus__tls_context_init(napi_env env, napi_value exports) {
  napi_property_descriptor methods[] = {
      {"setKey", NULL, nodus__ctx_set_key, NULL, NULL, NULL, napi_default, NULL},
      {"setCert", NULL, nodus__ctx_set_cert, NULL, NULL, NULL, napi_default, NULL},
      {"addCACert", NULL, nodus__ctx_add_ca, NULL, NULL, NULL, napi_default, NULL},
      {"loadPKCS12", NULL, nodus__ctx_load_pkcs12, NULL, NULL, NULL, napi_default, NULL},
      {"addRootCerts", NULL, nodus__ctx_add_roots, NULL, NULL, NULL, napi_default, NULL},
      {"setCiphers", NULL, nodus__ctx_set_ciphers, NULL, NULL, NULL, napi_default, NULL},
      {"setMinProto", NULL, nodus__ctx_set_min, NULL, NULL, NULL, napi_default, NULL},
      {"setMaxProto", NULL, nodus__ctx_set_max, NULL, NULL, NULL, napi_default, NULL},
      {"setGroups", NULL, nodus__ctx_set_groups, NULL, NULL, NULL, napi_default, NULL},
      {"setOptions", NULL, nodus__ctx_set_options, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_value cls, fn;
  napi_status s = napi_define_class(env, "SecureContext", NAPI_AUTO_LENGTH, nodus__ctx_new, NULL,
                                    sizeof(methods) / sizeof(methods[0]), methods, &cls);
  if (s != napi_ok) return s;
  if ((s = napi_set_named_property(env, exports, "SecureContext", cls)) != napi_ok) return s;
  if ((s = napi_create_function(env, "rootCertificates", NAPI_AUTO_LENGTH, nodus__root_certs,
                                NULL, &fn)) != napi_ok)
    return s;
  if ((s = napi_set_named_property(env, exports, "rootCertificates", fn)) != napi_ok) return s;
  if ((s = napi_create_function(env, "cipherNames", NAPI_AUTO_LENGTH, nodus__cipher_names, NULL,
                                &fn)) != napi_ok)
    return s;
  return napi_set_named_property(env, exports, "cipherNames", fn);
}
