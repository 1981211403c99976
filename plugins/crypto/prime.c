/* generatePrime / checkPrime on OpenSSL's BIGNUM primality routines. Numbers cross the
 * boundary as big-endian bytes; the JS side (prime.js) validates options, converts
 * bigints and checks add/rem against the size. Both run on the thread pool when given a
 * callback: generating a 2048-bit safe prime takes seconds. */
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include "crypto_internal.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/err.h>

typedef struct {
  nodus__crypto_job_t job;
  int bits, safe;
  BIGNUM* add; /* NULL: no congruence asked for */
  BIGNUM* rem; /* NULL: OpenSSL's default remainder */
  BIGNUM* candidate;
  int checks;
  int result; /* checkPrime: 1 prime, 0 composite */
  unsigned char* out;
  size_t out_len;
} nodus__prime_t;

static void nodus__prime_free(nodus__prime_t* p) {
  BN_free(p->add);
  BN_free(p->rem);
  BN_free(p->candidate);
  free(p->out);
  free(p);
}

static void nodus__prime_release(nodus__crypto_job_t* job) {
  nodus__prime_free((nodus__prime_t*)job);
}

/* Reads an optional big-endian byte string (nullish → *out stays NULL). */
static int nodus__bn_arg(napi_env env, napi_value v, const char* name, BIGNUM** out) {
  *out = NULL;
  if (nodus__crypto_is_nullish(env, v)) return 1;
  uint8_t* data;
  size_t len;
  if (!nodus__crypto_view_arg(env, v, name, &data, &len)) return 0;
  *out = BN_bin2bn(data, (int)len, NULL);
  if (*out == NULL) {
    nodus__crypto_throw(env, 'E', NULL, "Out of memory");
    return 0;
  }
  return 1;
}

static int nodus__prime_generate(nodus__prime_t* p) {
  BIGNUM* r = BN_new();
  BN_CTX* ctx = BN_CTX_new(); /* required: BN_generate_prime_ex2 does not make its own */
  int ok = r != NULL && ctx != NULL &&
           BN_generate_prime_ex2(r, p->bits, p->safe, p->add, p->rem, NULL, ctx) == 1;
  BN_CTX_free(ctx);
  if (!ok) {
    BN_free(r);
    return 0;
  }
  p->out_len = (size_t)BN_num_bytes(r);
  p->out = malloc(p->out_len ? p->out_len : 1);
  if (p->out == NULL) {
    BN_free(r);
    return 0;
  }
  BN_bn2bin(r, p->out);
  BN_free(r);
  return 1;
}

/* The candidate is prime with probability at least 1 - 4^-checks; 0 checks lets OpenSSL
 * pick the rounds for the size, as in node. BN_check_prime has no rounds argument, hence
 * the deprecated (still shipped) BN_is_prime_ex. */
static int nodus__prime_check(nodus__prime_t* p) {
  BN_CTX* ctx = BN_CTX_new();
  if (ctx == NULL) return 0;
  int r = BN_is_prime_ex(p->candidate, p->checks, ctx, NULL);
  BN_CTX_free(ctx);
  if (r < 0) return 0;
  p->result = r;
  return 1;
}

static void nodus__prime_run(nodus__crypto_job_t* job) {
  nodus__prime_t* p = (nodus__prime_t*)job;
  int ok = p->candidate != NULL ? nodus__prime_check(p) : nodus__prime_generate(p);
  if (!ok) {
    job->failed = 1;
    job->nerrs = nodus__crypto_take_errors(job->errs, 8);
  }
}

static napi_value nodus__prime_result(napi_env env, nodus__prime_t* p) {
  napi_value r;
  if (p->candidate != NULL) {
    CR_CHECK(napi_get_boolean(env, p->result == 1, &r));
    return r;
  }
  void* dst;
  CR_CHECK(napi_create_arraybuffer(env, p->out_len, &dst, &r));
  if (p->out_len) memcpy(dst, p->out, p->out_len);
  return r;
}

static napi_value nodus__prime_done(napi_env env, nodus__crypto_job_t* job) {
  return nodus__prime_result(env, (nodus__prime_t*)job);
}

/* node reports these failures (bits too small) as a bare Error carrying OpenSSL's
 * message, without the code/library/reason its other OpenSSL errors have. */
static napi_value nodus__prime_plain_error(napi_env env, const unsigned long* errs, int n) {
  char buf[256] = "Prime operation failed";
  if (n > 0) ERR_error_string_n(errs[0], buf, sizeof(buf));
  napi_value msg, error;
  CR_CHECK(napi_create_string_utf8(env, buf, NAPI_AUTO_LENGTH, &msg));
  CR_CHECK(napi_create_error(env, NULL, msg, &error));
  return error;
}

/* Runs p now (no callback: returns the result or throws) or queues it; owns p. The async
 * error goes through the job machinery, which returns node's OpenSSL error shape; the
 * callback's caller (prime.js) strips it back to node's bare Error. */
static napi_value nodus__prime_start(napi_env env, nodus__prime_t* p, napi_value callback) {
  p->job.fallback = "Prime operation failed";
  if (nodus__crypto_is_nullish(env, callback)) {
    nodus__prime_run(&p->job);
    napi_value r;
    if (p->job.failed) {
      napi_value error = nodus__prime_plain_error(env, p->job.errs, p->job.nerrs);
      if (error != NULL) napi_throw(env, error);
      r = NULL;
    } else {
      r = nodus__prime_result(env, p);
    }
    nodus__prime_free(p);
    return r;
  }
  p->job.run = nodus__prime_run;
  p->job.done = nodus__prime_done;
  p->job.release = nodus__prime_release;
  nodus__crypto_job_queue(env, &p->job, callback, NULL);
  return NULL;
}

/* generatePrime(bits, safe, add|null, rem|null[, callback]) → ArrayBuffer | undefined */
static napi_value nodus__generate_prime(napi_env env, napi_callback_info info) {
  CR_ARGS(5);
  nodus__prime_t* p = calloc(1, sizeof(*p));
  if (p == NULL) return nodus__crypto_throw(env, 'E', NULL, "Out of memory");
  int32_t bits = 0;
  bool safe = false;
  napi_get_value_int32(env, argv[0], &bits);
  napi_get_value_bool(env, argv[1], &safe);
  p->bits = bits;
  p->safe = safe;
  if (!nodus__bn_arg(env, argv[2], "add", &p->add) ||
      !nodus__bn_arg(env, argv[3], "rem", &p->rem)) {
    nodus__prime_free(p);
    return NULL;
  }
  return nodus__prime_start(env, p, argv[4]);
}

/* checkPrime(candidate: bytes, checks[, callback]) → bool | undefined */
static napi_value nodus__check_prime(napi_env env, napi_callback_info info) {
  CR_ARGS(3);
  nodus__prime_t* p = calloc(1, sizeof(*p));
  if (p == NULL) return nodus__crypto_throw(env, 'E', NULL, "Out of memory");
  int32_t checks = 0;
  napi_get_value_int32(env, argv[1], &checks);
  p->checks = checks;
  uint8_t* data;
  size_t len;
  if (!nodus__crypto_view_arg(env, argv[0], "candidate", &data, &len)) {
    nodus__prime_free(p);
    return NULL;
  }
  p->candidate = BN_bin2bn(data, (int)len, NULL);
  if (p->candidate == NULL) {
    nodus__prime_free(p);
    return nodus__crypto_throw(env, 'E', NULL, "Out of memory");
  }
  return nodus__prime_start(env, p, argv[2]);
}

napi_status nodus__crypto_prime_init(napi_env env, napi_value binding) {
  const napi_property_descriptor props[] = {
      CR_METHOD("generatePrime", nodus__generate_prime),
      CR_METHOD("checkPrime", nodus__check_prime),
  };
  return nodus__crypto_define(env, binding, props, sizeof(props) / sizeof(props[0]));
}
