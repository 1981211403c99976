/* child_process.spawnSync: runs a child to completion on a private libuv loop, feeding
 * `input` to its stdin and collecting its piped stdout/stderr, with a timeout and an
 * output limit. The caller's loop never runs meanwhile, as in node. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "child_process.h"

typedef struct {
  uv_pipe_t pipe;
  int index;      /* stdio slot */
  int readable;   /* the child writes into it */
  char* data;     /* collected output */
  size_t len, cap;
  uv_buf_t input; /* for stdin */
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
  struct sync_run_s* run;
} sync_pipe_t;

typedef struct sync_run_s {
  uv_loop_t loop;
  uv_process_t process;
  uv_timer_t timer;
  sync_pipe_t pipes[CP_MAX_STDIO];
  int npipes;
  int64_t exit_status;
  int term_signal;
  int exited;
  int kill_signal;
  size_t max_buffer;
  size_t total;
  int error;      /* a negative libuv code (ETIMEDOUT, ENOBUFS, spawn error) or 0 */
  int timer_started;
} sync_run_t;

static void close_noop(uv_handle_t* h) { (void)h; }

/* Ends the run early (timeout, too much output): kill the child and close our ends of
 * its pipes, so grandchildren that still hold the other ends cannot keep us waiting. */
static void kill_child(sync_run_t* r) {
  if (!r->exited) uv_process_kill(&r->process, r->kill_signal);
  for (int i = 0; i < r->npipes; i++) {
    uv_handle_t* h = (uv_handle_t*)&r->pipes[i].pipe;
    if (r->pipes[i].run != NULL && !uv_is_closing(h)) {
      if (i > 0) uv_read_stop((uv_stream_t*)h);
      uv_close(h, close_noop);
    }
  }
}

static void on_alloc(uv_handle_t* h, size_t suggested, uv_buf_t* buf) {
  sync_pipe_t* p = h->data;
  if (p->cap - p->len < 65536) {
    size_t cap = p->cap ? p->cap * 2 : 65536;
    char* d = realloc(p->data, cap);
    if (d == NULL) {
      *buf = uv_buf_init(NULL, 0);
      return;
    }
    p->data = d;
    p->cap = cap;
  }
  *buf = uv_buf_init(p->data + p->len, (unsigned)(p->cap - p->len));
}

static void on_read(uv_stream_t* s, ssize_t n, const uv_buf_t* buf) {
  sync_pipe_t* p = s->data;
  sync_run_t* r = p->run;
  if (n > 0) {
    p->len += (size_t)n;
    r->total += (size_t)n;
    if (r->max_buffer > 0 && p->len > r->max_buffer) {
      /* node keeps what was read (the chunk that crossed the limit included) and
       * reports ENOBUFS after killing the child */
      if (r->error == 0) r->error = UV_ENOBUFS;
      kill_child(r);
    }
  } else if (n < 0) {
    uv_read_stop(s);
    if (!uv_is_closing((uv_handle_t*)s)) uv_close((uv_handle_t*)s, close_noop);
  }
}

static void on_exit_cb(uv_process_t* proc, int64_t status, int sig) {
  sync_run_t* r = proc->data;
  r->exited = 1;
  r->exit_status = status;
  r->term_signal = sig;
  uv_close((uv_handle_t*)proc, close_noop);
  if (r->timer_started) uv_close((uv_handle_t*)&r->timer, close_noop);
}

static void on_timeout(uv_timer_t* t) {
  sync_run_t* r = t->data;
  if (r->error == 0) r->error = UV_ETIMEDOUT;
  kill_child(r);
}

static void after_shutdown(uv_shutdown_t* req, int status) {
  (void)status;
  uv_close((uv_handle_t*)req->handle, close_noop);
}

static void after_write(uv_write_t* req, int status) {
  sync_pipe_t* p = req->data;
  (void)status;
  p->shutdown_req.data = p;
  if (uv_shutdown(&p->shutdown_req, (uv_stream_t*)&p->pipe, after_shutdown) != 0)
    uv_close((uv_handle_t*)&p->pipe, close_noop);
}

/* spawnSync(options) -> { pid, status, signal, output: [..], error } */
napi_value cp_spawn_sync(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], result, v;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 1) return NULL;

  cp_options_t opts;
  if (!cp_parse_options(env, argv[0], &opts)) return NULL;

  sync_run_t* r = calloc(1, sizeof(*r));
  if (r == NULL) {
    cp_free_options(&opts);
    return NULL;
  }
  uv_loop_init(&r->loop);
  r->kill_signal = opts.kill_signal ? opts.kill_signal : SIGTERM;
  r->max_buffer = opts.max_buffer;

  uv_stdio_container_t stdio[CP_MAX_STDIO];
  for (int i = 0; i < opts.nstdio; i++) {
    cp_stdio_t* s = &opts.stdio[i];
    if (s->type == CP_STDIO_PIPE) {
      sync_pipe_t* p = &r->pipes[i];
      p->index = i;
      p->run = r;
      uv_pipe_init(&r->loop, &p->pipe, 0);
      p->pipe.data = p;
      stdio[i].flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
      stdio[i].data.stream = (uv_stream_t*)&p->pipe;
      r->npipes = i + 1;
    } else if (s->type == CP_STDIO_FD) {
      stdio[i].flags = UV_INHERIT_FD;
      stdio[i].data.fd = s->fd;
    } else {
      stdio[i].flags = UV_IGNORE;
    }
  }

  uv_process_options_t po;
  cp_fill_process_options(&opts, stdio, &po);
  po.exit_cb = on_exit_cb;
  r->process.data = r;
  int err = uv_spawn(&r->loop, &r->process, &po);
  if (err == 0) {
    for (int i = 0; i < opts.nstdio; i++) {
      if (opts.stdio[i].type != CP_STDIO_PIPE) continue;
      sync_pipe_t* p = &r->pipes[i];
      if (i == 0) {
        /* stdin: write the input, then end it */
        if (opts.stdio[i].input_len > 0) {
          p->input = uv_buf_init(opts.stdio[i].input, (unsigned)opts.stdio[i].input_len);
          p->write_req.data = p;
          uv_write(&p->write_req, (uv_stream_t*)&p->pipe, &p->input, 1, after_write);
        } else {
          p->shutdown_req.data = p;
          if (uv_shutdown(&p->shutdown_req, (uv_stream_t*)&p->pipe, after_shutdown) != 0)
            uv_close((uv_handle_t*)&p->pipe, close_noop);
        }
      } else {
        uv_read_start((uv_stream_t*)&p->pipe, on_alloc, on_read);
      }
    }
    if (opts.timeout > 0) {
      uv_timer_init(&r->loop, &r->timer);
      r->timer.data = r;
      uv_timer_start(&r->timer, on_timeout, (uint64_t)opts.timeout, 0);
      r->timer_started = 1;
    }
  } else {
    r->error = err;
    for (int i = 0; i < r->npipes; i++)
      if (opts.stdio[i].type == CP_STDIO_PIPE) uv_close((uv_handle_t*)&r->pipes[i].pipe, close_noop);
    uv_close((uv_handle_t*)&r->process, close_noop);
  }
  uv_run(&r->loop, UV_RUN_DEFAULT);

  napi_create_object(env, &result);
  if (err == 0) {
    napi_create_int32(env, r->process.pid, &v);
  } else {
    napi_create_int32(env, 0, &v);
  }
  napi_set_named_property(env, result, "pid", v);
  if (r->exited && r->term_signal == 0) napi_create_double(env, (double)r->exit_status, &v);
  else napi_get_null(env, &v);
  napi_set_named_property(env, result, "status", v);
  if (r->exited && r->term_signal != 0) napi_create_int32(env, r->term_signal, &v);
  else napi_get_null(env, &v);
  napi_set_named_property(env, result, "signal", v);
  if (r->error) napi_create_int32(env, r->error, &v);
  else napi_get_undefined(env, &v);
  napi_set_named_property(env, result, "error", v);
  napi_value output;
  napi_create_array_with_length(env, (size_t)opts.nstdio, &output);
  for (int i = 0; i < opts.nstdio; i++) {
    if (opts.stdio[i].type == CP_STDIO_PIPE && i > 0 && err == 0) {
      void* data;
      napi_create_buffer_copy(env, r->pipes[i].len, r->pipes[i].data ? r->pipes[i].data : "", &data, &v);
    } else {
      napi_get_null(env, &v);
    }
    napi_set_element(env, output, (uint32_t)i, v);
  }
  napi_set_named_property(env, result, "output", output);

  for (int i = 0; i < opts.nstdio; i++) free(r->pipes[i].data);
  uv_loop_close(&r->loop);
  free(r);
  cp_free_options(&opts);
  return result;
}
