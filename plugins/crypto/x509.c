/* X509Certificate: a certificate parsed once (PEM or DER) into an X509 owned by an
 * external; x509Info reads every string property in one call (JS caches them), the
 * check* and verify methods go straight to OpenSSL's X509_check_* / X509_verify. */
#include "crypto_internal.h"
#include "pkey.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

typedef struct {
  nodus__crypto_handle_t base;
  X509* cert;
} nodus__x509_t;

static void nodus__x509_destroy(void* self) {
  nodus__x509_t* x = self;
  X509_free(x->cert);
  free(x);
}

static X509* nodus__x509_get(napi_env env, napi_value v) {
  nodus__x509_t* x = nodus__crypto_handle_get(env, v, NODUS__KIND_X509);
  return x ? x->cert : NULL;
}

/* x509Parse(bytes) → handle. PEM is tried first; its error is the one reported when the
 * bytes are neither PEM nor DER, as in node. */
static napi_value nodus__x509_parse(napi_env env, napi_callback_info info) {
  CR_ARGS(1);
  uint8_t* data;
  size_t len;
  if (!nodus__crypto_view_arg(env, argv[0], "buffer", &data, &len)) return NULL;
  ERR_clear_error();
  X509* cert = NULL;
  BIO* bio = BIO_new_mem_buf(data, (int)len);
  if (bio != NULL) cert = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL);
  BIO_free(bio);
  if (cert == NULL) {
    unsigned long errs[8];
    int n = nodus__crypto_take_errors(errs, 8);
    const unsigned char* p = data;
    cert = d2i_X509(NULL, &p, (long)len);
    if (cert == NULL) {
      ERR_clear_error();
      napi_value error = nodus__crypto_openssl_error(env, errs, n, "Failed to parse certificate");
      if (error != NULL) napi_throw(env, error);
      return NULL;
    }
  }
  nodus__x509_t* x = malloc(sizeof(*x));
  if (x == NULL) {
    X509_free(cert);
    return nodus__crypto_throw(env, 'E', NULL, "Out of memory");
  }
  x->base.kind = NODUS__KIND_X509;
  x->base.destroy = nodus__x509_destroy;
  x->cert = cert;
  return nodus__crypto_handle_new(env, &x->base);
}

/* What a BIO collected, as a JS string (trailing newlines dropped), or undefined when
 * `ok` is false. */
static napi_value nodus__bio_string(napi_env env, BIO* bio, int ok) {
  napi_value r;
  if (!ok || bio == NULL) {
    napi_get_undefined(env, &r);
    return r;
  }
  char* mem = NULL;
  long n = BIO_get_mem_data(bio, &mem);
  while (n > 0 && mem[n - 1] == '\n') n--;
  if (napi_create_string_utf8(env, mem, (size_t)n, &r) != napi_ok) return NULL;
  return r;
}

/* Names one attribute per line, short names, RFC 2253 escapes, UTF-8 (node's form). */
static const unsigned long kNameFlags = ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL |
                                        ASN1_STRFLGS_UTF8_CONVERT | XN_FLAG_SEP_MULTILINE |
                                        XN_FLAG_FN_SN;

static napi_value nodus__name(napi_env env, const X509_NAME* name) {
  BIO* bio = BIO_new(BIO_s_mem());
  int ok = bio != NULL && X509_NAME_print_ex(bio, name, 0, kNameFlags) >= 0;
  napi_value r = nodus__bio_string(env, bio, ok);
  BIO_free(bio);
  return r;
}

static napi_value nodus__time(napi_env env, const ASN1_TIME* t) {
  BIO* bio = BIO_new(BIO_s_mem());
  int ok = bio != NULL && ASN1_TIME_print(bio, t) == 1;
  napi_value r = nodus__bio_string(env, bio, ok);
  BIO_free(bio);
  return r;
}

/* An extension printed by OpenSSL (subjectAltName, authorityInfoAccess), or undefined. */
static napi_value nodus__ext(napi_env env, X509* cert, int nid) {
  int i = X509_get_ext_by_NID(cert, nid, -1);
  if (i < 0) {
    napi_value u;
    napi_get_undefined(env, &u);
    return u;
  }
  BIO* bio = BIO_new(BIO_s_mem());
  int ok = bio != NULL && X509V3_EXT_print(bio, X509_get_ext(cert, i), 0, 0) == 1;
  napi_value r = nodus__bio_string(env, bio, ok);
  BIO_free(bio);
  return r;
}

static napi_value nodus__fingerprint(napi_env env, X509* cert, const EVP_MD* md) {
  unsigned char buf[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  napi_value r;
  if (md == NULL || X509_digest(cert, md, buf, &n) != 1) {
    napi_get_undefined(env, &r);
    return r;
  }
  static const char hex[] = "0123456789ABCDEF";
  char out[EVP_MAX_MD_SIZE * 3];
  for (unsigned int i = 0; i < n; i++) {
    out[3 * i] = hex[buf[i] >> 4];
    out[3 * i + 1] = hex[buf[i] & 15];
    out[3 * i + 2] = ':';
  }
  if (napi_create_string_latin1(env, out, n ? n * 3 - 1 : 0, &r) != napi_ok) return NULL;
  return r;
}

static napi_value nodus__serial(napi_env env, X509* cert) {
  BIGNUM* bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), NULL);
  char* hex = bn ? BN_bn2hex(bn) : NULL;
  BN_free(bn);
  napi_value r = hex ? nodus__crypto_str(env, hex) : NULL;
  OPENSSL_free(hex);
  if (r == NULL) napi_get_undefined(env, &r);
  return r;
}

/* Extended key usage as numeric OIDs, or undefined without the extension. */
static napi_value nodus__key_usage(napi_env env, X509* cert) {
  napi_value r;
  EXTENDED_KEY_USAGE* eku = X509_get_ext_d2i(cert, NID_ext_key_usage, NULL, NULL);
  if (eku == NULL) {
    napi_get_undefined(env, &r);
    return r;
  }
  int n = sk_ASN1_OBJECT_num(eku);
  if (napi_create_array_with_length(env, (size_t)n, &r) == napi_ok) {
    for (int i = 0; i < n; i++) {
      char oid[256];
      if (OBJ_obj2txt(oid, sizeof(oid), sk_ASN1_OBJECT_value(eku, i), 1) < 0) oid[0] = 0;
      napi_set_element(env, r, (uint32_t)i, nodus__crypto_str(env, oid));
    }
  }
  sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
  return r;
}

static int nodus__put(napi_env env, napi_value obj, const char* key, napi_value v) {
  return v != NULL && napi_set_named_property(env, obj, key, v) == napi_ok;
}

/* x509Info(handle) → { subject, issuer, subjectAltName, infoAccess, validFrom, validTo,
 * fingerprint, fingerprint256, fingerprint512, serialNumber, keyUsage, ca, raw, pem,
 * publicKey (a key handle, or undefined when OpenSSL cannot read the key) }. */
static napi_value nodus__x509_info(napi_env env, napi_callback_info info) {
  CR_ARGS(1);
  X509* cert = nodus__x509_get(env, argv[0]);
  if (cert == NULL) return NULL;
  napi_value o, v;
  CR_CHECK(napi_create_object(env, &o));
  if (!nodus__put(env, o, "subject", nodus__name(env, X509_get_subject_name(cert))) ||
      !nodus__put(env, o, "issuer", nodus__name(env, X509_get_issuer_name(cert))) ||
      !nodus__put(env, o, "subjectAltName", nodus__ext(env, cert, NID_subject_alt_name)) ||
      !nodus__put(env, o, "infoAccess", nodus__ext(env, cert, NID_info_access)) ||
      !nodus__put(env, o, "validFrom", nodus__time(env, X509_get0_notBefore(cert))) ||
      !nodus__put(env, o, "validTo", nodus__time(env, X509_get0_notAfter(cert))) ||
      !nodus__put(env, o, "fingerprint", nodus__fingerprint(env, cert, EVP_sha1())) ||
      !nodus__put(env, o, "fingerprint256", nodus__fingerprint(env, cert, EVP_sha256())) ||
      !nodus__put(env, o, "fingerprint512", nodus__fingerprint(env, cert, EVP_sha512())) ||
      !nodus__put(env, o, "serialNumber", nodus__serial(env, cert)) ||
      !nodus__put(env, o, "keyUsage", nodus__key_usage(env, cert)))
    return NULL;
  CR_CHECK(napi_get_boolean(env, X509_check_ca(cert) == 1, &v));
  if (!nodus__put(env, o, "ca", v)) return NULL;
  unsigned char* der = NULL;
  int n = i2d_X509(cert, &der);
  if (n < 0) return nodus__crypto_throw_openssl(env, "Failed to encode certificate");
  v = nodus__crypto_buffer(env, der, (size_t)n);
  OPENSSL_free(der);
  if (!nodus__put(env, o, "raw", v)) return NULL;
  BIO* bio = BIO_new(BIO_s_mem());
  int ok = bio != NULL && PEM_write_bio_X509(bio, cert) == 1;
  char* mem = NULL;
  long len = ok ? BIO_get_mem_data(bio, &mem) : 0;
  napi_status st = ok ? napi_create_string_latin1(env, mem, (size_t)len, &v) : napi_get_undefined(env, &v);
  BIO_free(bio);
  if (st != napi_ok || !nodus__put(env, o, "pem", v)) return NULL;
  ERR_set_mark();
  EVP_PKEY* pkey = X509_get_pubkey(cert);
  ERR_pop_to_mark();
  if (pkey != NULL) {
    v = nodus__pkey_wrap(env, pkey);
    if (!nodus__put(env, o, "publicKey", v)) return NULL;
  }
  ERR_clear_error();
  return o;
}

static char* nodus__arg_string(napi_env env, napi_value v, size_t* len) {
  if (napi_get_value_string_utf8(env, v, NULL, 0, len) != napi_ok) return NULL;
  char* s = malloc(*len + 1);
  if (s != NULL) napi_get_value_string_utf8(env, v, s, *len + 1, len);
  return s;
}

/* x509CheckHost(handle, name, flags) → the matched name, or undefined. */
static napi_value nodus__x509_check_host(napi_env env, napi_callback_info info) {
  CR_ARGS(3);
  X509* cert = nodus__x509_get(env, argv[0]);
  if (cert == NULL) return NULL;
  uint32_t flags = 0;
  napi_get_value_uint32(env, argv[2], &flags);
  size_t len;
  char* name = nodus__arg_string(env, argv[1], &len);
  if (name == NULL) return nodus__crypto_throw(env, 'E', NULL, "Out of memory");
  char* peer = NULL;
  int rc = X509_check_host(cert, name, len, flags, &peer);
  napi_value r = NULL;
  if (rc == 1)
    r = nodus__crypto_str(env, peer != NULL ? peer : name);
  else if (rc == 0)
    napi_get_undefined(env, &r);
  else /* a name OpenSSL cannot compare, such as one with an embedded NUL */
    nodus__crypto_throw(env, 'T', "ERR_INVALID_ARG_VALUE", "Invalid name");
  OPENSSL_free(peer);
  free(name);
  ERR_clear_error();
  return r;
}

/* x509CheckEmail(handle, email, flags) → email, or undefined. */
static napi_value nodus__x509_check_email(napi_env env, napi_callback_info info) {
  CR_ARGS(3);
  X509* cert = nodus__x509_get(env, argv[0]);
  if (cert == NULL) return NULL;
  uint32_t flags = 0;
  napi_get_value_uint32(env, argv[2], &flags);
  size_t len;
  char* email = nodus__arg_string(env, argv[1], &len);
  if (email == NULL) return nodus__crypto_throw(env, 'E', NULL, "Out of memory");
  int rc = X509_check_email(cert, email, len, flags);
  free(email);
  ERR_clear_error();
  napi_value r;
  if (rc == 1) return argv[1];
  if (rc < 0) return nodus__crypto_throw(env, 'T', "ERR_INVALID_ARG_VALUE", "Invalid name");
  napi_get_undefined(env, &r);
  return r;
}

/* x509CheckIP(handle, ip) → ip, undefined, or null when `ip` is not an address. */
static napi_value nodus__x509_check_ip(napi_env env, napi_callback_info info) {
  CR_ARGS(2);
  X509* cert = nodus__x509_get(env, argv[0]);
  if (cert == NULL) return NULL;
  size_t len;
  char* ip = nodus__arg_string(env, argv[1], &len);
  if (ip == NULL) return nodus__crypto_throw(env, 'E', NULL, "Out of memory");
  int rc = X509_check_ip_asc(cert, ip, 0);
  free(ip);
  ERR_clear_error();
  napi_value r;
  if (rc == 1) return argv[1];
  if (rc == 0)
    napi_get_undefined(env, &r);
  else
    napi_get_null(env, &r);
  return r;
}

/* x509CheckIssued(handle, issuerHandle) → whether issuer issued this certificate. */
static napi_value nodus__x509_check_issued(napi_env env, napi_callback_info info) {
  CR_ARGS(2);
  X509* cert = nodus__x509_get(env, argv[0]);
  X509* issuer = cert ? nodus__x509_get(env, argv[1]) : NULL;
  if (issuer == NULL) return NULL;
  napi_value r;
  CR_CHECK(napi_get_boolean(env, X509_check_issued(issuer, cert) == X509_V_OK, &r));
  ERR_clear_error();
  return r;
}

/* x509CheckPrivateKey(handle, keyHandle) → whether the key matches the certificate's. */
static napi_value nodus__x509_check_private_key(napi_env env, napi_callback_info info) {
  CR_ARGS(2);
  X509* cert = nodus__x509_get(env, argv[0]);
  EVP_PKEY* pkey = cert ? nodus__pkey_unwrap(env, argv[1]) : NULL;
  if (pkey == NULL) return NULL;
  napi_value r;
  CR_CHECK(napi_get_boolean(env, X509_check_private_key(cert, pkey) == 1, &r));
  ERR_clear_error();
  return r;
}

/* x509Verify(handle, keyHandle) → whether the signature verifies with the key. */
static napi_value nodus__x509_verify(napi_env env, napi_callback_info info) {
  CR_ARGS(2);
  X509* cert = nodus__x509_get(env, argv[0]);
  EVP_PKEY* pkey = cert ? nodus__pkey_unwrap(env, argv[1]) : NULL;
  if (pkey == NULL) return NULL;
  napi_value r;
  CR_CHECK(napi_get_boolean(env, X509_verify(cert, pkey) == 1, &r));
  ERR_clear_error();
  return r;
}

/* ---- SPKAC (crypto.Certificate): a base64 signed public key and challenge ---- */

/* The SPKI in `v` (base64, trailing whitespace ignored), or NULL for input OpenSSL cannot
 * read (node answers false / '' then, not an error). *thrown says an exception is pending. */
static NETSCAPE_SPKI* nodus__spkac(napi_env env, napi_value v, int* thrown) {
  uint8_t* data;
  size_t len;
  *thrown = 0;
  if (!nodus__crypto_view_arg(env, v, "spkac", &data, &len)) {
    *thrown = 1;
    return NULL;
  }
  while (len > 0 && (data[len - 1] == '\n' || data[len - 1] == '\r' || data[len - 1] == ' ' ||
                     data[len - 1] == '\t'))
    len--;
  if (len == 0 || len > 0x7fffffff) return NULL;
  NETSCAPE_SPKI* spki = NETSCAPE_SPKI_b64_decode((const char*)data, (int)len);
  ERR_clear_error();
  return spki;
}

static napi_value nodus__empty_string(napi_env env) {
  napi_value r;
  if (napi_create_string_utf8(env, "", 0, &r) != napi_ok) return NULL;
  return r;
}

/* spkacVerify(bytes) → whether the SPKAC is signed by its own key. */
static napi_value nodus__spkac_verify(napi_env env, napi_callback_info info) {
  CR_ARGS(1);
  int thrown;
  NETSCAPE_SPKI* spki = nodus__spkac(env, argv[0], &thrown);
  if (thrown) return NULL;
  int ok = 0;
  if (spki != NULL) {
    EVP_PKEY* pkey = NETSCAPE_SPKI_get_pubkey(spki);
    ok = pkey != NULL && NETSCAPE_SPKI_verify(spki, pkey) > 0;
    EVP_PKEY_free(pkey);
    NETSCAPE_SPKI_free(spki);
  }
  ERR_clear_error();
  napi_value r;
  CR_CHECK(napi_get_boolean(env, ok, &r));
  return r;
}

/* spkacPublicKey(bytes) → the key as a PEM Buffer, or '' when unreadable. */
static napi_value nodus__spkac_public_key(napi_env env, napi_callback_info info) {
  CR_ARGS(1);
  int thrown;
  NETSCAPE_SPKI* spki = nodus__spkac(env, argv[0], &thrown);
  if (thrown) return NULL;
  if (spki == NULL) return nodus__empty_string(env);
  EVP_PKEY* pkey = NETSCAPE_SPKI_get_pubkey(spki);
  NETSCAPE_SPKI_free(spki);
  BIO* bio = pkey ? BIO_new(BIO_s_mem()) : NULL;
  napi_value r = NULL;
  if (bio != NULL && PEM_write_bio_PUBKEY(bio, pkey) == 1) {
    char* mem = NULL;
    long n = BIO_get_mem_data(bio, &mem);
    r = nodus__crypto_buffer(env, mem, (size_t)n);
  } else {
    r = nodus__empty_string(env);
  }
  BIO_free(bio);
  EVP_PKEY_free(pkey);
  ERR_clear_error();
  return r;
}

/* spkacChallenge(bytes) → the challenge as a Buffer, or '' when unreadable. */
static napi_value nodus__spkac_challenge(napi_env env, napi_callback_info info) {
  CR_ARGS(1);
  int thrown;
  NETSCAPE_SPKI* spki = nodus__spkac(env, argv[0], &thrown);
  if (thrown) return NULL;
  if (spki == NULL) return nodus__empty_string(env);
  napi_value r;
  const ASN1_IA5STRING* ch = spki->spkac ? spki->spkac->challenge : NULL;
  if (ch != NULL)
    r = nodus__crypto_buffer(env, ASN1_STRING_get0_data(ch), (size_t)ASN1_STRING_length(ch));
  else
    r = nodus__empty_string(env);
  NETSCAPE_SPKI_free(spki);
  return r;
}

napi_status nodus__crypto_x509_init(napi_env env, napi_value binding) {
  const napi_property_descriptor props[] = {
      CR_METHOD("x509Parse", nodus__x509_parse),
      CR_METHOD("x509Info", nodus__x509_info),
      CR_METHOD("x509CheckHost", nodus__x509_check_host),
      CR_METHOD("x509CheckEmail", nodus__x509_check_email),
      CR_METHOD("x509CheckIP", nodus__x509_check_ip),
      CR_METHOD("x509CheckIssued", nodus__x509_check_issued),
      CR_METHOD("x509CheckPrivateKey", nodus__x509_check_private_key),
      CR_METHOD("x509Verify", nodus__x509_verify),
      CR_METHOD("spkacVerify", nodus__spkac_verify),
      CR_METHOD("spkacPublicKey", nodus__spkac_public_key),
      CR_METHOD("spkacChallenge", nodus__spkac_challenge),
  };
  return nodus__crypto_define(env, binding, props, sizeof(props) / sizeof(props[0]));
}
