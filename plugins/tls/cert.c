/* An X509 certificate as a plain object in the shape of node's getPeerCertificate(). The
 * JS side turns subject/issuer into null-prototype objects. */
#include "tls_internal.h"

#include <stdio.h>
#include <stdlib.h>
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

/* Appends `s` (n bytes) to out, JSON-quoted when it holds anything but the characters
 * node prints bare, so an embedded ", " or NUL cannot forge another name. */
static void nodus__append_name(char** out, size_t* len, size_t* cap, const char* prefix,
                               const unsigned char* s, size_t n, int uri) {
  int safe = 1;
  for (size_t i = 0; i < n && safe; i++) {
    unsigned char ch = s[i];
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
          ch == '-' || ch == '.' || ch == '_' || ch == '*' || ch == '@' || ch == '+' ||
          (uri && (ch == ':' || ch == '/' || ch == '?' || ch == '#' || ch == '=' || ch == '&' ||
                   ch == '%' || ch == '~' || ch == '!' || ch == '$' || ch == ';' || ch == '[' ||
                   ch == ']' || ch == '(' || ch == ')' || ch == '\''))))
      safe = 0;
  }
  size_t need = *len + strlen(prefix) + n * 6 + 8;
  if (need > *cap) {
    size_t c = need * 2;
    char* p = realloc(*out, c);
    if (!p) return;
    *out = p;
    *cap = c;
  }
  char* o = *out + *len;
  if (*len) {
    *o++ = ',';
    *o++ = ' ';
  }
  o += sprintf(o, "%s", prefix);
  if (!safe) *o++ = '"';
  for (size_t i = 0; i < n; i++) {
    unsigned char ch = s[i];
    if (safe) {
      *o++ = (char)ch;
    } else if (ch == '"' || ch == '\\') {
      *o++ = '\\';
      *o++ = (char)ch;
    } else if (ch < 0x20 || ch >= 0x7f) {
      o += sprintf(o, "\\u%04x", ch);
    } else {
      *o++ = (char)ch;
    }
  }
  if (!safe) *o++ = '"';
  *o = 0;
  *len = (size_t)(o - *out);
}

/* subjectaltname: "DNS:a, IP Address:127.0.0.1" as node prints it. */
static napi_value nodus__altnames(napi_env env, X509* cert) {
  GENERAL_NAMES* names = X509_get_ext_d2i(cert, NID_subject_alt_name, NULL, NULL);
  if (!names) return NULL;
  char* out = NULL;
  size_t len = 0, cap = 0;
  for (int i = 0; i < sk_GENERAL_NAME_num(names); i++) {
    GENERAL_NAME* g = sk_GENERAL_NAME_value(names, i);
    if (g->type == GEN_DNS || g->type == GEN_EMAIL || g->type == GEN_URI) {
      ASN1_IA5STRING* str = g->d.ia5;
      const char* prefix = g->type == GEN_DNS ? "DNS:" : g->type == GEN_EMAIL ? "email:" : "URI:";
      nodus__append_name(&out, &len, &cap, prefix, ASN1_STRING_get0_data(str),
                         (size_t)ASN1_STRING_length(str), g->type == GEN_URI);
    } else if (g->type == GEN_IPADD) {
      const unsigned char* ip = ASN1_STRING_get0_data(g->d.ip);
      int n = ASN1_STRING_length(g->d.ip);
      char buf[64];
      if (n == 4) {
        snprintf(buf, sizeof(buf), "%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3]);
      } else if (n == 16) {
        int k = 0;
        for (int j = 0; j < 16; j += 2)
          k += snprintf(buf + k, sizeof(buf) - k, j ? ":%X" : "%X", (ip[j] << 8) | ip[j + 1]);
      } else {
        snprintf(buf, sizeof(buf), "<invalid>");
      }
      nodus__append_name(&out, &len, &cap, "IP Address:", (const unsigned char*)buf, strlen(buf), 1);
    } else if (g->type == GEN_DIRNAME) {
      char buf[512];
      X509_NAME_oneline(g->d.dirn, buf, sizeof(buf));
      nodus__append_name(&out, &len, &cap, "DirName:", (const unsigned char*)buf, strlen(buf), 1);
    } else if (g->type == GEN_RID) {
      char buf[128];
      OBJ_obj2txt(buf, sizeof(buf), g->d.rid, 1);
      nodus__append_name(&out, &len, &cap, "Registered ID:", (const unsigned char*)buf, strlen(buf), 1);
    } else if (g->type == GEN_OTHERNAME) {
      nodus__append_name(&out, &len, &cap, "othername:", (const unsigned char*)"<unsupported>", 13, 1);
    }
  }
  GENERAL_NAMES_free(names);
  napi_value v = NULL;
  if (out) {
    v = nodus__tls_str(env, out);
    free(out);
  } else {
    v = nodus__tls_str(env, "");
  }
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
