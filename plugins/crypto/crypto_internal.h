/* Shared helpers of the crypto plugin's symmetric half (hash.c, hmac.c, random.c, kdf.c,
 * cipher.c) and the per-area init functions plugin.c assembles the binding from.
 *
 * Errors: every function that can fail leaves a pending JS exception and returns NULL
 * (napi_value) or 0 (int). OpenSSL failures become node's error shape: message
 * "error:XXXXXXXX:<library>::<reason>", `library`, `reason`, `code` ERR_OSSL_*.
 *
 * Threads: everything here runs on the loop thread except a job's `run`, which runs on
 * libuv's thread pool and must not touch napi_env. */
#ifndef NODUS_CRYPTO_INTERNAL_H
#define NODUS_CRYPTO_INTERNAL_H

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

#include <node_api.h>

#define CR_CHECK(call)                  \
  do {                                  \
    if ((call) != napi_ok) return NULL; \
  } while (0)

/* Reads up to `n` arguments into argv; missing ones are undefined. */
#define CR_ARGS(n)                                                 \
  size_t argc = (n);                                               \
  napi_value argv[(n) > 0 ? (n) : 1];                              \
  CR_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));  \
  for (size_t i_ = argc; i_ < (n); i_++) napi_get_undefined(env, &argv[i_])

/* Throws an Error ('E'), TypeError ('T') or RangeError ('R') with `code` (may be NULL). */
napi_value nodus__crypto_throw(napi_env env, char kind, const char* code, const char* message);
/* Moves OpenSSL's error queue (oldest first) into errs; returns how many it kept. */
int nodus__crypto_take_errors(unsigned long* errs, int max);
/* node's error for saved OpenSSL codes (the oldest names the cause; the rest go to
 * `opensslErrorStack`), or a plain Error(fallback) when there are none. */
napi_value nodus__crypto_openssl_error(napi_env env, const unsigned long* errs, int n,
                                       const char* fallback);
/* Throws the error for the current thread's OpenSSL queue and clears it. */
napi_value nodus__crypto_throw_openssl(napi_env env, const char* fallback);

/* The bytes of a Buffer / TypedArray / DataView / ArrayBuffer without copying (valid
 * while the value is alive and not detached). Returns 0, without throwing, for others. */
int nodus__crypto_view(napi_env env, napi_value v, uint8_t** data, size_t* len);
/* Like nodus__crypto_view but throws ERR_INVALID_ARG_TYPE naming `name` on failure. */
int nodus__crypto_view_arg(napi_env env, napi_value v, const char* name, uint8_t** data,
                           size_t* len);
/* A new Buffer holding a copy of data. */
napi_value nodus__crypto_buffer(napi_env env, const void* data, size_t len);
napi_value nodus__crypto_str(napi_env env, const char* s);
/* A malloc'd UTF-8 copy of a string value, or NULL (no exception) for anything else. */
char* nodus__crypto_cstring(napi_env env, napi_value v);
int nodus__crypto_is_nullish(napi_env env, napi_value v);
/* A digest by node's names ("sha256", "RSA-SHA256", "SHA-256"): fetched once and cached
 * for the life of the process (borrowed; never free it). NULL if unknown. */
const struct evp_md_st* nodus__crypto_md(const char* name);

/* Native objects handed to JS as externals. Each starts with a nodus__crypto_handle_t;
 * the plugin keeps the set of live ones, so a value that merely looks like a handle (an
 * external from elsewhere, or one of another kind) is refused instead of dereferenced.
 * Cheaper than a type tag, which costs a private-property write per object. */
typedef struct {
  int kind;
  void (*destroy)(void* self); /* frees the object; runs when the external is collected */
} nodus__crypto_handle_t;
enum { NODUS__KIND_HASH = 1, NODUS__KIND_HMAC, NODUS__KIND_CIPHER, NODUS__KIND_X509 };
/* Wraps obj (ownership passes to the external, even on failure: then obj is destroyed). */
napi_value nodus__crypto_handle_new(napi_env env, nodus__crypto_handle_t* obj);
/* The object behind `v` if it is a live handle of `kind`, else NULL with a TypeError. */
void* nodus__crypto_handle_get(napi_env env, napi_value v, int kind);

/* Work for the thread pool. A job is allocated by its area with this struct first.
 * `run` does the computation off the loop (no Node-API there) and records failure in
 * errs/nerrs (nodus__crypto_take_errors) or by setting `failed`; `done` builds the
 * result on the loop thread; `release` frees the job. The callback is called as
 * callback(err) or callback(null, result). */
typedef struct nodus__crypto_job_s nodus__crypto_job_t;
struct nodus__crypto_job_s {
  void (*run)(nodus__crypto_job_t* job);
  napi_value (*done)(napi_env env, nodus__crypto_job_t* job);
  void (*release)(nodus__crypto_job_t* job);
  const char* fallback; /* message when failed with an empty OpenSSL queue */
  int failed;
  int nerrs;
  unsigned long errs[8];
  /* Owned by the job machinery. */
  napi_async_work work;
  napi_ref callback;
  napi_ref keep; /* keeps input/output buffers alive while the pool uses them */
};
/* Queues `job`; `keep` (may be NULL) is held until the job completes. On failure the job
 * is released and an exception is pending. */
int nodus__crypto_job_queue(napi_env env, nodus__crypto_job_t* job, napi_value callback,
                            napi_value keep);

/* Feeds data (string: UTF-8; or any ArrayBufferView / ArrayBuffer, read in place) to
 * fn(ctx, bytes, len); returns fn's result, -1 if the value could not be read. */
int nodus__crypto_update_data(napi_env env, napi_value v,
                              int (*fn)(void* ctx, const void* d, size_t n), void* ctx);
/* A digest as a new Buffer or, with hex, a lowercase hex string. */
napi_value nodus__crypto_digest_value(napi_env env, const uint8_t* md, size_t len, bool hex);
/* Sorted names of the digests (ciphers=0) or ciphers (1) the providers can fetch. */
napi_value nodus__crypto_name_list(napi_env env, int ciphers);

/* Per-area registration into the binding (plugin.c calls them in order). */
napi_status nodus__crypto_hash_init(napi_env env, napi_value binding);
napi_status nodus__crypto_hmac_init(napi_env env, napi_value binding);
napi_status nodus__crypto_random_init(napi_env env, napi_value binding);
napi_status nodus__crypto_kdf_init(napi_env env, napi_value binding);
napi_status nodus__crypto_cipher_init(napi_env env, napi_value binding);
napi_status nodus__crypto_prime_init(napi_env env, napi_value binding);
napi_status nodus__crypto_x509_init(napi_env env, napi_value binding);

/* Adds `count` methods to binding. */
napi_status nodus__crypto_define(napi_env env, napi_value binding,
                                 const napi_property_descriptor* props, size_t count);
#define CR_METHOD(name, fn) {name, NULL, fn, NULL, NULL, NULL, napi_default, NULL}

#endif
