/* Asynchronous child processes: a Process handle (uv_process_t) and the Pipe handles
 * (uv_pipe_t) connected to its stdio. Each handle belongs to a JS object created here;
 * close() on it starts uv_close, whose callback frees the C side. Callbacks into JS go
 * through napi_make_callback, so nextTicks and microtasks run after each. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "child_process.h"

typedef struct {
  uv_pipe_t pipe;
  napi_env env;
  napi_ref self;
  napi_ref onread;
  napi_async_context ctx;
  int closing;
} pipe_wrap_t;

typedef struct {
  uv_process_t process;
  napi_env env;
  napi_ref self;
  napi_ref onexit;
  napi_async_context ctx;
  int closing;
} process_wrap_t;

typedef struct {
  union {
    uv_write_t write;
    uv_shutdown_t shutdown;
  } req;
  napi_env env;
  napi_ref callback;
  napi_ref keep;
  napi_async_context ctx;
} stream_req_t;

static _Thread_local napi_ref pipe_ctor_ref;

static void call_js(napi_env env, napi_async_context ctx, napi_ref self_ref, napi_ref fn_ref,
                    size_t argc, napi_value* argv) {
  napi_value fn, self;
  napi_get_reference_value(env, fn_ref, &fn);
  napi_get_reference_value(env, self_ref, &self);
  napi_make_callback(env, ctx, self, fn, argc, argv, NULL);
}

/* ---- Pipe ---- */

static void pipe_closed(uv_handle_t* h) {
  pipe_wrap_t* p = h->data;
  if (p->onread) napi_delete_reference(p->env, p->onread);
  if (p->self) napi_delete_reference(p->env, p->self);
  napi_async_destroy(p->env, p->ctx);
  free(p);
}

static pipe_wrap_t* unwrap_pipe(napi_env env, napi_callback_info info, size_t* argc, napi_value* argv) {
  napi_value self;
  void* p = NULL;
  if (napi_get_cb_info(env, info, argc, argv, &self, NULL) != napi_ok) return NULL;
  if (napi_unwrap(env, self, &p) != napi_ok || p == NULL) return NULL;
  pipe_wrap_t* w = p;
  return w->closing ? NULL : w;
}

static napi_value pipe_new(napi_env env, napi_callback_info info) {
  napi_value self, name;
  size_t argc = 0;
  napi_get_cb_info(env, info, &argc, NULL, &self, NULL);
  pipe_wrap_t* p = calloc(1, sizeof(*p));
  if (!p) return NULL;
  uv_loop_t* loop;
  napi_get_uv_event_loop(env, &loop);
  uv_pipe_init(loop, &p->pipe, 0);
  p->pipe.data = p;
  p->env = env;
  napi_create_string_utf8(env, "PIPEWRAP", NAPI_AUTO_LENGTH, &name);
  napi_async_init(env, self, name, &p->ctx);
  /* Strong until closed: a pipe with pending reads must not be collected. */
  napi_create_reference(env, self, 1, &p->self);
  napi_wrap(env, self, p, NULL, NULL, NULL);
  return self;
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

/* onread(nread, buffer): nread > 0 with a Buffer, or a negative code (UV_EOF at end). */
static void on_read(uv_stream_t* s, ssize_t n, const uv_buf_t* buf) {
  pipe_wrap_t* p = s->data;
  if (n == 0) {
    free(buf->base);
    return;
  }
  napi_handle_scope scope;
  napi_open_handle_scope(p->env, &scope);
  napi_value argv[2];
  napi_create_double(p->env, (double)n, &argv[0]);
  if (n > 0) {
    napi_create_external_buffer(p->env, (size_t)n, buf->base, finalize_malloc, NULL, &argv[1]);
  } else {
    free(buf->base);
    napi_get_undefined(p->env, &argv[1]);
  }
  if (p->onread) call_js(p->env, p->ctx, p->self, p->onread, 2, argv);
  napi_close_handle_scope(p->env, scope);
}

static napi_value pipe_read_start(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], r;
  pipe_wrap_t* p = unwrap_pipe(env, info, &argc, argv);
  int err = UV_EBADF;
  if (p) {
    if (p->onread) napi_delete_reference(env, p->onread);
    napi_create_reference(env, argv[0], 1, &p->onread);
    err = uv_read_start((uv_stream_t*)&p->pipe, on_alloc, on_read);
  }
  napi_create_int32(env, err, &r);
  return r;
}

static napi_value pipe_read_stop(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  napi_value r;
  pipe_wrap_t* p = unwrap_pipe(env, info, &argc, NULL);
  napi_create_int32(env, p ? uv_read_stop((uv_stream_t*)&p->pipe) : UV_EBADF, &r);
  return r;
}

static void req_done(stream_req_t* q, int status) {
  napi_handle_scope scope;
  napi_open_handle_scope(q->env, &scope);
  napi_value argv[1], fn, global;
  napi_create_int32(q->env, status, &argv[0]);
  napi_get_reference_value(q->env, q->callback, &fn);
  napi_get_global(q->env, &global);
  napi_make_callback(q->env, q->ctx, global, fn, 1, argv, NULL);
  napi_delete_reference(q->env, q->callback);
  if (q->keep) napi_delete_reference(q->env, q->keep);
  napi_async_destroy(q->env, q->ctx);
  napi_close_handle_scope(q->env, scope);
  free(q);
}

static void after_write(uv_write_t* req, int status) { req_done((stream_req_t*)req, status); }
static void after_shutdown(uv_shutdown_t* req, int status) { req_done((stream_req_t*)req, status); }

static stream_req_t* new_req(napi_env env, napi_value cb, const char* name) {
  stream_req_t* q = calloc(1, sizeof(*q));
  napi_value n;
  if (!q) return NULL;
  q->env = env;
  napi_create_reference(env, cb, 1, &q->callback);
  napi_create_string_utf8(env, name, NAPI_AUTO_LENGTH, &n);
  napi_async_init(env, NULL, n, &q->ctx);
  q->req.write.data = q;
  return q;
}

/* write(buffer, callback(status)) -> 0 (done now, no callback), 1 (queued), or < 0 */
static napi_value pipe_write(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], r;
  pipe_wrap_t* p = unwrap_pipe(env, info, &argc, argv);
  int result = UV_EBADF;
  if (p) {
    void* data;
    size_t len;
    napi_typedarray_type tt;
    napi_value ab;
    size_t off;
    if (napi_get_typedarray_info(env, argv[0], &tt, &len, &data, &ab, &off) != napi_ok) {
      napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "write expects a Uint8Array");
      return NULL;
    }
    uv_buf_t buf = uv_buf_init(data, (unsigned)len);
    int n = uv_try_write((uv_stream_t*)&p->pipe, &buf, 1);
    if (n == (int)len) {
      result = 0;
    } else if (n < 0 && n != UV_EAGAIN) {
      result = n;
    } else {
      if (n > 0) {
        buf.base += n;
        buf.len -= (size_t)n;
      }
      stream_req_t* q = new_req(env, argv[1], "WRITEWRAP");
      napi_create_reference(env, argv[0], 1, &q->keep);
      result = uv_write(&q->req.write, (uv_stream_t*)&p->pipe, &buf, 1, after_write);
      if (result == 0) result = 1;
    }
  }
  napi_create_int32(env, result, &r);
  return r;
}

static napi_value pipe_shutdown(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], r;
  pipe_wrap_t* p = unwrap_pipe(env, info, &argc, argv);
  int err = UV_EBADF;
  if (p) {
    stream_req_t* q = new_req(env, argv[0], "SHUTDOWNWRAP");
    err = uv_shutdown(&q->req.shutdown, (uv_stream_t*)&p->pipe, after_shutdown);
    if (err) {
      napi_delete_reference(env, q->callback);
      napi_async_destroy(env, q->ctx);
      free(q);
    }
  }
  napi_create_int32(env, err, &r);
  return r;
}

static napi_value pipe_close(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  pipe_wrap_t* p = unwrap_pipe(env, info, &argc, NULL);
  if (p) {
    p->closing = 1;
    uv_close((uv_handle_t*)&p->pipe, pipe_closed);
  }
  return NULL;
}

/* open(fd) -> 0 or < 0: adopts an inherited descriptor, as a forked child does with the
 * IPC channel its parent passed in NODE_CHANNEL_FD. */
static napi_value pipe_open(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], r;
  pipe_wrap_t* p = unwrap_pipe(env, info, &argc, argv);
  int32_t fd = -1;
  int err = UV_EBADF;
  if (p && argc > 0 && napi_get_value_int32(env, argv[0], &fd) == napi_ok && fd >= 0)
    err = uv_pipe_open(&p->pipe, fd);
  napi_create_int32(env, err, &r);
  return r;
}

/* fileno() -> the descriptor, or < 0 (closed): lets a child's pipe be another child's
 * stdio, as in spawn(cmd, { stdio: [other.stdout] }). */
static napi_value pipe_fileno(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  napi_value r;
  pipe_wrap_t* p = unwrap_pipe(env, info, &argc, NULL);
  uv_os_fd_t fd = -1;
  int err = p ? uv_fileno((uv_handle_t*)&p->pipe, &fd) : UV_EBADF;
  napi_create_int32(env, err < 0 ? err : (int32_t)fd, &r);
  return r;
}

/* writeQueueSize() -> bytes accepted by write() and not yet handed to the kernel. */
static napi_value pipe_write_queue_size(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  napi_value r;
  pipe_wrap_t* p = unwrap_pipe(env, info, &argc, NULL);
  napi_create_double(env, p ? (double)p->pipe.write_queue_size : 0, &r);
  return r;
}

static napi_value pipe_ref(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  pipe_wrap_t* p = unwrap_pipe(env, info, &argc, argv);
  bool on = true;
  if (p) {
    if (argc > 0) napi_get_value_bool(env, argv[0], &on);
    if (on) uv_ref((uv_handle_t*)&p->pipe);
    else uv_unref((uv_handle_t*)&p->pipe);
  }
  return NULL;
}

/* ---- Process ---- */

static void process_closed(uv_handle_t* h) {
  process_wrap_t* w = h->data;
  if (w->onexit) napi_delete_reference(w->env, w->onexit);
  if (w->self) napi_delete_reference(w->env, w->self);
  napi_async_destroy(w->env, w->ctx);
  free(w);
}

static void on_exit_cb(uv_process_t* proc, int64_t status, int sig) {
  process_wrap_t* w = proc->data;
  napi_handle_scope scope;
  napi_open_handle_scope(w->env, &scope);
  napi_value argv[2];
  napi_create_double(w->env, (double)status, &argv[0]);
  napi_create_int32(w->env, sig, &argv[1]);
  call_js(w->env, w->ctx, w->self, w->onexit, 2, argv);
  napi_close_handle_scope(w->env, scope);
}

static process_wrap_t* unwrap_process(napi_env env, napi_callback_info info, size_t* argc, napi_value* argv) {
  napi_value self;
  void* p = NULL;
  if (napi_get_cb_info(env, info, argc, argv, &self, NULL) != napi_ok) return NULL;
  if (napi_unwrap(env, self, &p) != napi_ok || p == NULL) return NULL;
  process_wrap_t* w = p;
  return w->closing ? NULL : w;
}

static napi_value process_new(napi_env env, napi_callback_info info) {
  napi_value self, name;
  size_t argc = 0;
  napi_get_cb_info(env, info, &argc, NULL, &self, NULL);
  process_wrap_t* w = calloc(1, sizeof(*w));
  if (!w) return NULL;
  w->env = env;
  w->process.data = w;
  napi_create_string_utf8(env, "PROCESSWRAP", NAPI_AUTO_LENGTH, &name);
  napi_async_init(env, self, name, &w->ctx);
  napi_create_reference(env, self, 1, &w->self);
  napi_wrap(env, self, w, NULL, NULL, NULL);
  return self;
}

/* spawn(options, onexit(status, signal)) -> 0 or a negative libuv error. options.stdio
 * entries of type 'pipe' carry `handle`: a Pipe made by the caller. */
static napi_value process_spawn(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], r;
  process_wrap_t* w = unwrap_process(env, info, &argc, argv);
  if (!w) return NULL;
  cp_options_t opts;
  if (!cp_parse_options(env, argv[0], &opts)) return NULL;
  uv_stdio_container_t stdio[CP_MAX_STDIO];
  napi_value stdio_arr;
  napi_get_named_property(env, argv[0], "stdio", &stdio_arr);
  for (int i = 0; i < opts.nstdio; i++) {
    if (opts.stdio[i].type == CP_STDIO_PIPE) {
      napi_value item, handle;
      void* p = NULL;
      napi_get_element(env, stdio_arr, (uint32_t)i, &item);
      napi_get_named_property(env, item, "handle", &handle);
      if (napi_unwrap(env, handle, &p) != napi_ok || p == NULL) {
        cp_free_options(&opts);
        napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "a pipe stdio entry needs a Pipe handle");
        return NULL;
      }
      stdio[i].flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
      stdio[i].data.stream = (uv_stream_t*)&((pipe_wrap_t*)p)->pipe;
    } else if (opts.stdio[i].type == CP_STDIO_FD) {
      stdio[i].flags = UV_INHERIT_FD;
      stdio[i].data.fd = opts.stdio[i].fd;
    } else {
      stdio[i].flags = UV_IGNORE;
    }
  }
  uv_process_options_t po;
  cp_fill_process_options(&opts, stdio, &po);
  po.exit_cb = on_exit_cb;
  uv_loop_t* loop;
  napi_get_uv_event_loop(env, &loop);
  napi_create_reference(env, argv[1], 1, &w->onexit);
  int err = uv_spawn(loop, &w->process, &po);
  cp_free_options(&opts);
  if (err == 0) {
    napi_value pid, self;
    napi_create_int32(env, w->process.pid, &pid);
    napi_get_reference_value(env, w->self, &self);
    napi_set_named_property(env, self, "pid", pid);
  } else {
    /* uv_spawn initialised the handle even on failure: close it. */
    w->closing = 1;
    uv_close((uv_handle_t*)&w->process, process_closed);
  }
  napi_create_int32(env, err, &r);
  return r;
}

static napi_value process_kill(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], r;
  process_wrap_t* w = unwrap_process(env, info, &argc, argv);
  int32_t sig = SIGTERM;
  if (argc > 0) napi_get_value_int32(env, argv[0], &sig);
  napi_create_int32(env, w ? uv_process_kill(&w->process, sig) : UV_ESRCH, &r);
  return r;
}

static napi_value process_close(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  process_wrap_t* w = unwrap_process(env, info, &argc, NULL);
  if (w) {
    w->closing = 1;
    uv_close((uv_handle_t*)&w->process, process_closed);
  }
  return NULL;
}

static napi_value process_ref(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  process_wrap_t* w = unwrap_process(env, info, &argc, argv);
  bool on = true;
  if (w) {
    if (argc > 0) napi_get_value_bool(env, argv[0], &on);
    if (on) uv_ref((uv_handle_t*)&w->process);
    else uv_unref((uv_handle_t*)&w->process);
  }
  return NULL;
}

/* Writable and configurable, like node's handle methods (tests wrap readStart, say). */
#define M(name, fn) {name, NULL, fn, NULL, NULL, NULL, napi_writable | napi_configurable, NULL}

int cp_init_async(napi_env env, napi_value exports) {
  napi_property_descriptor pipe_methods[] = {
      M("readStart", pipe_read_start), M("readStop", pipe_read_stop), M("write", pipe_write),
      M("shutdown", pipe_shutdown),    M("close", pipe_close),        M("ref", pipe_ref),
      M("open", pipe_open),            M("writeQueueSize", pipe_write_queue_size),
      M("fileno", pipe_fileno),
  };
  napi_property_descriptor process_methods[] = {
      M("spawn", process_spawn), M("kill", process_kill), M("close", process_close),
      M("ref", process_ref),
  };
  napi_value pipe_cls, process_cls;
  if (napi_define_class(env, "Pipe", NAPI_AUTO_LENGTH, pipe_new, NULL, 9, pipe_methods, &pipe_cls) != napi_ok ||
      napi_define_class(env, "Process", NAPI_AUTO_LENGTH, process_new, NULL, 4, process_methods,
                        &process_cls) != napi_ok)
    return 0;
  napi_create_reference(env, pipe_cls, 1, &pipe_ctor_ref);
  napi_set_named_property(env, exports, "Pipe", pipe_cls);
  napi_set_named_property(env, exports, "Process", process_cls);
  return 1;
}
