/* The machinery every fs operation shares: run it now or on the thread pool, turn its
 * result or error into JS, and deliver it (return/throw, callback, or promise). */
#include "fs_req.h"

#include <stdlib.h>
#include <string.h>

#include "fs_internal.h"

char* fs_strdup(const char* s) {
  if (s == NULL) return NULL;
  size_t n = strlen(s) + 1;
  char* d = malloc(n);
  if (d) memcpy(d, s, n);
  return d;
}

/* node's uvException: "ENOENT: no such file or directory, open 'a' -> 'b'" with errno,
 * code, syscall, path, dest. */
napi_value fs_make_error(napi_env env, int err, const char* syscall, const char* path,
                         const char* dest) {
  const char* code = uv_err_name(err);
  const char* desc = uv_strerror(err);
  size_t len = strlen(code) + strlen(desc) + strlen(syscall) + 16 +
               (path ? strlen(path) + 4 : 0) + (dest ? strlen(dest) + 8 : 0);
  char* msg = malloc(len);
  napi_value message, error, v;
  if (msg == NULL) return NULL;
  if (path && dest) snprintf(msg, len, "%s: %s, %s '%s' -> '%s'", code, desc, syscall, path, dest);
  else if (path) snprintf(msg, len, "%s: %s, %s '%s'", code, desc, syscall, path);
  else snprintf(msg, len, "%s: %s, %s", code, desc, syscall);
  napi_status st = napi_create_string_utf8(env, msg, NAPI_AUTO_LENGTH, &message);
  free(msg);
  if (st != napi_ok || napi_create_error(env, NULL, message, &error) != napi_ok) return NULL;
  napi_create_int32(env, err, &v);
  napi_set_named_property(env, error, "errno", v);
  napi_create_string_utf8(env, code, NAPI_AUTO_LENGTH, &v);
  napi_set_named_property(env, error, "code", v);
  napi_create_string_utf8(env, syscall, NAPI_AUTO_LENGTH, &v);
  napi_set_named_property(env, error, "syscall", v);
  if (path) {
    napi_create_string_utf8(env, path, NAPI_AUTO_LENGTH, &v);
    napi_set_named_property(env, error, "path", v);
  }
  if (dest) {
    napi_create_string_utf8(env, dest, NAPI_AUTO_LENGTH, &v);
    napi_set_named_property(env, error, "dest", v);
  }
  return error;
}

static napi_value make_stat(napi_env env, const uv_stat_t* s, int bigint, napi_value into,
                            void* into_data) {
  napi_value arr = into, ab;
  void* data = into_data;
  if (arr != NULL && data != NULL) {
    /* the binding's own array: its memory is known, no lookup */
  } else if (arr == NULL) {
    size_t bytes = FS_STAT_FIELDS * 8;
    if (napi_create_arraybuffer(env, bytes, &data, &ab) != napi_ok) return NULL;
    if (napi_create_typedarray(env, bigint ? napi_bigint64_array : napi_float64_array,
                               FS_STAT_FIELDS, ab, 0, &arr) != napi_ok)
      return NULL;
  } else {
    napi_typedarray_type type;
    size_t length, offset;
    if (napi_get_typedarray_info(env, arr, &type, &length, &data, &ab, &offset) != napi_ok ||
        length < FS_STAT_FIELDS)
      return NULL;
  }
  if (bigint) fs_fill_stat_bigint((int64_t*)data, s);
  else fs_fill_stat((double*)data, s);
  return arr;
}

void fs_fill_stat(double* f, const uv_stat_t* s) {
  f[0] = (double)s->st_dev;
  f[1] = (double)s->st_mode;
  f[2] = (double)s->st_nlink;
  f[3] = (double)s->st_uid;
  f[4] = (double)s->st_gid;
  f[5] = (double)s->st_rdev;
  f[6] = (double)s->st_blksize;
  f[7] = (double)s->st_ino;
  f[8] = (double)s->st_size;
  f[9] = (double)s->st_blocks;
  f[10] = (double)s->st_atim.tv_sec;
  f[11] = (double)s->st_atim.tv_nsec;
  f[12] = (double)s->st_mtim.tv_sec;
  f[13] = (double)s->st_mtim.tv_nsec;
  f[14] = (double)s->st_ctim.tv_sec;
  f[15] = (double)s->st_ctim.tv_nsec;
  f[16] = (double)s->st_birthtim.tv_sec;
  f[17] = (double)s->st_birthtim.tv_nsec;
}

void fs_fill_stat_bigint(int64_t* f, const uv_stat_t* s) {
  f[0] = (int64_t)s->st_dev;
  f[1] = (int64_t)s->st_mode;
  f[2] = (int64_t)s->st_nlink;
  f[3] = (int64_t)s->st_uid;
  f[4] = (int64_t)s->st_gid;
  f[5] = (int64_t)s->st_rdev;
  f[6] = (int64_t)s->st_blksize;
  f[7] = (int64_t)s->st_ino;
  f[8] = (int64_t)s->st_size;
  f[9] = (int64_t)s->st_blocks;
  f[10] = s->st_atim.tv_sec;
  f[11] = s->st_atim.tv_nsec;
  f[12] = s->st_mtim.tv_sec;
  f[13] = s->st_mtim.tv_nsec;
  f[14] = s->st_ctim.tv_sec;
  f[15] = s->st_ctim.tv_nsec;
  f[16] = s->st_birthtim.tv_sec;
  f[17] = s->st_birthtim.tv_nsec;
}

static napi_value make_dirents(napi_env env, uv_fs_t* req, int with_types) {
  fs_listing_t* l = fs_listing_new();
  napi_value v = NULL;
  if (l != NULL && fs_listing_from_req(req, l) == 0) v = fs_listing_to_js(env, l, with_types);
  fs_listing_free(l);
  return v;
}

/* The JS value of a successful request. */
static napi_value make_result(napi_env env, fs_req_t* r, napi_value stat_into) {
  napi_value v = NULL;
  switch (r->kind) {
    case FS_RESULT_UNDEFINED:
      napi_get_undefined(env, &v);
      break;
    case FS_RESULT_INT:
      napi_create_double(env, (double)r->uv.result, &v);
      break;
    case FS_RESULT_STAT:
      v = make_stat(env, &r->uv.statbuf, r->bigint, stat_into, r->stat_dest);
      break;
    case FS_RESULT_PTR_STRING:
      napi_create_string_utf8(env, (const char*)r->uv.ptr, NAPI_AUTO_LENGTH, &v);
      break;
    case FS_RESULT_PATH:
      napi_create_string_utf8(env, r->uv.path, NAPI_AUTO_LENGTH, &v);
      break;
    case FS_RESULT_DIRENTS:
      v = make_dirents(env, &r->uv, r->with_types);
      break;
    case FS_RESULT_BOOL_OK:
      napi_get_boolean(env, 1, &v);
      break;
    case FS_RESULT_STATFS: {
      const uv_statfs_t* f = r->uv.ptr;
      double vals[7] = {(double)f->f_type, (double)f->f_bsize, (double)f->f_blocks,
                        (double)f->f_bfree, (double)f->f_bavail, (double)f->f_files,
                        (double)f->f_ffree};
      napi_create_array_with_length(env, 7, &v);
      for (uint32_t i = 0; i < 7; i++) {
        napi_value n;
        napi_create_double(env, vals[i], &n);
        napi_set_element(env, v, i, n);
      }
      break;
    }
  }
  return v;
}

fs_req_t* fs_req_new(napi_env env, fs_result_kind kind, const char* syscall, const char* path,
                     const char* dest) {
  fs_req_t* r = calloc(1, sizeof(*r));
  if (r == NULL) return NULL;
  r->env = env;
  r->kind = kind;
  r->syscall = syscall;
  r->path = fs_strdup(path);
  r->dest = fs_strdup(dest);
  r->own_path = r->own_dest = 1;
  r->uv.data = r;
  return r;
}

static void fs_req_free(fs_req_t* r) {
  if (r->keep) napi_delete_reference(r->env, r->keep);
  if (r->callback) napi_delete_reference(r->env, r->callback);
  if (r->async_context) napi_async_destroy(r->env, r->async_context);
  uv_fs_req_cleanup(&r->uv);
  free(r->bufs);
  if (r->own_path) free(r->path);
  if (r->own_dest) free(r->dest);
  if (!r->on_stack) free(r);
}

/* Completion on the loop thread: settle the promise or call the callback, inside a
 * callback scope so that nextTicks and microtasks run afterwards. */
static void fs_after(uv_fs_t* uvreq) {
  fs_req_t* r = uvreq->data;
  napi_env env = r->env;
  napi_handle_scope scope;
  napi_value err = NULL, result = NULL, undefined, global;
  napi_open_handle_scope(env, &scope);
  napi_get_undefined(env, &undefined);
  napi_get_global(env, &global);
  int failed = uvreq->result < 0;
  if (failed && r->kind == FS_RESULT_BOOL_OK) {
    napi_get_boolean(env, 0, &result);
    failed = 0;
  } else if (failed) {
    err = fs_make_error(env, (int)uvreq->result, r->syscall, r->path, r->dest);
  } else {
    result = make_result(env, r, NULL);
  }
  if (r->deferred) {
    napi_callback_scope cs;
    napi_value resource;
    napi_create_object(env, &resource);
    napi_open_callback_scope(env, resource, r->async_context, &cs);
    if (failed) napi_reject_deferred(env, r->deferred, err ? err : undefined);
    else napi_resolve_deferred(env, r->deferred, result ? result : undefined);
    napi_close_callback_scope(env, cs);
  } else if (r->callback) {
    napi_value cb, argv[2];
    napi_get_reference_value(env, r->callback, &cb);
    if (failed) {
      argv[0] = err ? err : undefined;
      napi_make_callback(env, r->async_context, global, cb, 1, argv, NULL);
    } else {
      napi_get_null(env, &argv[0]);
      argv[1] = result ? result : undefined;
      napi_make_callback(env, r->async_context, global, cb, r->kind == FS_RESULT_UNDEFINED ? 1 : 2,
                         argv, NULL);
    }
  }
  fs_req_free(r);
  napi_close_handle_scope(env, scope);
}

/* Decides how the call runs from its last argument: undefined = sync, function =
 * callback, null = promise. */
fs_mode fs_mode_of(napi_env env, napi_value last) {
  napi_valuetype t;
  if (last == NULL || napi_typeof(env, last, &t) != napi_ok || t == napi_undefined) return FS_SYNC;
  if (t == napi_function) return FS_CALLBACK;
  return FS_PROMISE;
}

/* Completes a request started with `rc` = the uv_fs_* return value. For sync requests
 * returns the result or throws; for async ones returns undefined or the promise. */
napi_value fs_finish(napi_env env, fs_req_t* r, fs_mode mode, napi_value last, int rc,
                     napi_value stat_into) {
  napi_value v = NULL;
  if (mode == FS_SYNC) {
    if (rc < 0 && r->kind == FS_RESULT_BOOL_OK) {
      napi_get_boolean(env, 0, &v);
    } else if (rc < 0) {
      napi_value e = fs_make_error(env, rc, r->syscall, r->path, r->dest);
      if (e) napi_throw(env, e);
    } else {
      v = make_result(env, r, stat_into);
    }
    fs_req_free(r);
    return v;
  }
  if (rc < 0) {
    /* Could not even be queued (rare: bad arguments caught by libuv). Report it the
     * async way, as the operation itself failing. */
    r->uv.result = rc;
    fs_after(&r->uv);
    return NULL;
  }
  return v;
}

/* Prepares `r` for an async run: keeps the callback or makes the promise. Must be called
 * before the uv_fs_* call is made with fs_after as its callback. */
napi_value fs_prepare_async(napi_env env, fs_req_t* r, fs_mode mode, napi_value last) {
  napi_value name, promise = NULL;
  napi_create_string_utf8(env, r->syscall, NAPI_AUTO_LENGTH, &name);
  napi_async_init(env, NULL, name, &r->async_context);
  if (mode == FS_CALLBACK) {
    napi_create_reference(env, last, 1, &r->callback);
  } else {
    napi_create_promise(env, &r->deferred, &promise);
  }
  return promise;
}

void fs_complete(fs_req_t* r) { fs_after(&r->uv); }

uv_fs_cb fs_callback_for(fs_mode mode) { return mode == FS_SYNC ? NULL : fs_after; }
