/* Asymmetric keys: parse (PEM/DER, encrypted PKCS#8 and legacy PEM), export, describe,
 * compare, and the raw components behind JWK and WebCrypto's raw format. KeyObject itself
 * lives in internal/crypto/keys.js; this file only moves EVP_PKEYs in and out. */
#include "pkey.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/encoder.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

/* OpenSSL's PEM layer asks for a passphrase through this callback; with none given it
 * must fail rather than prompt on the terminal (node's "interrupted or cancelled"). */
typedef struct {
  const uint8_t* data;
  size_t len;
  int given;
} nodus__pass_t;

static int nodus__pass_cb(char* buf, int size, int rwflag, void* u) {
  (void)rwflag;
  nodus__pass_t* p = u;
  if (p == NULL || !p->given) return -1;
  if ((size_t)size < p->len) return -1;
  memcpy(buf, p->data, p->len);
  return (int)p->len;
}

static int nodus__has(const uint8_t* d, size_t n, const char* needle) {
  size_t m = strlen(needle);
  for (size_t i = 0; i + m <= n; i++)
    if (memcmp(d + i, needle, m) == 0) return 1;
  return 0;
}

static EVP_PKEY* nodus__decode(const uint8_t* data, size_t len, int pem, const char* structure,
                                const char* keytype, int selection, const nodus__pass_t* pass) {
  EVP_PKEY* pkey = NULL;
  OSSL_DECODER_CTX* dctx = OSSL_DECODER_CTX_new_for_pkey(&pkey, pem ? "PEM" : "DER", structure,
                                                         keytype, selection, NULL, NULL);
  if (dctx == NULL) return NULL;
  OSSL_DECODER_CTX_set_pem_password_cb(dctx, nodus__pass_cb, (void*)pass);
  const unsigned char* p = data;
  size_t left = len;
  if (OSSL_DECODER_from_data(dctx, &p, &left) != 1) {
    EVP_PKEY_free(pkey);
    pkey = NULL;
  }
  OSSL_DECODER_CTX_free(dctx);
  return pkey;
}

static const uint8_t* nodus__find_key_block(const uint8_t* d, size_t n, int want_private) {
  static const char begin[] = "-----BEGIN ";
  for (size_t i = 0; i + sizeof(begin) - 1 <= n; i++) {
    if (memcmp(d + i, begin, sizeof(begin) - 1) != 0) continue;
    size_t j = i + sizeof(begin) - 1;
    size_t end = j;
    while (end < n && d[end] != '\n') end++;
    size_t line = end - j;
#define NODUS_HAS(label) nodus__has(d + j, line, label)
    if (NODUS_HAS("PRIVATE KEY-----") ||
        (!want_private && (NODUS_HAS("PUBLIC KEY-----") || NODUS_HAS("CERTIFICATE-----"))))
      return d + i;
#undef NODUS_HAS
  }
  return NULL;
}

/* DER with its type given: the structure-specific readers, whose errors name what is wrong
 * (node's ERR_OSSL_ASN1_WRONG_TAG for garbage) where the generic decoder says "unsupported". */
static EVP_PKEY* nodus__parse_der(const uint8_t* data, size_t len, const char* type,
                                  int want_private, const nodus__pass_t* pass, int* is_private) {
  const unsigned char* p = data;
  EVP_PKEY* pkey = NULL;
  *is_private = 1;
  if (strcmp(type, "pkcs8") == 0) {
    /* The decoder handles plain and encrypted PKCS#8; when it fails, the ASN.1 readers
     * run again only to leave their more precise errors (unless the data was encrypted,
     * where the decoder's bad-decrypt / no-passphrase errors are the right ones). */
    ERR_set_mark();
    pkey = nodus__decode(data, len, 0, NULL, NULL, EVP_PKEY_KEYPAIR, pass);
    if (pkey != NULL) {
      ERR_clear_last_mark();
    } else {
      X509_SIG* sig = d2i_X509_SIG(NULL, &p, (long)len);
      if (sig != NULL) {
        X509_SIG_free(sig);
        ERR_clear_last_mark();
        if (!pass->given) *is_private = -1; /* encrypted, and no passphrase to try */
      } else {
        ERR_pop_to_mark();
        p = data;
        PKCS8_PRIV_KEY_INFO_free(d2i_PKCS8_PRIV_KEY_INFO(NULL, &p, (long)len));
      }
    }
  } else if (strcmp(type, "spki") == 0) {
    *is_private = 0;
    pkey = d2i_PUBKEY(NULL, &p, (long)len);
  } else if (strcmp(type, "sec1") == 0) {
    pkey = d2i_PrivateKey(EVP_PKEY_EC, NULL, &p, (long)len);
  } else if (strcmp(type, "pkcs1") == 0) {
    if (want_private) {
      pkey = d2i_PrivateKey(EVP_PKEY_RSA, NULL, &p, (long)len);
    } else {
      /* A public KeyObject may come from an RSAPublicKey or an RSAPrivateKey. */
      pkey = d2i_PublicKey(EVP_PKEY_RSA, NULL, &p, (long)len);
      *is_private = 0;
      if (pkey == NULL) {
        ERR_clear_error();
        p = data;
        pkey = d2i_PrivateKey(EVP_PKEY_RSA, NULL, &p, (long)len);
        *is_private = 1;
      }
    }
  }
  return pkey;
}

/* keyParse(data, format 'pem'|'der', type|null, passphrase|undefined, wantPrivate)
 *   → [handle, isPrivate] */
static napi_value nodus__key_parse(napi_env env, napi_callback_info info) {
  PK_ARGS(5);
  const uint8_t* data;
  size_t len;
  uint8_t* owned;
  if (!nodus__pkey_bytes(env, argv[0], "key", &data, &len, &owned)) return NULL;
  char* format = nodus__pkey_string(env, argv[1]);
  char* type = nodus__pkey_string(env, argv[2]);
  nodus__pass_t pass = {NULL, 0, 0};
  uint8_t* pass_owned = NULL;
  if (!nodus__pkey_is_nullish(env, argv[3])) {
    if (!nodus__pkey_bytes(env, argv[3], "passphrase", &pass.data, &pass.len, &pass_owned)) {
      free(owned), free(format), free(type);
      return NULL;
    }
    pass.given = 1;
  }
  bool want_private = false;
  napi_get_value_bool(env, argv[4], &want_private);
  int pem = format == NULL || strcmp(format, "pem") == 0;

  EVP_PKEY* pkey = NULL;
  int is_private = 0;
  ERR_clear_error();
  /* A PEM file may hold other blocks first ("EC PARAMETERS" before "EC PRIVATE KEY"):
   * start at the first block that is a key. */
  if (pem) {
    const uint8_t* start = nodus__find_key_block(data, len, want_private);
    if (start != NULL) len -= (size_t)(start - data), data = start;
  }
  if (pem && !want_private && nodus__has(data, len, "-----BEGIN CERTIFICATE-----")) {
    BIO* bio = BIO_new_mem_buf(data, (int)len);
    X509* x = bio ? PEM_read_bio_X509(bio, NULL, NULL, NULL) : NULL;
    if (x) pkey = X509_get_pubkey(x);
    X509_free(x);
    BIO_free(bio);
  } else if (pem && !want_private && nodus__has(data, len, "-----BEGIN PUBLIC KEY-----")) {
    /* The SubjectPublicKeyInfo reader reports what is wrong inside (ASN.1 errors, as
     * node shows them) where the generic decoder only says "unsupported". */
    BIO* bio = BIO_new_mem_buf(data, (int)len);
    unsigned char* der = NULL;
    long der_len = 0;
    if (bio && PEM_bytes_read_bio(&der, &der_len, NULL, PEM_STRING_PUBLIC, bio, NULL, NULL) == 1) {
      const unsigned char* p = der;
      pkey = d2i_PUBKEY(NULL, &p, der_len);
    }
    OPENSSL_free(der);
    BIO_free(bio);
  } else if (len == 0) {
    /* The decoder rejects empty input as a null parameter; node reports it unsupported. */
    ERR_raise(ERR_LIB_OSSL_DECODER, ERR_R_UNSUPPORTED);
  } else if (!pem && type != NULL) {
    pkey = nodus__parse_der(data, len, type, want_private, &pass, &is_private);
    if (pkey == NULL && is_private == -1) {
      free(owned), free(format), free(type), free(pass_owned);
      ERR_clear_error();
      return nodus__pkey_throw(env, 'T', "ERR_MISSING_PASSPHRASE",
                               "Passphrase required for encrypted key");
    }
  } else {
    const char* structure = NULL;
    const char* keytype = NULL;
    if (!pem && type != NULL) {
      if (strcmp(type, "pkcs1") == 0) structure = "type-specific", keytype = "RSA";
      else if (strcmp(type, "sec1") == 0) structure = "type-specific", keytype = "EC";
      else if (strcmp(type, "spki") == 0) structure = "SubjectPublicKeyInfo";
      else if (strcmp(type, "pkcs8") == 0) structure = NULL;
    }
    /* Private first: a private key is a valid source for a public KeyObject too. */
    int selections[2] = {EVP_PKEY_KEYPAIR, EVP_PKEY_PUBLIC_KEY};
    int tries = want_private ? 1 : 2;
    if (!want_private && !pem && type != NULL && (strcmp(type, "spki") == 0 ||
                                                  (strcmp(type, "pkcs1") == 0)))
      selections[0] = EVP_PKEY_PUBLIC_KEY, tries = 1;
    if (!want_private && pem && !nodus__has(data, len, "PRIVATE KEY-----"))
      selections[0] = EVP_PKEY_PUBLIC_KEY, tries = 1;
    for (int i = 0; i < tries && pkey == NULL; i++) {
      if (i > 0) ERR_clear_error();
      pkey = nodus__decode(data, len, pem, structure, keytype, selections[i], &pass);
      if (pkey != NULL) is_private = selections[i] == EVP_PKEY_KEYPAIR;
    }
  }
  free(owned), free(format), free(type), free(pass_owned);
  if (pkey == NULL) return nodus__pkey_throw_openssl(env, "Failed to read asymmetric key");
  ERR_clear_error();
  napi_value result, h, b;
  PK_CHECK(napi_create_array_with_length(env, 2, &result));
  if ((h = nodus__pkey_wrap(env, pkey)) == NULL) return NULL;
  napi_set_element(env, result, 0, h);
  napi_get_boolean(env, is_private, &b);
  napi_set_element(env, result, 1, b);
  return result;
}

/* keyExport(handle, isPrivate, format 'pem'|'der', type, cipher|null, passphrase|null)
 *   → string (PEM) or Buffer (DER) */
static napi_value nodus__key_export(napi_env env, napi_callback_info info) {
  PK_ARGS(6);
  EVP_PKEY* pkey = nodus__pkey_unwrap(env, argv[0]);
  if (pkey == NULL) return NULL;
  bool is_private = false;
  napi_get_value_bool(env, argv[1], &is_private);
  char* format = nodus__pkey_string(env, argv[2]);
  char* type = nodus__pkey_string(env, argv[3]);
  char* cipher_name = nodus__pkey_string(env, argv[4]);
  napi_value result = NULL;
  EVP_CIPHER* cipher = NULL;
  const uint8_t* pass = NULL;
  size_t pass_len = 0;
  uint8_t* pass_owned = NULL;
  int pem = format == NULL || strcmp(format, "pem") == 0;
  const char* structure;
  if (is_private)
    structure = (type && strcmp(type, "pkcs8") == 0) ? "PrivateKeyInfo" : "type-specific";
  else
    structure = (type && strcmp(type, "pkcs1") == 0) ? "type-specific" : "SubjectPublicKeyInfo";

  if (cipher_name != NULL) {
    ERR_set_mark();
    cipher = EVP_CIPHER_fetch(NULL, cipher_name, NULL);
    ERR_pop_to_mark();
    if (cipher == NULL) {
      nodus__pkey_throw(env, 'E', "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
      goto done;
    }
    if (!nodus__pkey_bytes(env, argv[5], "passphrase", &pass, &pass_len, &pass_owned)) goto done;
  }
  ERR_clear_error();
  if (cipher != NULL && pem && is_private && strcmp(structure, "type-specific") == 0) {
    /* Legacy encrypted PEM (Proc-Type/DEK-Info): written directly, since the encoder
     * refuses an empty passphrase there (node accepts one). A non-NULL passphrase is
     * always passed, so OpenSSL never prompts. */
    BIO* bio = BIO_new(BIO_s_mem());
    if (bio == NULL || PEM_write_bio_PrivateKey_traditional(
                           bio, pkey, cipher, pass_len ? (unsigned char*)pass : (unsigned char*)"",
                           (int)pass_len, NULL, NULL) != 1) {
      BIO_free(bio);
      nodus__pkey_throw_openssl(env, "Failed to encode key");
      goto done;
    }
    char* mem = NULL;
    long mem_len = BIO_get_mem_data(bio, &mem);
    napi_create_string_utf8(env, mem, (size_t)mem_len, &result);
    BIO_free(bio);
    goto done;
  }
  OSSL_ENCODER_CTX* ectx = OSSL_ENCODER_CTX_new_for_pkey(
      pkey, is_private ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, pem ? "PEM" : "DER",
      structure, NULL);
  if (ectx == NULL || OSSL_ENCODER_CTX_get_num_encoders(ectx) == 0) {
    OSSL_ENCODER_CTX_free(ectx);
    nodus__pkey_throw_openssl(env, "Failed to encode key");
    goto done;
  }
  if (cipher != NULL) {
    OSSL_ENCODER_CTX_set_cipher(ectx, EVP_CIPHER_get0_name(cipher), NULL);
    /* An empty passphrase is still a passphrase (a NULL pointer is refused). */
    OSSL_ENCODER_CTX_set_passphrase(ectx, pass_len ? pass : (const unsigned char*)"", pass_len);
  }
  unsigned char* out = NULL;
  size_t out_len = 0;
  if (OSSL_ENCODER_to_data(ectx, &out, &out_len) != 1) {
    OSSL_ENCODER_CTX_free(ectx);
    nodus__pkey_throw_openssl(env, "Failed to encode key");
    goto done;
  }
  OSSL_ENCODER_CTX_free(ectx);
  if (pem)
    napi_create_string_utf8(env, (const char*)out, out_len, &result);
  else
    result = nodus__pkey_buffer(env, out, out_len);
  OPENSSL_free(out);
done:
  EVP_CIPHER_free(cipher);
  free(format), free(type), free(cipher_name), free(pass_owned);
  return result;
}

static napi_value nodus__bn_bigint(napi_env env, const BIGNUM* bn) {
  /* A public exponent can be any size; napi takes little-endian 64-bit words. */
  int bytes = BN_num_bytes(bn);
  size_t words = bytes == 0 ? 1 : (size_t)(bytes + 7) / 8;
  uint64_t* w = calloc(words, 8);
  unsigned char* be = malloc(words * 8);
  napi_value v = NULL;
  if (w && be && BN_bn2binpad(bn, be, (int)(words * 8)) > 0) {
    for (size_t i = 0; i < words; i++) {
      uint64_t x = 0;
      for (int j = 0; j < 8; j++) x = (x << 8) | be[(words - 1 - i) * 8 + j];
      w[i] = x;
    }
    napi_create_bigint_words(env, 0, words, w, &v);
  }
  free(w), free(be);
  return v;
}

static void nodus__lower(char* s) {
  for (; *s; s++)
    if (*s >= 'A' && *s <= 'Z') *s = (char)(*s - 'A' + 'a');
}

/* Node's names for PSS parameters' digests ('sha256', not OpenSSL's 'SHA2-256'). */
static void nodus__md_node_name(const char* in, char* out, size_t n) {
  EVP_MD* md = nodus__pkey_md(in);
  const char* name = in;
  if (md) {
    int nid = EVP_MD_get_type(md);
    const char* sn = OBJ_nid2sn(nid);
    if (sn) name = sn;
  }
  snprintf(out, n, "%s", name);
  nodus__lower(out);
  EVP_MD_free(md);
}

/* The RSASSA-PSS-params in an RSA-PSS key's SubjectPublicKeyInfo (RFC 4055: absent fields
 * mean SHA-1, MGF1 with SHA-1, salt 20). Returns 0 for an unrestricted key. */
static int nodus__pss_params(EVP_PKEY* pkey, char* hash, char* mgf1, size_t n, int* salt) {
  unsigned char* der = NULL;
  int der_len = i2d_PUBKEY(pkey, &der);
  int found = 0;
  if (der_len <= 0) return 0;
  const unsigned char* p = der;
  X509_PUBKEY* xpk = d2i_X509_PUBKEY(NULL, &p, der_len);
  X509_ALGOR* alg = NULL;
  if (xpk && X509_PUBKEY_get0_param(NULL, NULL, NULL, &alg, xpk) == 1 && alg) {
    const ASN1_OBJECT* obj;
    int ptype;
    const void* pval;
    X509_ALGOR_get0(&obj, &ptype, &pval, alg);
    if (ptype == V_ASN1_SEQUENCE) {
      const ASN1_STRING* seq = pval;
      const unsigned char* q = ASN1_STRING_get0_data(seq);
      RSA_PSS_PARAMS* pss = d2i_RSA_PSS_PARAMS(NULL, &q, ASN1_STRING_length(seq));
      if (pss) {
        found = 1;
        snprintf(hash, n, "%s", pss->hashAlgorithm ?
                 OBJ_nid2sn(OBJ_obj2nid(pss->hashAlgorithm->algorithm)) : "sha1");
        snprintf(mgf1, n, "%s", pss->maskHash ?
                 OBJ_nid2sn(OBJ_obj2nid(pss->maskHash->algorithm)) : "sha1");
        *salt = pss->saltLength ? (int)ASN1_INTEGER_get(pss->saltLength) : 20;
        RSA_PSS_PARAMS_free(pss);
      }
    }
  }
  X509_PUBKEY_free(xpk);
  OPENSSL_free(der);
  ERR_clear_error();
  return found;
}

/* keyInfo(handle) → { type, modulusLength, publicExponent, namedCurve, … } */
static napi_value nodus__key_info(napi_env env, napi_callback_info info) {
  PK_ARGS(1);
  EVP_PKEY* pkey = nodus__pkey_unwrap(env, argv[0]);
  if (pkey == NULL) return NULL;
  napi_value obj;
  PK_CHECK(napi_create_object(env, &obj));
  const char* type = nodus__pkey_type_name(pkey);
  nodus__pkey_set(env, obj, "type", type ? nodus__pkey_str(env, type) : NULL);
  napi_value v;
  napi_create_int32(env, EVP_PKEY_get_bits(pkey), &v);
  nodus__pkey_set(env, obj, "bits", v);
  if (type == NULL) return obj;
  if (strcmp(type, "rsa") == 0 || strcmp(type, "rsa-pss") == 0) {
    napi_create_int32(env, EVP_PKEY_get_bits(pkey), &v);
    nodus__pkey_set(env, obj, "modulusLength", v);
    BIGNUM* e = NULL;
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_E, &e) == 1) {
      nodus__pkey_set(env, obj, "publicExponent", nodus__bn_bigint(env, e));
      BN_free(e);
    }
    char name[64], out[64];
    char mgf1[64];
    int salt_len = 0;
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_RSA_DIGEST, name, sizeof(name),
                                       NULL) != 1 &&
        nodus__pss_params(pkey, name, mgf1, sizeof(name), &salt_len)) {
      /* Parameters that spell out the defaults: OpenSSL has no digest param to report. */
      nodus__md_node_name(name, out, sizeof(out));
      nodus__pkey_set(env, obj, "hashAlgorithm", nodus__pkey_str(env, out));
      nodus__md_node_name(mgf1, out, sizeof(out));
      nodus__pkey_set(env, obj, "mgf1HashAlgorithm", nodus__pkey_str(env, out));
      napi_create_int32(env, salt_len, &v);
      nodus__pkey_set(env, obj, "saltLength", v);
    } else if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_RSA_DIGEST, name, sizeof(name),
                                              NULL) == 1) {
      nodus__md_node_name(name, out, sizeof(out));
      nodus__pkey_set(env, obj, "hashAlgorithm", nodus__pkey_str(env, out));
      if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_RSA_MGF1_DIGEST, name,
                                         sizeof(name), NULL) == 1) {
        nodus__md_node_name(name, out, sizeof(out));
        nodus__pkey_set(env, obj, "mgf1HashAlgorithm", nodus__pkey_str(env, out));
      }
      int salt;
      if (EVP_PKEY_get_int_param(pkey, OSSL_PKEY_PARAM_RSA_PSS_SALTLEN, &salt) == 1) {
        napi_create_int32(env, salt, &v);
        nodus__pkey_set(env, obj, "saltLength", v);
      }
    }
  } else if (strcmp(type, "ec") == 0) {
    char name[64];
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof(name),
                                       NULL) == 1)
      nodus__pkey_set(env, obj, "namedCurve", nodus__pkey_str(env, name));
  } else if (strcmp(type, "dsa") == 0) {
    napi_create_int32(env, EVP_PKEY_get_bits(pkey), &v);
    nodus__pkey_set(env, obj, "modulusLength", v);
    BIGNUM* q = NULL;
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_FFC_Q, &q) == 1) {
      napi_create_int32(env, BN_num_bits(q), &v);
      nodus__pkey_set(env, obj, "divisorLength", v);
      BN_free(q);
    }
  }
  ERR_clear_error();
  return obj;
}

static napi_value nodus__key_equals(napi_env env, napi_callback_info info) {
  PK_ARGS(2);
  EVP_PKEY* a = nodus__pkey_unwrap(env, argv[0]);
  if (a == NULL) return NULL;
  EVP_PKEY* b = nodus__pkey_unwrap(env, argv[1]);
  if (b == NULL) return NULL;
  napi_value r;
  napi_get_boolean(env, EVP_PKEY_eq(a, b) == 1, &r);
  ERR_clear_error();
  return r;
}

static int nodus__put_bn(napi_env env, napi_value obj, EVP_PKEY* pkey, const char* param,
                         const char* key, int pad) {
  BIGNUM* bn = NULL;
  if (EVP_PKEY_get_bn_param(pkey, param, &bn) != 1) return 0;
  int n = BN_num_bytes(bn);
  if (pad < n) pad = n;
  unsigned char* buf = malloc(pad > 0 ? pad : 1);
  int ok = 0;
  if (buf && BN_bn2binpad(bn, buf, pad) >= 0)
    ok = nodus__pkey_set(env, obj, key, nodus__pkey_buffer(env, buf, pad));
  free(buf);
  BN_free(bn);
  return ok;
}

/* keyComponents(handle, isPrivate) → { kty, crv?, n,e,d,p,q,dp,dq,qi | x,y,d | x,d } as
 * Buffers (big-endian, EC coordinates padded to the field size as JWK requires). */
static napi_value nodus__key_components(napi_env env, napi_callback_info info) {
  PK_ARGS(2);
  EVP_PKEY* pkey = nodus__pkey_unwrap(env, argv[0]);
  if (pkey == NULL) return NULL;
  bool priv = false;
  napi_get_value_bool(env, argv[1], &priv);
  napi_value obj;
  PK_CHECK(napi_create_object(env, &obj));
  const char* type = nodus__pkey_type_name(pkey);
  if (type == NULL) return obj;
  if (strcmp(type, "rsa") == 0 || strcmp(type, "rsa-pss") == 0) {
    nodus__pkey_set(env, obj, "kty", nodus__pkey_str(env, "RSA"));
    nodus__put_bn(env, obj, pkey, OSSL_PKEY_PARAM_RSA_N, "n", 0);
    nodus__put_bn(env, obj, pkey, OSSL_PKEY_PARAM_RSA_E, "e", 0);
    if (priv) {
      nodus__put_bn(env, obj, pkey, OSSL_PKEY_PARAM_RSA_D, "d", 0);
      nodus__put_bn(env, obj, pkey, OSSL_PKEY_PARAM_RSA_FACTOR1, "p", 0);
      nodus__put_bn(env, obj, pkey, OSSL_PKEY_PARAM_RSA_FACTOR2, "q", 0);
      nodus__put_bn(env, obj, pkey, OSSL_PKEY_PARAM_RSA_EXPONENT1, "dp", 0);
      nodus__put_bn(env, obj, pkey, OSSL_PKEY_PARAM_RSA_EXPONENT2, "dq", 0);
      nodus__put_bn(env, obj, pkey, OSSL_PKEY_PARAM_RSA_COEFFICIENT1, "qi", 0);
    }
  } else if (strcmp(type, "ec") == 0) {
    char name[64] = "";
    EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof(name), NULL);
    nodus__pkey_set(env, obj, "kty", nodus__pkey_str(env, "EC"));
    nodus__pkey_set(env, obj, "curve", nodus__pkey_str(env, name));
    int field = (EVP_PKEY_get_bits(pkey) + 7) / 8;
    nodus__put_bn(env, obj, pkey, OSSL_PKEY_PARAM_EC_PUB_X, "x", field);
    nodus__put_bn(env, obj, pkey, OSSL_PKEY_PARAM_EC_PUB_Y, "y", field);
    if (priv) nodus__put_bn(env, obj, pkey, OSSL_PKEY_PARAM_PRIV_KEY, "d", field);
  } else if (strcmp(type, "ed25519") == 0 || strcmp(type, "ed448") == 0 ||
             strcmp(type, "x25519") == 0 || strcmp(type, "x448") == 0) {
    nodus__pkey_set(env, obj, "kty", nodus__pkey_str(env, "OKP"));
    unsigned char buf[64];
    size_t n = sizeof(buf);
    if (EVP_PKEY_get_raw_public_key(pkey, buf, &n) == 1)
      nodus__pkey_set(env, obj, "x", nodus__pkey_buffer(env, buf, n));
    n = sizeof(buf);
    if (priv && EVP_PKEY_get_raw_private_key(pkey, buf, &n) == 1)
      nodus__pkey_set(env, obj, "d", nodus__pkey_buffer(env, buf, n));
  } else {
    nodus__pkey_set(env, obj, "kty", nodus__pkey_str(env, type));
  }
  ERR_clear_error();
  return obj;
}

static BIGNUM* nodus__get_bn(napi_env env, napi_value obj, const char* key) {
  napi_value v;
  bool has = false;
  if (napi_has_named_property(env, obj, key, &has) != napi_ok || !has) return NULL;
  if (napi_get_named_property(env, obj, key, &v) != napi_ok) return NULL;
  const uint8_t* d;
  size_t n;
  uint8_t* owned;
  bool is = false;
  if (napi_is_buffer(env, v, &is) != napi_ok || !is) return NULL;
  if (!nodus__pkey_bytes(env, v, key, &d, &n, &owned)) return NULL;
  BIGNUM* bn = BN_bin2bn(d, (int)n, NULL);
  free(owned);
  return bn;
}

static int nodus__get_raw(napi_env env, napi_value obj, const char* key, const uint8_t** d,
                          size_t* n) {
  napi_value v;
  bool has = false, is = false;
  uint8_t* owned;
  if (napi_has_named_property(env, obj, key, &has) != napi_ok || !has) return 0;
  if (napi_get_named_property(env, obj, key, &v) != napi_ok) return 0;
  if (napi_is_buffer(env, v, &is) != napi_ok || !is) return 0;
  return nodus__pkey_bytes(env, v, key, d, n, &owned);
}

static EVP_PKEY* nodus__fromdata(const char* name, OSSL_PARAM_BLD* bld, int selection) {
  OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(bld);
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(NULL, name, NULL);
  EVP_PKEY* pkey = NULL;
  if (params == NULL || ctx == NULL || EVP_PKEY_fromdata_init(ctx) != 1 ||
      EVP_PKEY_fromdata(ctx, &pkey, selection, params) != 1)
    pkey = NULL;
  EVP_PKEY_CTX_free(ctx);
  OSSL_PARAM_free(params);
  return pkey;
}

const char* nodus__pkey_curve_name(const char* name) {
  if (name == NULL) return NULL;
  int nid = EC_curve_nist2nid(name);
  if (nid == NID_undef) nid = OBJ_sn2nid(name);
  if (nid == NID_undef) nid = OBJ_ln2nid(name);
  if (nid == NID_undef) return NULL;
  EC_GROUP* g = EC_GROUP_new_by_curve_name(nid);
  ERR_clear_error();
  if (g == NULL) return NULL;
  EC_GROUP_free(g);
  return OBJ_nid2sn(nid);
}

/* keyFromComponents(kty, curve|null, comps, isPrivate) → handle. The JS side has checked
 * the JWK's shape; what is left to fail here is the math (ERR_CRYPTO_INVALID_JWK). */
static napi_value nodus__key_from_components(napi_env env, napi_callback_info info) {
  PK_ARGS(4);
  char* kty = nodus__pkey_string(env, argv[0]);
  char* crv = nodus__pkey_string(env, argv[1]);
  bool priv = false;
  napi_get_value_bool(env, argv[3], &priv);
  EVP_PKEY* pkey = NULL;
  OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
  BIGNUM* bns[8] = {0};
  if (kty && bld && strcmp(kty, "RSA") == 0) {
    static const char* keys[8] = {"n", "e", "d", "p", "q", "dp", "dq", "qi"};
    static const char* params[8] = {
        OSSL_PKEY_PARAM_RSA_N, OSSL_PKEY_PARAM_RSA_E, OSSL_PKEY_PARAM_RSA_D,
        OSSL_PKEY_PARAM_RSA_FACTOR1, OSSL_PKEY_PARAM_RSA_FACTOR2,
        OSSL_PKEY_PARAM_RSA_EXPONENT1, OSSL_PKEY_PARAM_RSA_EXPONENT2,
        OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
    int count = priv ? 8 : 2;
    int ok = 1;
    for (int i = 0; i < count; i++) {
      bns[i] = nodus__get_bn(env, argv[2], keys[i]);
      if (bns[i] == NULL) {
        if (i < 3) ok = 0;
        continue;
      }
      OSSL_PARAM_BLD_push_BN(bld, params[i], bns[i]);
    }
    if (ok) pkey = nodus__fromdata("RSA", bld, priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY);
  } else if (kty && bld && strcmp(kty, "EC") == 0) {
    const char* curve = nodus__pkey_curve_name(crv);
    const uint8_t *x, *y;
    size_t xn, yn;
    if (curve && nodus__get_raw(env, argv[2], "x", &x, &xn) &&
        nodus__get_raw(env, argv[2], "y", &y, &yn) && xn == yn && xn <= 66) {
      unsigned char point[1 + 2 * 66];
      point[0] = 4;
      memcpy(point + 1, x, xn);
      memcpy(point + 1 + xn, y, yn);
      OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, curve, 0);
      OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point, 1 + xn + yn);
      if (priv) {
        bns[0] = nodus__get_bn(env, argv[2], "d");
        if (bns[0]) OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PRIV_KEY, bns[0]);
      }
      if (!priv || bns[0])
        pkey = nodus__fromdata("EC", bld, priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY);
      /* fromdata takes any point; a point off the curve is invalid key data. */
      if (pkey) {
        EVP_PKEY_CTX* c = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
        if (c == NULL || EVP_PKEY_public_check(c) != 1) EVP_PKEY_free(pkey), pkey = NULL;
        EVP_PKEY_CTX_free(c);
      }
    }
  } else if (kty && strcmp(kty, "OKP") == 0 && crv) {
    const uint8_t* d;
    size_t n;
    const char* name = strcmp(crv, "Ed25519") == 0 ? "ED25519"
                       : strcmp(crv, "Ed448") == 0 ? "ED448"
                       : strcmp(crv, "X25519") == 0 ? "X25519"
                       : strcmp(crv, "X448") == 0 ? "X448" : NULL;
    if (name && priv && nodus__get_raw(env, argv[2], "d", &d, &n))
      pkey = EVP_PKEY_new_raw_private_key_ex(NULL, name, NULL, d, n);
    else if (name && !priv && nodus__get_raw(env, argv[2], "x", &d, &n))
      pkey = EVP_PKEY_new_raw_public_key_ex(NULL, name, NULL, d, n);
  }
  for (int i = 0; i < 8; i++) BN_clear_free(bns[i]);
  OSSL_PARAM_BLD_free(bld);
  free(kty), free(crv);
  ERR_clear_error();
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (pending) {
    EVP_PKEY_free(pkey);
    return NULL;
  }
  if (pkey == NULL)
    return nodus__pkey_throw(env, 'T', "ERR_CRYPTO_INVALID_JWK", "Invalid JWK data");
  return nodus__pkey_wrap(env, pkey);
}

/* keyRawPublic(handle, compressed) → Buffer: the EC point or the OKP public bytes. */
static napi_value nodus__key_raw_public(napi_env env, napi_callback_info info) {
  PK_ARGS(2);
  EVP_PKEY* pkey = nodus__pkey_unwrap(env, argv[0]);
  if (pkey == NULL) return NULL;
  bool compressed = false;
  napi_get_value_bool(env, argv[1], &compressed);
  unsigned char buf[200];
  size_t n = sizeof(buf);
  if (EVP_PKEY_get_base_id(pkey) == EVP_PKEY_EC) {
    char name[64];
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof(name),
                                       NULL) != 1 ||
        EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_PUB_KEY, buf, sizeof(buf), &n) != 1)
      return nodus__pkey_throw_openssl(env, "Failed to get public key");
    EC_GROUP* g = EC_GROUP_new_by_curve_name(OBJ_sn2nid(name));
    EC_POINT* pt = g ? EC_POINT_new(g) : NULL;
    if (pt && EC_POINT_oct2point(g, pt, buf, n, NULL) == 1)
      n = EC_POINT_point2oct(g, pt,
                             compressed ? POINT_CONVERSION_COMPRESSED
                                        : POINT_CONVERSION_UNCOMPRESSED,
                             buf, sizeof(buf), NULL);
    EC_POINT_free(pt);
    EC_GROUP_free(g);
  } else if (EVP_PKEY_get_raw_public_key(pkey, buf, &n) != 1) {
    return nodus__pkey_throw_openssl(env, "Failed to get public key");
  }
  ERR_clear_error();
  return nodus__pkey_buffer(env, buf, n);
}

/* keyFromRawPublic(type 'ec'|'ed25519'|…, curve|null, bytes) → handle or null (bad data). */
static napi_value nodus__key_from_raw_public(napi_env env, napi_callback_info info) {
  PK_ARGS(3);
  char* type = nodus__pkey_string(env, argv[0]);
  char* crv = nodus__pkey_string(env, argv[1]);
  const uint8_t* d;
  size_t n;
  uint8_t* owned = NULL;
  EVP_PKEY* pkey = NULL;
  if (type && nodus__pkey_bytes(env, argv[2], "keyData", &d, &n, &owned)) {
    if (strcmp(type, "ec") == 0) {
      const char* curve = nodus__pkey_curve_name(crv);
      OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
      if (curve && bld) {
        OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, curve, 0);
        OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, d, n);
        pkey = nodus__fromdata("EC", bld, EVP_PKEY_PUBLIC_KEY);
      }
      OSSL_PARAM_BLD_free(bld);
    } else {
      const char* name = strcmp(type, "ed25519") == 0 ? "ED25519"
                         : strcmp(type, "ed448") == 0 ? "ED448"
                         : strcmp(type, "x25519") == 0 ? "X25519"
                         : strcmp(type, "x448") == 0 ? "X448" : NULL;
      if (name) pkey = EVP_PKEY_new_raw_public_key_ex(NULL, name, NULL, d, n);
    }
  }
  free(type), free(crv), free(owned);
  ERR_clear_error();
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (pending) return NULL;
  if (pkey == NULL) {
    napi_value nul;
    napi_get_null(env, &nul);
    return nul;
  }
  return nodus__pkey_wrap(env, pkey);
}

/* keyCheck(handle) → whether OpenSSL's full consistency check passes (for a private EC
 * key: the scalar lies in [1, order-1] and matches its public point). WebCrypto refuses
 * such keys on import where KeyObjects accept them. */
static napi_value nodus__key_check(napi_env env, napi_callback_info info) {
  PK_ARGS(1);
  EVP_PKEY* pkey = nodus__pkey_unwrap(env, argv[0]);
  if (pkey == NULL) return NULL;
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
  bool ok = ctx != NULL && EVP_PKEY_check(ctx) == 1;
  EVP_PKEY_CTX_free(ctx);
  ERR_clear_error();
  napi_value result;
  napi_get_boolean(env, ok, &result);
  return result;
}

napi_status nodus__crypto_keys_init(napi_env env, napi_value binding) {
  napi_property_descriptor props[] = {
      {"keyParse", NULL, nodus__key_parse, NULL, NULL, NULL, napi_default, NULL},
      {"keyExport", NULL, nodus__key_export, NULL, NULL, NULL, napi_default, NULL},
      {"keyInfo", NULL, nodus__key_info, NULL, NULL, NULL, napi_default, NULL},
      {"keyEquals", NULL, nodus__key_equals, NULL, NULL, NULL, napi_default, NULL},
      {"keyComponents", NULL, nodus__key_components, NULL, NULL, NULL, napi_default, NULL},
      {"keyFromComponents", NULL, nodus__key_from_components, NULL, NULL, NULL, napi_default,
       NULL},
      {"keyRawPublic", NULL, nodus__key_raw_public, NULL, NULL, NULL, napi_default, NULL},
      {"keyFromRawPublic", NULL, nodus__key_from_raw_public, NULL, NULL, NULL, napi_default,
       NULL},
      {"keyCheck", NULL, nodus__key_check, NULL, NULL, NULL, napi_default, NULL},
  };
  return napi_define_properties(env, binding, sizeof(props) / sizeof(props[0]), props);
}
