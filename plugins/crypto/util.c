/* Helpers shared by the symmetric half of the crypto plugin; see crypto_internal.h. */
#include "crypto_internal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/evp.h>

napi_value nodus__crypto_throw(napi_env env, char kind, const char* code, const char* message) {
  if (kind == 'T')
    napi_throw_type_error(env, code, message);
  else if (kind == 'R')
    napi_throw_range_error(env, code, message);
  else
    napi_throw_error(env, code, message);
  return NULL;
}

napi_value nodus__crypto_str(napi_env env, const char* s) {
  napi_value v;
  if (napi_create_string_utf8(env, s, NAPI_AUTO_LENGTH, &v) != napi_ok) return NULL;
  return v;
}

/* Node names the code after the reason, prefixed with the library for OpenSSL's classic
 * libraries; the 3.0 providers' reasons (bad decrypt, wrong final block length) are bare. */
static const char* nodus__lib_prefix(int lib) {
  switch (lib) {
    case ERR_LIB_BN: return "BN_";
    case ERR_LIB_RSA: return "RSA_";
    case ERR_LIB_DH: return "DH_";
    case ERR_LIB_EVP: return "EVP_";
    case ERR_LIB_BUF: return "BUF_";
    case ERR_LIB_OBJ: return "OBJ_";
    case ERR_LIB_PEM: return "PEM_";
    case ERR_LIB_DSA: return "DSA_";
    case ERR_LIB_X509: return "X509_";
    case ERR_LIB_ASN1: return "ASN1_";
    case ERR_LIB_CONF: return "CONF_";
    case ERR_LIB_CRYPTO: return "CRYPTO_";
    case ERR_LIB_EC: return "EC_";
    case ERR_LIB_SSL: return "SSL_";
    case ERR_LIB_BIO: return "BIO_";
    case ERR_LIB_PKCS7: return "PKCS7_";
    case ERR_LIB_X509V3: return "X509V3_";
    case ERR_LIB_PKCS12: return "PKCS12_";
    case ERR_LIB_RAND: return "RAND_";
    case ERR_LIB_ENGINE: return "ENGINE_";
    case ERR_LIB_OCSP: return "OCSP_";
    case ERR_LIB_UI: return "UI_";
    default: return "";
  }
}

int nodus__crypto_take_errors(unsigned long* errs, int max) {
  int n = 0;
  unsigned long e;
  while ((e = ERR_get_error()) != 0)
    if (n < max) errs[n++] = e;
  return n;
}

static int nodus__set(napi_env env, napi_value obj, const char* key, napi_value v) {
  return v != NULL && napi_set_named_property(env, obj, key, v) == napi_ok;
}

napi_value nodus__crypto_openssl_error(napi_env env, const unsigned long* errs, int n,
                                       const char* fallback) {
  napi_value msg, error;
  char buf[256];
  if (n == 0) {
    CR_CHECK(napi_create_string_utf8(env, fallback, NAPI_AUTO_LENGTH, &msg));
    CR_CHECK(napi_create_error(env, NULL, msg, &error));
    return error;
  }
  unsigned long main = errs[0];
  ERR_error_string_n(main, buf, sizeof(buf));
  CR_CHECK(napi_create_string_utf8(env, buf, NAPI_AUTO_LENGTH, &msg));
  CR_CHECK(napi_create_error(env, NULL, msg, &error));
  if (n > 1) {
    napi_value stack;
    CR_CHECK(napi_create_array_with_length(env, n - 1, &stack));
    for (int i = 1; i < n; i++) {
      ERR_error_string_n(errs[i], buf, sizeof(buf));
      napi_set_element(env, stack, i - 1, nodus__crypto_str(env, buf));
    }
    napi_set_named_property(env, error, "opensslErrorStack", stack);
  }
  const char* lib = ERR_lib_error_string(main);
  const char* reason = ERR_reason_error_string(main);
  if (lib) nodus__set(env, error, "library", nodus__crypto_str(env, lib));
  if (reason) {
    nodus__set(env, error, "reason", nodus__crypto_str(env, reason));
    char code[160];
    int k = snprintf(code, sizeof(code), "ERR_OSSL_%s", nodus__lib_prefix(ERR_GET_LIB(main)));
    for (const char* p = reason; *p && k < (int)sizeof(code) - 1; p++)
      code[k++] = isalnum((unsigned char)*p) ? (char)toupper((unsigned char)*p) : '_';
    code[k] = 0;
    nodus__set(env, error, "code", nodus__crypto_str(env, code));
  }
  return error;
}

napi_value nodus__crypto_throw_openssl(napi_env env, const char* fallback) {
  unsigned long errs[16];
  int n = nodus__crypto_take_errors(errs, 16);
  napi_value error = nodus__crypto_openssl_error(env, errs, n, fallback);
  if (error) napi_throw(env, error);
  return NULL;
}

int nodus__crypto_view(napi_env env, napi_value v, uint8_t** data, size_t* len) {
  bool is = false;
  void* p = NULL;
  napi_value ab;
  size_t offset;
  if (napi_is_typedarray(env, v, &is) == napi_ok && is) {
    napi_typedarray_type type;
    size_t length;
    if (napi_get_typedarray_info(env, v, &type, &length, &p, &ab, &offset) != napi_ok) return 0;
    size_t width = 1;
    switch (type) {
      case napi_int16_array: case napi_uint16_array: width = 2; break;
      case napi_int32_array: case napi_uint32_array: case napi_float32_array: width = 4; break;
      case napi_float64_array: case napi_bigint64_array: case napi_biguint64_array:
        width = 8;
        break;
      default: break;
    }
    *data = p;
    *len = length * width;
    return 1;
  }
  if (napi_is_dataview(env, v, &is) == napi_ok && is) {
    if (napi_get_dataview_info(env, v, len, &p, &ab, &offset) != napi_ok) return 0;
    *data = p;
    return 1;
  }
  if (napi_is_arraybuffer(env, v, &is) == napi_ok && is) {
    if (napi_get_arraybuffer_info(env, v, &p, len) != napi_ok) return 0;
    *data = p;
    return 1;
  }
  return 0;
}

int nodus__crypto_view_arg(napi_env env, napi_value v, const char* name, uint8_t** data,
                           size_t* len) {
  if (nodus__crypto_view(env, v, data, len)) return 1;
  char msg[200];
  snprintf(msg, sizeof(msg),
           "The \"%s\" argument must be an instance of Buffer, TypedArray, or DataView.", name);
  napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", msg);
  return 0;
}

napi_value nodus__crypto_buffer(napi_env env, const void* data, size_t len) {
  napi_value buf;
  void* dst;
  if (napi_create_buffer_copy(env, len, data, &dst, &buf) != napi_ok) return NULL;
  return buf;
}

int nodus__crypto_is_nullish(napi_env env, napi_value v) {
  napi_valuetype t;
  return napi_typeof(env, v, &t) != napi_ok || t == napi_undefined || t == napi_null;
}

char* nodus__crypto_cstring(napi_env env, napi_value v) {
  napi_valuetype t;
  size_t n;
  if (napi_typeof(env, v, &t) != napi_ok || t != napi_string) return NULL;
  if (napi_get_value_string_utf8(env, v, NULL, 0, &n) != napi_ok) return NULL;
  char* s = malloc(n + 1);
  if (s == NULL) return NULL;
  napi_get_value_string_utf8(env, v, s, n + 1, &n);
  return s;
}

/* Fetching an EVP_MD takes the provider store's lock and a name lookup; hashing many
 * small messages would pay that each time, so each name is fetched once. Loop thread
 * only (the thread pool gets the EVP_MD pointer, never the cache). */
typedef struct {
  char* name;
  EVP_MD* md;
} nodus__md_entry;
static _Thread_local nodus__md_entry* nodus__md_cache;
static _Thread_local size_t nodus__md_count, nodus__md_cap;

const struct evp_md_st* nodus__crypto_md(const char* name) {
  if (name == NULL) return NULL;
  for (size_t i = 0; i < nodus__md_count; i++)
    if (strcmp(nodus__md_cache[i].name, name) == 0) return nodus__md_cache[i].md;
  ERR_set_mark();
  EVP_MD* md = NULL;
  /* Node resolves names through OpenSSL's object table first (it knows "RSA-SHA256",
   * "sha256WithRSAEncryption", case-insensitive aliases), then the providers. */
  const EVP_MD* legacy = EVP_get_digestbyname(name);
  if (legacy) md = EVP_MD_fetch(NULL, EVP_MD_get0_name(legacy), NULL);
  if (md == NULL) md = EVP_MD_fetch(NULL, name, NULL);
  ERR_pop_to_mark();
  if (md == NULL) return NULL;
  if (nodus__md_count == nodus__md_cap) {
    size_t cap = nodus__md_cap ? nodus__md_cap * 2 : 16;
    nodus__md_entry* grown = realloc(nodus__md_cache, cap * sizeof(*grown));
    if (grown == NULL) return md; /* leaks one EVP_MD rather than fail the hash */
    nodus__md_cache = grown;
    nodus__md_cap = cap;
  }
  char* copy = strdup(name);
  if (copy == NULL) return md;
  nodus__md_cache[nodus__md_count].name = copy;
  nodus__md_cache[nodus__md_count].md = md;
  nodus__md_count++;
  return md;
}

/* ---- handles: an open-addressing set of live pointers (loop thread only) ---- */

static _Thread_local uintptr_t* nodus__live;
static _Thread_local size_t nodus__live_cap, nodus__live_used; /* used counts tombstones too */
#define NODUS__TOMB ((uintptr_t)1)

static size_t nodus__slot(uintptr_t p, size_t cap) {
  uint64_t h = (uint64_t)p * 0x9E3779B97F4A7C15ULL;
  return (size_t)(h >> 20) & (cap - 1);
}

/* Rehashes into a table sized for the live entries (tombstones are dropped), so a
 * steady create/collect churn does not keep doubling the table. */
static int nodus__live_grow(void) {
  size_t live = 0;
  for (size_t i = 0; i < nodus__live_cap; i++)
    if (nodus__live[i] != 0 && nodus__live[i] != NODUS__TOMB) live++;
  size_t cap = 256;
  while (cap < (live + 1) * 4) cap *= 2;
  uintptr_t* slots = calloc(cap, sizeof(uintptr_t));
  if (slots == NULL) return 0;
  size_t used = 0;
  for (size_t i = 0; i < nodus__live_cap; i++) {
    uintptr_t p = nodus__live[i];
    if (p == 0 || p == NODUS__TOMB) continue;
    size_t j = nodus__slot(p, cap);
    while (slots[j] != 0) j = (j + 1) & (cap - 1);
    slots[j] = p;
    used++;
  }
  free(nodus__live);
  nodus__live = slots;
  nodus__live_cap = cap;
  nodus__live_used = used;
  return 1;
}

static int nodus__live_add(uintptr_t p) {
  if ((nodus__live_used + 1) * 2 > nodus__live_cap && !nodus__live_grow()) return 0;
  size_t j = nodus__slot(p, nodus__live_cap);
  while (nodus__live[j] != 0 && nodus__live[j] != NODUS__TOMB) j = (j + 1) & (nodus__live_cap - 1);
  if (nodus__live[j] == 0) nodus__live_used++;
  nodus__live[j] = p;
  return 1;
}

static size_t nodus__live_find(uintptr_t p) {
  if (nodus__live_cap == 0) return (size_t)-1;
  size_t j = nodus__slot(p, nodus__live_cap);
  while (nodus__live[j] != 0) {
    if (nodus__live[j] == p) return j;
    j = (j + 1) & (nodus__live_cap - 1);
  }
  return (size_t)-1;
}

static void nodus__handle_finalize(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  size_t j = nodus__live_find((uintptr_t)data);
  if (j != (size_t)-1) nodus__live[j] = NODUS__TOMB;
  nodus__crypto_handle_t* h = data;
  h->destroy(h);
}

napi_value nodus__crypto_handle_new(napi_env env, nodus__crypto_handle_t* obj) {
  napi_value ext;
  if (!nodus__live_add((uintptr_t)obj)) {
    obj->destroy(obj);
    return nodus__crypto_throw(env, 'E', NULL, "Out of memory");
  }
  if (napi_create_external(env, obj, nodus__handle_finalize, NULL, &ext) != napi_ok) {
    nodus__live[nodus__live_find((uintptr_t)obj)] = NODUS__TOMB;
    obj->destroy(obj);
    return NULL;
  }
  return ext;
}

void* nodus__crypto_handle_get(napi_env env, napi_value v, int kind) {
  void* p = NULL;
  if (napi_get_value_external(env, v, &p) == napi_ok && p != NULL &&
      nodus__live_find((uintptr_t)p) != (size_t)-1 && ((nodus__crypto_handle_t*)p)->kind == kind)
    return p;
  nodus__crypto_throw(env, 'T', "ERR_INVALID_ARG_TYPE", "Invalid crypto handle");
  return NULL;
}

/* ---- thread-pool jobs ---- */

static void nodus__job_execute(napi_env env, void* data) {
  (void)env;
  nodus__crypto_job_t* job = data;
  job->run(job);
}

static void nodus__job_complete(napi_env env, napi_status status, void* data) {
  nodus__crypto_job_t* job = data;
  napi_value cb = NULL, global, args[2], ignored;
  napi_get_reference_value(env, job->callback, &cb);
  napi_get_global(env, &global);
  napi_get_null(env, &args[0]);
  napi_get_undefined(env, &args[1]);
  int argc = 1;
  if (status != napi_ok) {
    args[0] = nodus__crypto_openssl_error(env, NULL, 0, "Operation cancelled");
  } else if (job->failed || job->nerrs > 0) {
    args[0] = nodus__crypto_openssl_error(env, job->errs, job->nerrs,
                                          job->fallback ? job->fallback : "Operation failed");
  } else {
    napi_value result = job->done(env, job);
    if (result == NULL) {
      /* done() threw (out of memory): hand the exception to the callback. */
      bool pending = false;
      napi_is_exception_pending(env, &pending);
      if (pending) napi_get_and_clear_last_exception(env, &args[0]);
    } else {
      args[1] = result;
      argc = 2;
    }
  }
  napi_delete_reference(env, job->callback);
  if (job->keep) napi_delete_reference(env, job->keep);
  napi_delete_async_work(env, job->work);
  job->release(job);
  if (cb != NULL) {
    napi_call_function(env, global, cb, (size_t)argc, args, &ignored);
  }
}

/* The callback bound to the active domain, if any: a throw in it then reaches the
 * domain's 'error' listeners, as for node's crypto jobs. */
static napi_value nodus__domain_bound(napi_env env, napi_value callback) {
  napi_value global, process, domain, bind, bound;
  napi_valuetype t;
  if (napi_get_global(env, &global) != napi_ok ||
      napi_get_named_property(env, global, "process", &process) != napi_ok ||
      napi_typeof(env, process, &t) != napi_ok || t != napi_object ||
      napi_get_named_property(env, process, "domain", &domain) != napi_ok ||
      napi_typeof(env, domain, &t) != napi_ok || t != napi_object ||
      napi_get_named_property(env, domain, "bind", &bind) != napi_ok ||
      napi_typeof(env, bind, &t) != napi_ok || t != napi_function ||
      napi_call_function(env, domain, bind, 1, &callback, &bound) != napi_ok)
    return callback;
  return bound;
}

int nodus__crypto_job_queue(napi_env env, nodus__crypto_job_t* job, napi_value callback,
                            napi_value keep) {
  napi_value name;
  callback = nodus__domain_bound(env, callback);
  job->work = NULL;
  job->callback = NULL;
  job->keep = NULL;
  if (napi_create_string_utf8(env, "CRYPTOJOB", NAPI_AUTO_LENGTH, &name) != napi_ok ||
      napi_create_reference(env, callback, 1, &job->callback) != napi_ok ||
      (keep != NULL && napi_create_reference(env, keep, 1, &job->keep) != napi_ok) ||
      napi_create_async_work(env, NULL, name, nodus__job_execute, nodus__job_complete, job,
                             &job->work) != napi_ok ||
      napi_queue_async_work(env, job->work) != napi_ok) {
    if (job->callback) napi_delete_reference(env, job->callback);
    if (job->keep) napi_delete_reference(env, job->keep);
    if (job->work) napi_delete_async_work(env, job->work);
    job->release(job);
    return 0;
  }
  return 1;
}

napi_status nodus__crypto_define(napi_env env, napi_value binding,
                                 const napi_property_descriptor* props, size_t count) {
  return napi_define_properties(env, binding, count, props);
}
