/* The tty plugin's native half: a TTY handle (uv_tty_t) owned by a JS object, for
 * tty.ReadStream (reads, raw mode) and tty.WriteStream (blocking writes, window size). */
#include <stdlib.h>
#include <string.h>
#include <uv.h>

#include <node_api.h>

typedef struct {
  uv_tty_t tty;
  napi_env env;
  napi_ref self;
  napi_ref onread;
  napi_async_context ctx;
  int closing;
} tty_wrap_t;

static void tty_closed(uv_handle_t* h) {
  tty_wrap_t* t = h->data;
  if (t->onread) napi_delete_reference(t->env, t->onread);
  if (t->self) napi_delete_reference(t->env, t->self);
  napi_async_destroy(t->env, t->ctx);
  free(t);
}

static tty_wrap_t* unwrap(napi_env env, napi_callback_info info, size_t* argc, napi_value* argv) {
  napi_value self;
  void* p = NULL;
  if (napi_get_cb_info(env, info, argc, argv, &self, NULL) != napi_ok) return NULL;
  if (napi_unwrap(env, self, &p) != napi_ok || p == NULL) return NULL;
  tty_wrap_t* t = p;
  return t->closing ? NULL : t;
}

static napi_value int_result(napi_env env, int v) {
  napi_value r;
  napi_create_int32(env, v, &r);
  return r;
}

/* new TTY(fd, ctx): on failure ctx.code/ctx.errno/ctx.syscall are set and the object is
 * unusable, as node's TTY handle reports it. */
static napi_value tty_new(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], self, name;
  int32_t fd = -1;
  napi_get_cb_info(env, info, &argc, argv, &self, NULL);
  napi_get_value_int32(env, argv[0], &fd);
  tty_wrap_t* t = calloc(1, sizeof(*t));
  if (!t) return NULL;
  uv_loop_t* loop;
  napi_get_uv_event_loop(env, &loop);
  int err = uv_tty_init(loop, &t->tty, fd, 0);
  if (err) {
    free(t);
    napi_value v;
    napi_create_string_utf8(env, uv_err_name(err), NAPI_AUTO_LENGTH, &v);
    napi_set_named_property(env, argv[1], "code", v);
    napi_create_int32(env, err, &v);
    napi_set_named_property(env, argv[1], "errno", v);
    napi_create_string_utf8(env, uv_strerror(err), NAPI_AUTO_LENGTH, &v);
    napi_set_named_property(env, argv[1], "message", v);
    napi_create_string_utf8(env, "uv_tty_init", NAPI_AUTO_LENGTH, &v);
    napi_set_named_property(env, argv[1], "syscall", v);
    return self;
  }
  t->tty.data = t;
  t->env = env;
  /* Writes to a terminal are synchronous in node on Linux: nothing is lost at exit. */
  uv_stream_set_blocking((uv_stream_t*)&t->tty, 1);
  napi_create_string_utf8(env, "TTYWRAP", NAPI_AUTO_LENGTH, &name);
  napi_async_init(env, self, name, &t->ctx);
  napi_create_reference(env, self, 1, &t->self);
  napi_wrap(env, self, t, NULL, NULL, NULL);
  return self;
}

/* getWindowSize() -> [columns, rows] or a negative error */
static napi_value tty_get_window_size(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  tty_wrap_t* t = unwrap(env, info, &argc, NULL);
  int w = 0, h = 0;
  if (!t) return int_result(env, UV_EBADF);
  int err = uv_tty_get_winsize(&t->tty, &w, &h);
  if (err) return int_result(env, err);
  napi_value arr, v;
  napi_create_array_with_length(env, 2, &arr);
  napi_create_int32(env, w, &v);
  napi_set_element(env, arr, 0, v);
  napi_create_int32(env, h, &v);
  napi_set_element(env, arr, 1, v);
  return arr;
}

/* setRawMode(bool) -> 0 or a negative error */
static napi_value tty_set_raw_mode(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  bool raw = false;
  tty_wrap_t* t = unwrap(env, info, &argc, argv);
  if (!t) return int_result(env, UV_EBADF);
  napi_get_value_bool(env, argv[0], &raw);
  return int_result(env, uv_tty_set_mode(&t->tty, raw ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
}

/* writeSync(uint8array) -> bytes written or a negative error */
static napi_value tty_write_sync(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  tty_wrap_t* t = unwrap(env, info, &argc, argv);
  if (!t) return int_result(env, UV_EBADF);
  void* data;
  size_t len, off;
  napi_typedarray_type tt;
  napi_value ab;
  if (napi_get_typedarray_info(env, argv[0], &tt, &len, &data, &ab, &off) != napi_ok) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "writeSync expects a Uint8Array");
    return NULL;
  }
  uv_buf_t buf = uv_buf_init(data, (unsigned)len);
  size_t done = 0;
  while (done < len) {
    int n = uv_try_write((uv_stream_t*)&t->tty, &buf, 1);
    if (n == UV_EAGAIN) continue;
    if (n < 0) return int_result(env, n);
    done += (size_t)n;
    buf.base += n;
    buf.len -= (size_t)n;
  }
  napi_value r;
  napi_create_double(env, (double)done, &r);
  return r;
}

static void on_alloc(uv_handle_t* h, size_t suggested, uv_buf_t* buf) {
  (void)h;
  buf->base = malloc(suggested);
  buf->len = buf->base ? suggested : 0;
}

static void finalize_malloc(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  free(data);
}

static void on_read(uv_stream_t* s, ssize_t n, const uv_buf_t* buf) {
  tty_wrap_t* t = s->data;
  if (n == 0) {
    free(buf->base);
    return;
  }
  napi_handle_scope scope;
  napi_open_handle_scope(t->env, &scope);
  napi_value argv[2], fn, self;
  napi_create_double(t->env, (double)n, &argv[0]);
  if (n > 0) {
    napi_create_external_buffer(t->env, (size_t)n, buf->base, finalize_malloc, NULL, &argv[1]);
  } else {
    free(buf->base);
    napi_get_undefined(t->env, &argv[1]);
  }
  napi_get_reference_value(t->env, t->onread, &fn);
  napi_get_reference_value(t->env, t->self, &self);
  napi_make_callback(t->env, t->ctx, self, fn, 2, argv, NULL);
  napi_close_handle_scope(t->env, scope);
}

/* readStart(onread(nread, buffer)) -> 0 or a negative error */
static napi_value tty_read_start(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  tty_wrap_t* t = unwrap(env, info, &argc, argv);
  if (!t) return int_result(env, UV_EBADF);
  if (t->onread) napi_delete_reference(env, t->onread);
  napi_create_reference(env, argv[0], 1, &t->onread);
  return int_result(env, uv_read_start((uv_stream_t*)&t->tty, on_alloc, on_read));
}

static napi_value tty_read_stop(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  tty_wrap_t* t = unwrap(env, info, &argc, NULL);
  return int_result(env, t ? uv_read_stop((uv_stream_t*)&t->tty) : UV_EBADF);
}

static napi_value tty_close(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  tty_wrap_t* t = unwrap(env, info, &argc, NULL);
  if (t) {
    t->closing = 1;
    uv_close((uv_handle_t*)&t->tty, tty_closed);
  }
  return NULL;
}

static napi_value tty_ref(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  bool on = true;
  tty_wrap_t* t = unwrap(env, info, &argc, argv);
  if (t) {
    if (argc > 0) napi_get_value_bool(env, argv[0], &on);
    if (on) uv_ref((uv_handle_t*)&t->tty);
    else uv_unref((uv_handle_t*)&t->tty);
  }
  return NULL;
}

/* isatty(fd) -> boolean */
static napi_value is_tty(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], r;
  int32_t fd = -1;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_int32(env, argv[0], &fd);
  napi_get_boolean(env, fd >= 0 && uv_guess_handle(fd) == UV_TTY, &r);
  return r;
}

/* resetMode(): put every terminal we changed back, for exit paths. */
static napi_value reset_mode(napi_env env, napi_callback_info info) {
  (void)info;
  uv_tty_reset_mode();
  return NULL;
}

#define M(name, fn) {name, NULL, fn, NULL, NULL, NULL, napi_default, NULL}

/* Builds the binding object for tty.js. */
napi_value nodus_tty_init(napi_env env, napi_value exports) {
  napi_property_descriptor methods[] = {
      M("getWindowSize", tty_get_window_size), M("setRawMode", tty_set_raw_mode),
      M("writeSync", tty_write_sync),          M("readStart", tty_read_start),
      M("readStop", tty_read_stop),            M("close", tty_close),
      M("ref", tty_ref),
  };
  napi_value cls, fn;
  if (napi_define_class(env, "TTY", NAPI_AUTO_LENGTH, tty_new, NULL, 7, methods, &cls) != napi_ok)
    return NULL;
  napi_set_named_property(env, exports, "TTY", cls);
  napi_create_function(env, "isatty", NAPI_AUTO_LENGTH, is_tty, NULL, &fn);
  napi_set_named_property(env, exports, "isatty", fn);
  napi_create_function(env, "resetMode", NAPI_AUTO_LENGTH, reset_mode, NULL, &fn);
  napi_set_named_property(env, exports, "resetMode", fn);
  return exports;
}

#include <nodus/plugin.h>

NODUS_PLUGIN("tty", "0.1.0", nodus_tty_init)
