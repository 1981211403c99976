/* An X509 certificate as a plain object in the shape of node's getPeerCertificate(). The
 * JS side turns subject/issuer into null-prototype objects. */
#include "tls_internal.h"

#include <stdio.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

static void nodus__set(napi_env env, napi_value o, const char* k, napi_value v) {
  if (v) napi_set_named_property(env, o, k, v);
}

static napi_value nodus__bio_string(napi_env env, BIO* bio) {
  char* p;
  long n = BIO_get_mem_data(bio, &p);
  napi_value v = NULL;
  napi_create_string_utf8(env, p, n > 0 ? (size_t)n : 0, &v);
  return v;
}

/* {CN: 'x', O: 'y'}; a field given twice becomes an array, as in node. */
static napi_value nodus__name(napi_env env, X509_NAME* name) {
  napi_value o;
  if (napi_create_object(env, &o) != napi_ok) return NULL;
  for (int i = 0; i < X509_NAME_entry_count(name); i++) {
    X509_NAME_ENTRY* e = X509_NAME_get_entry(name, i);
    int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(e));
    char key[80];
    const char* sn = nid != NID_undef ? OBJ_nid2sn(nid) : NULL;
    if (sn)
      snprintf(key, sizeof(key), "%s", sn);
    else
      OBJ_obj2txt(key, sizeof(key), X509_NAME_ENTRY_get_object(e), 1);
    unsigned char* utf8 = NULL;
    int n = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(e));
    if (n < 0) continue;
    napi_value val, prev;
    napi_create_string_utf8(env, (const char*)utf8, (size_t)n, &val);
    OPENSSL_free(utf8);
    bool has = false;
    napi_has_named_property(env, o, key, &has);
    if (has) {
      napi_get_named_property(env, o, key, &prev);
      bool arr = false;
      napi_is_array(env, prev, &arr);
      if (!arr) {
        napi_value a;
        napi_create_array(env, &a);
        napi_set_element(env, a, 0, prev);
        prev = a;
        napi_set_named_property(env, o, key, a);
      }
      uint32_t len;
      napi_get_array_length(env, prev, &len);
      napi_set_element(env, prev, len, val);
    } else {
      napi_set_named_property(env, o, key, val);
    }
  }
  return o;
}

static napi_value nodus__fingerprint(napi_env env, X509* cert, const EVP_MD* md) {
  unsigned char d[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (!X509_digest(cert, md, d, &n)) return NULL;
  char out[EVP_MAX_MD_SIZE * 3 + 1];
  static const char hex[] = "0123456789ABCDEF";
  size_t k = 0;
  for (unsigned int i = 0; i < n; i++) {
    if (i) out[k++] = ':';
    out[k++] = hex[d[i] >> 4];
    out[k++] = hex[d[i] & 15];
  }
  out[k] = 0;
  return nodus__tls_str(env, out);
}

static napi_value nodus__time(napi_env env, const ASN1_TIME* t) {
  BIO* bio = BIO_new(BIO_s_mem());
  if (!bio) return NULL;
  ASN1_TIME_print(bio, t);
  napi_value v = nodus__bio_string(env, bio);
  BIO_free(bio);
  return v;
}

/* subjectaltname: "DNS:a, IP Address:127.0.0.1" as node prints it. */
static napi_value nodus__altnames(napi_env env, X509* cert) {
  int idx = X509_get_ext_by_NID(cert, NID_subject_alt_name, -1);
  if (idx < 0) return NULL;
  X509_EXTENSION* ext = X509_get_ext(cert, idx);
  BIO* bio = BIO_new(BIO_s_mem());
  if (!bio) return NULL;
  napi_value v = NULL;
  if (X509V3_EXT_print(bio, ext, 0, 0) == 1) v = nodus__bio_string(env, bio);
  BIO_free(bio);
  return v;
}

static napi_value nodus__hex_bn(napi_env env, const BIGNUM* bn) {
  char* h = BN_bn2hex(bn);
  if (!h) return NULL;
  napi_value v = nodus__tls_str(env, h);
  OPENSSL_free(h);
  return v;
}

napi_value nodus__tls_cert_object(napi_env env, X509* cert) {
  napi_value o;
  if (napi_create_object(env, &o) != napi_ok) return NULL;
  nodus__set(env, o, "subject", nodus__name(env, X509_get_subject_name(cert)));
  nodus__set(env, o, "issuer", nodus__name(env, X509_get_issuer_name(cert)));
  nodus__set(env, o, "subjectaltname", nodus__altnames(env, cert));
  napi_value b;
  napi_get_boolean(env, X509_check_ca(cert) == 1, &b);
  nodus__set(env, o, "ca", b);

  EVP_PKEY* pkey = X509_get0_pubkey(cert);
  if (pkey && EVP_PKEY_base_id(pkey) == EVP_PKEY_RSA) {
    BIGNUM *n = NULL, *e = NULL;
    if (EVP_PKEY_get_bn_param(pkey, "n", &n) && EVP_PKEY_get_bn_param(pkey, "e", &e)) {
      nodus__set(env, o, "modulus", nodus__hex_bn(env, n));
      napi_value bits;
      napi_create_int32(env, BN_num_bits(n), &bits);
      nodus__set(env, o, "bits", bits);
      char ex[64];
      BN_ULONG w = BN_get_word(e);
      snprintf(ex, sizeof(ex), "0x%lx", (unsigned long)w);
      nodus__set(env, o, "exponent", nodus__tls_str(env, ex));
    }
    BN_free(n);
    BN_free(e);
  } else if (pkey) {
    napi_value bits;
    napi_create_int32(env, EVP_PKEY_get_bits(pkey), &bits);
    nodus__set(env, o, "bits", bits);
  }
  if (pkey) {
    unsigned char* der = NULL;
    int n = i2d_PUBKEY(pkey, &der);
    if (n > 0) {
      void* p;
      napi_value buf;
      if (napi_create_buffer_copy(env, (size_t)n, der, &p, &buf) == napi_ok)
        nodus__set(env, o, "pubkey", buf);
      OPENSSL_free(der);
    }
  }
  nodus__set(env, o, "valid_from", nodus__time(env, X509_get0_notBefore(cert)));
  nodus__set(env, o, "valid_to", nodus__time(env, X509_get0_notAfter(cert)));
  nodus__set(env, o, "fingerprint", nodus__fingerprint(env, cert, EVP_sha1()));
  nodus__set(env, o, "fingerprint256", nodus__fingerprint(env, cert, EVP_sha256()));
  nodus__set(env, o, "fingerprint512", nodus__fingerprint(env, cert, EVP_sha512()));

  BIGNUM* serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), NULL);
  if (serial) {
    nodus__set(env, o, "serialNumber", nodus__hex_bn(env, serial));
    BN_free(serial);
  }
  unsigned char* der = NULL;
  int n = i2d_X509(cert, &der);
  if (n > 0) {
    void* p;
    napi_value buf;
    if (napi_create_buffer_copy(env, (size_t)n, der, &p, &buf) == napi_ok) nodus__set(env, o, "raw", buf);
    OPENSSL_free(der);
  }
  return o;
}
