/* fs.watch and fs.watchFile: uv_fs_event and uv_fs_poll handles owned by a JS object.
 * A handle lives until close() is called on it (its uv_close callback frees it); while
 * it runs it keeps the loop alive unless unref()'d, as in node. */
#include <stdlib.h>
#include <string.h>

#include "fs_internal.h"

typedef struct {
  union {
    uv_fs_event_t event;
    uv_fs_poll_t poll;
    uv_handle_t handle;
  } h;
  napi_env env;
  napi_ref callback;
  napi_ref self;
  napi_async_context async_context;
  int closed;
} watcher_t;

static void watcher_closed(uv_handle_t* handle) {
  watcher_t* w = handle->data;
  if (w->callback) napi_delete_reference(w->env, w->callback);
  if (w->self) napi_delete_reference(w->env, w->self);
  if (w->async_context) napi_async_destroy(w->env, w->async_context);
  free(w);
}

static void call_js(watcher_t* w, size_t argc, napi_value* argv) {
  napi_value cb, self;
  napi_get_reference_value(w->env, w->callback, &cb);
  napi_get_reference_value(w->env, w->self, &self);
  napi_make_callback(w->env, w->async_context, self, cb, argc, argv, NULL);
}

static void on_event(uv_fs_event_t* handle, const char* filename, int events, int status) {
  watcher_t* w = handle->data;
  napi_handle_scope scope;
  napi_value argv[3];
  napi_open_handle_scope(w->env, &scope);
  napi_create_int32(w->env, status, &argv[0]);
  const char* type = (events & UV_RENAME) ? "rename" : "change";
  napi_create_string_utf8(w->env, type, NAPI_AUTO_LENGTH, &argv[1]);
  if (filename) napi_create_string_utf8(w->env, filename, NAPI_AUTO_LENGTH, &argv[2]);
  else napi_get_null(w->env, &argv[2]);
  call_js(w, 3, argv);
  napi_close_handle_scope(w->env, scope);
}

static void on_poll(uv_fs_poll_t* handle, int status, const uv_stat_t* prev, const uv_stat_t* curr) {
  watcher_t* w = handle->data;
  napi_handle_scope scope;
  napi_value argv[3], ab;
  void* data;
  napi_open_handle_scope(w->env, &scope);
  napi_create_int32(w->env, status, &argv[0]);
  napi_create_arraybuffer(w->env, FS_STAT_FIELDS * 8 * 2, &data, &ab);
  fs_fill_stat((double*)data, curr);
  fs_fill_stat((double*)data + FS_STAT_FIELDS, prev);
  napi_create_typedarray(w->env, napi_float64_array, FS_STAT_FIELDS * 2, ab, 0, &argv[1]);
  call_js(w, 2, argv);
  napi_close_handle_scope(w->env, scope);
}

static watcher_t* unwrap_this(napi_env env, napi_callback_info info, size_t* argc, napi_value* argv) {
  napi_value self;
  void* p = NULL;
  if (napi_get_cb_info(env, info, argc, argv, &self, NULL) != napi_ok) return NULL;
  if (napi_unwrap(env, self, &p) != napi_ok) return NULL;
  return p;
}

static napi_value watcher_close(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  watcher_t* w = unwrap_this(env, info, &argc, NULL);
  if (w && !w->closed) {
    w->closed = 1;
    napi_value self;
    napi_get_reference_value(env, w->self, &self);
    napi_remove_wrap(env, self, NULL);
    uv_close(&w->h.handle, watcher_closed);
  }
  return NULL;
}

static napi_value watcher_ref(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  bool on = true;
  watcher_t* w = unwrap_this(env, info, &argc, argv);
  if (w && !w->closed) {
    if (argc > 0) napi_get_value_bool(env, argv[0], &on);
    if (on) uv_ref(&w->h.handle);
    else uv_unref(&w->h.handle);
  }
  return NULL;
}

/* new Watcher(callback): the JS object that owns a handle; started by watchStart or
 * pollStart. */
static napi_value watcher_new(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], self;
  if (napi_get_cb_info(env, info, &argc, argv, &self, NULL) != napi_ok) return NULL;
  watcher_t* w = calloc(1, sizeof(*w));
  if (!w) return NULL;
  w->env = env;
  w->h.handle.data = w;
  napi_value name;
  napi_create_string_utf8(env, "FSWatcher", NAPI_AUTO_LENGTH, &name);
  napi_async_init(env, self, name, &w->async_context);
  napi_create_reference(env, argv[0], 1, &w->callback);
  /* Weak: the JS object may be collected only after close() (the wrapper keeps it). */
  napi_create_reference(env, self, 1, &w->self);
  napi_wrap(env, self, w, NULL, NULL, NULL);
  w->closed = 1; /* until started */
  return self;
}

/* watcher.start(path, recursive) -> 0 or a negative libuv error */
static napi_value watcher_start_event(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], result;
  watcher_t* w = unwrap_this(env, info, &argc, argv);
  if (!w) return NULL;
  size_t len;
  char path[4096];
  napi_get_value_string_utf8(env, argv[0], path, sizeof(path), &len);
  uv_loop_t* loop;
  napi_get_uv_event_loop(env, &loop);
  int err = uv_fs_event_init(loop, &w->h.event);
  if (err == 0) {
    err = uv_fs_event_start(&w->h.event, on_event, path, 0);
    if (err) uv_close(&w->h.handle, NULL);
  }
  if (err == 0) w->closed = 0;
  napi_create_int32(env, err, &result);
  return result;
}

/* watcher.startPoll(path, intervalMs) -> 0 or a negative libuv error */
static napi_value watcher_start_poll(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], result;
  watcher_t* w = unwrap_this(env, info, &argc, argv);
  if (!w) return NULL;
  size_t len;
  char path[4096];
  uint32_t interval = 5007;
  napi_get_value_string_utf8(env, argv[0], path, sizeof(path), &len);
  napi_get_value_uint32(env, argv[1], &interval);
  uv_loop_t* loop;
  napi_get_uv_event_loop(env, &loop);
  int err = uv_fs_poll_init(loop, &w->h.poll);
  if (err == 0) {
    err = uv_fs_poll_start(&w->h.poll, on_poll, path, interval);
    if (err) uv_close(&w->h.handle, NULL);
  }
  if (err == 0) w->closed = 0;
  napi_create_int32(env, err, &result);
  return result;
}

/* errname(code) -> 'ENOENT' */
static napi_value errname(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], v;
  int32_t code = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_int32(env, argv[0], &code);
  napi_create_string_utf8(env, uv_err_name(code), NAPI_AUTO_LENGTH, &v);
  return v;
}

/* strerror(code) -> 'no such file or directory' */
static napi_value errmessage(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], v;
  int32_t code = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_int32(env, argv[0], &code);
  napi_create_string_utf8(env, uv_strerror(code), NAPI_AUTO_LENGTH, &v);
  return v;
}

/* Adds Watcher, errname and strerror to the binding. */
int nodus_fs_init_watch(napi_env env, napi_value exports) {
  napi_property_descriptor methods[] = {
      {"start", NULL, watcher_start_event, NULL, NULL, NULL, napi_default, NULL},
      {"startPoll", NULL, watcher_start_poll, NULL, NULL, NULL, napi_default, NULL},
      {"close", NULL, watcher_close, NULL, NULL, NULL, napi_default, NULL},
      {"ref", NULL, watcher_ref, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_value cls, fn;
  if (napi_define_class(env, "Watcher", NAPI_AUTO_LENGTH, watcher_new, NULL, 4, methods, &cls) != napi_ok)
    return 0;
  napi_set_named_property(env, exports, "Watcher", cls);
  napi_create_function(env, "errname", NAPI_AUTO_LENGTH, errname, NULL, &fn);
  napi_set_named_property(env, exports, "errname", fn);
  napi_create_function(env, "strerror", NAPI_AUTO_LENGTH, errmessage, NULL, &fn);
  napi_set_named_property(env, exports, "strerror", fn);
  return 1;
}
