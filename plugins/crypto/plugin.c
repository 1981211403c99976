/* The crypto plugin's entry point: builds one binding object from each area's init
 * (crypto_internal.h for hashes, HMAC, random, KDFs and ciphers; pkey.h for the
 * asymmetric half). */
#include <openssl/opensslv.h>
#include <nodus/plugin.h>

#include "crypto_internal.h"

/* The asymmetric half may be absent from a build (it lands separately); a weak reference
 * lets the plugin load with or without it. */
napi_status nodus__crypto_pkey_init(napi_env env, napi_value binding) __attribute__((weak));

static napi_value nodus_crypto_init(napi_env env, napi_value exports) {
  napi_status (*const areas[])(napi_env, napi_value) = {
      nodus__crypto_hash_init, nodus__crypto_hmac_init, nodus__crypto_random_init,
      nodus__crypto_kdf_init,  nodus__crypto_cipher_init, nodus__crypto_prime_init,
  };
  for (size_t i = 0; i < sizeof(areas) / sizeof(areas[0]); i++)
    if (areas[i](env, exports) != napi_ok) return NULL;
  if (nodus__crypto_pkey_init != NULL && nodus__crypto_pkey_init(env, exports) != napi_ok)
    return NULL;
  /* X509Certificate hands out public keys, so it needs the asymmetric half. */
  if (nodus__crypto_pkey_init != NULL && nodus__crypto_x509_init(env, exports) != napi_ok)
    return NULL;
  return exports;
}

/* process.versions.openssl: the OpenSSL these headers describe (libssl3's, as node
 * reports the one it was built with). */
static const char* const crypto_versions[] = {"openssl", OPENSSL_VERSION_STR, NULL};

NODUS_PLUGIN_VERSIONS("crypto", "0.1.0", nodus_crypto_init, crypto_versions)
