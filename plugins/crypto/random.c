/* Random bytes from OpenSSL's DRBG: filled in place (randomFillSync, getRandomValues,
 * randomBytes' fresh buffer) on the loop thread, or on the thread pool for the callback
 * forms. */
#include "crypto_internal.h"

#include <stdlib.h>

#include <openssl/err.h>
#include <openssl/rand.h>

/* RAND_bytes takes an int length. */
static int nodus__fill(uint8_t* p, size_t n) {
  while (n > 0) {
    int chunk = n > (1u << 30) ? (1 << 30) : (int)n;
    if (RAND_bytes(p, chunk) != 1) return 0;
    p += chunk;
    n -= (size_t)chunk;
  }
  return 1;
}

/* randomFillSync(view, offset, size): fills bytes [offset, offset+size) of the view's
 * memory (JS checked the bounds). */
static napi_value nodus__random_fill_sync(napi_env env, napi_callback_info info) {
  CR_ARGS(3);
  uint8_t* data;
  size_t len;
  double off = 0, size = 0;
  if (!nodus__crypto_view_arg(env, argv[0], "buf", &data, &len)) return NULL;
  napi_get_value_double(env, argv[1], &off);
  napi_get_value_double(env, argv[2], &size);
  if (off < 0 || size < 0 || off + size > (double)len)
    return nodus__crypto_throw(env, 'R', "ERR_OUT_OF_RANGE", "The value is out of range.");
  if (!nodus__fill(data + (size_t)off, (size_t)size))
    return nodus__crypto_throw_openssl(env, "Random bytes generation failed");
  return NULL;
}

typedef struct {
  nodus__crypto_job_t job;
  uint8_t* data;
  size_t len;
} nodus__random_job_t;

static void nodus__random_run(nodus__crypto_job_t* job) {
  nodus__random_job_t* j = (nodus__random_job_t*)job;
  if (!nodus__fill(j->data, j->len)) {
    job->failed = 1;
    job->nerrs = nodus__crypto_take_errors(job->errs, 8);
  }
}

static napi_value nodus__random_done(napi_env env, nodus__crypto_job_t* job) {
  (void)job;
  napi_value u;
  CR_CHECK(napi_get_undefined(env, &u));
  return u;
}

static void nodus__random_release(nodus__crypto_job_t* job) { free(job); }

/* randomFill(view, offset, size, callback(err)): the view is kept alive until done. */
static napi_value nodus__random_fill(napi_env env, napi_callback_info info) {
  CR_ARGS(4);
  uint8_t* data;
  size_t len;
  double off = 0, size = 0;
  if (!nodus__crypto_view_arg(env, argv[0], "buf", &data, &len)) return NULL;
  napi_get_value_double(env, argv[1], &off);
  napi_get_value_double(env, argv[2], &size);
  if (off < 0 || size < 0 || off + size > (double)len)
    return nodus__crypto_throw(env, 'R', "ERR_OUT_OF_RANGE", "The value is out of range.");
  nodus__random_job_t* j = calloc(1, sizeof(*j));
  if (j == NULL) return nodus__crypto_throw(env, 'E', NULL, "Out of memory");
  j->job.run = nodus__random_run;
  j->job.done = nodus__random_done;
  j->job.release = nodus__random_release;
  j->job.fallback = "Random bytes generation failed";
  j->data = data + (size_t)off;
  j->len = (size_t)size;
  nodus__crypto_job_queue(env, &j->job, argv[3], argv[0]);
  return NULL;
}

napi_status nodus__crypto_random_init(napi_env env, napi_value binding) {
  const napi_property_descriptor props[] = {
      CR_METHOD("randomFillSync", nodus__random_fill_sync),
      CR_METHOD("randomFill", nodus__random_fill),
  };
  return nodus__crypto_define(env, binding, props, sizeof(props) / sizeof(props[0]));
}
