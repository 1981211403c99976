/* The stream layer shared by TCP and Pipe handles (see stream_wrap.h for the JS
 * contract): reading into Buffers, writes that try uv_try_write before queueing,
 * shutdown, close, ref/unref and accepting connections. */
#include <stdlib.h>
#include <string.h>

#include "stream_wrap.h"

_Thread_local napi_ref net__tcp_ctor;
_Thread_local napi_ref net__pipe_ctor;

napi_value net__int(napi_env env, int v) {
  napi_value r;
  napi_create_int32(env, v, &r);
  return r;
}

net_handle_t* net__unwrap(napi_env env, napi_callback_info info, size_t* argc, napi_value* argv) {
  napi_value self;
  void* p = NULL;
  size_t zero = 0;
  if (napi_get_cb_info(env, info, argc ? argc : &zero, argv, &self, NULL) != napi_ok) return NULL;
  if (napi_unwrap(env, self, &p) != napi_ok || p == NULL) return NULL;
  net_handle_t* h = p;
  return h->closing ? NULL : h;
}

net_handle_t* net__handle_new(napi_env env, napi_value self, net_kind_t kind, const char* name) {
  net_handle_t* h = calloc(1, sizeof(*h));
  napi_value n;
  if (!h) {
    napi_throw_error(env, "ERR_MEMORY_ALLOCATION_FAILED", "out of memory");
    return NULL;
  }
  h->env = env;
  h->kind = kind;
  if (napi_create_string_utf8(env, name, NAPI_AUTO_LENGTH, &n) != napi_ok ||
      napi_async_init(env, self, n, &h->ctx) != napi_ok ||
      napi_create_reference(env, self, 1, &h->self) != napi_ok ||
      napi_wrap(env, self, h, NULL, NULL, NULL) != napi_ok) {
    free(h);
    return NULL;
  }
  h->h.handle.data = h;
  return h;
}

/* The names of the per-read and per-write callbacks as JS strings, made once per env:
 * a lookup by C string makes and internalizes the name again on every read. Held in an
 * array because a reference must be to an object. */
enum { NET__KEY_ONREAD, NET__KEY_ONCOMPLETE, NET__KEY_COUNT };
static const char* const net__key_names[NET__KEY_COUNT] = {"onread", "oncomplete"};

/* Per env (each runtime runs on its own thread, workers included):
 *  - slab: every read lands here and is copied out before JS runs. Reads happen one at a
 *    time on the loop thread, and a copy of what arrived is cheaper than a 64 KiB
 *    allocation per read plus a finalizer per Buffer.
 *  - pool: small reads (HTTP requests, most protocol messages) are copied into a shared
 *    ArrayBuffer and handed to JS as Buffer views of it, as Buffer.allocUnsafe does with
 *    its pool: a new ArrayBuffer and backing store per read was most of the cost of a
 *    read. A view keeps its pool alive, which bounds what a kept small chunk can hold. */
#define NET__SLAB_SIZE 65536
#define NET__POOL_SIZE (16 * 1024)
#define NET__POOL_MAX_READ 4096

typedef struct {
  napi_ref keys;
  char* slab;
  napi_ref pool;
  size_t pool_used;
} net__env_t;

static void net__env_finalize(napi_env env, void* data, void* hint) {
  (void)hint;
  net__env_t* e = data;
  if (e->keys) napi_delete_reference(env, e->keys);
  if (e->pool) napi_delete_reference(env, e->pool);
  free(e->slab);
  free(e);
}

int net__init_keys(napi_env env) {
  napi_value keys;
  net__env_t* e = calloc(1, sizeof(*e));
  if (!e) return 0;
  e->slab = malloc(NET__SLAB_SIZE);
  if (!e->slab) goto fail;
  if (napi_create_array_with_length(env, NET__KEY_COUNT, &keys) != napi_ok) goto fail;
  for (uint32_t i = 0; i < NET__KEY_COUNT; i++) {
    napi_value k;
    if (napi_create_string_latin1(env, net__key_names[i], NAPI_AUTO_LENGTH, &k) != napi_ok ||
        napi_set_element(env, keys, i, k) != napi_ok)
      goto fail;
  }
  if (napi_create_reference(env, keys, 1, &e->keys) != napi_ok) goto fail;
  if (napi_set_instance_data(env, e, net__env_finalize, NULL) != napi_ok) goto fail;
  return 1;
fail:
  if (e->keys) napi_delete_reference(env, e->keys);
  free(e->slab);
  free(e);
  return 0;
}

/* recv[key] for one of the cached keys (by name when the cache is missing). */
static napi_status net__get_key(napi_env env, napi_value recv, int which, napi_value* fn) {
  net__env_t* e = NULL;
  napi_value keys, key;
  if (napi_get_instance_data(env, (void**)&e) == napi_ok && e && e->keys &&
      napi_get_reference_value(env, e->keys, &keys) == napi_ok && keys &&
      napi_get_element(env, keys, (uint32_t)which, &key) == napi_ok)
    return napi_get_property(env, recv, key, fn);
  return napi_get_named_property(env, recv, net__key_names[which], fn);
}

void net__call_method(net_handle_t* h, napi_value recv, const char* name, size_t argc,
                      napi_value* argv) {
  napi_value fn;
  napi_valuetype t;
  napi_status st = strcmp(name, "onread") == 0 ? net__get_key(h->env, recv, NET__KEY_ONREAD, &fn)
                                               : napi_get_named_property(h->env, recv, name, &fn);
  if (st != napi_ok) return;
  if (napi_typeof(h->env, fn, &t) != napi_ok || t != napi_function) return;
  napi_make_callback(h->env, h->ctx, recv, fn, argc, argv, NULL);
}

/* ---- reading ---- */

static net__env_t* net__env(napi_env env) {
  net__env_t* e = NULL;
  if (napi_get_instance_data(env, (void**)&e) != napi_ok) return NULL;
  return e;
}

static void net__alloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf) {
  (void)suggested;
  net_handle_t* h = handle->data;
  net__env_t* e = net__env(h->env);
  if (e == NULL) {
    *buf = uv_buf_init(NULL, 0); /* libuv reports UV_ENOBUFS to the read callback */
    return;
  }
  *buf = uv_buf_init(e->slab, NET__SLAB_SIZE);
}

/* A Buffer holding a copy of the n bytes read: a view of the env's pool for small
 * reads, a Buffer of its own otherwise. */
static napi_status net__read_buffer(napi_env env, const char* data, size_t n,
                                    napi_value* result) {
  net__env_t* e = net__env(env);
  void* copy;
  if (e != NULL && n <= NET__POOL_MAX_READ) {
    napi_value pool = NULL;
    void* base = NULL;
    size_t size = 0;
    if (e->pool != NULL && e->pool_used + n <= NET__POOL_SIZE &&
        napi_get_reference_value(env, e->pool, &pool) == napi_ok && pool != NULL) {
      napi_get_arraybuffer_info(env, pool, &base, &size);
    } else {
      pool = NULL;
    }
    if (base == NULL || size != NET__POOL_SIZE) {
      if (e->pool) napi_delete_reference(env, e->pool);
      e->pool = NULL;
      e->pool_used = 0;
      if (napi_create_arraybuffer(env, NET__POOL_SIZE, &base, &pool) != napi_ok ||
          napi_create_reference(env, pool, 1, &e->pool) != napi_ok)
        return napi_create_buffer_copy(env, n, data, &copy, result);
    }
    memcpy((char*)base + e->pool_used, data, n);
    napi_status st = node_api_create_buffer_from_arraybuffer(env, pool, e->pool_used, n, result);
    e->pool_used += (n + 7) & ~(size_t)7; /* 8-byte aligned, as Buffer's own pool */
    return st;
  }
  return napi_create_buffer_copy(env, n, data, &copy, result);
}

static void net__on_read(uv_stream_t* s, ssize_t n, const uv_buf_t* buf) {
  net_handle_t* h = s->data;
  if (n == 0 || h->closing) return;
  napi_handle_scope scope;
  napi_value argv[2], self;
  napi_open_handle_scope(h->env, &scope);
  napi_get_reference_value(h->env, h->self, &self);
  napi_create_double(h->env, (double)n, &argv[0]);
  if (n > 0) {
    if (net__read_buffer(h->env, buf->base, (size_t)n, &argv[1]) != napi_ok)
      napi_get_undefined(h->env, &argv[1]);
  } else {
    napi_get_undefined(h->env, &argv[1]);
  }
  net__call_method(h, self, "onread", 2, argv);
  napi_close_handle_scope(h->env, scope);
}

static napi_value net__read_start(napi_env env, napi_callback_info info) {
  net_handle_t* h = net__unwrap(env, info, NULL, NULL);
  return net__int(env, h ? uv_read_start(&h->h.stream, net__alloc, net__on_read) : UV_EBADF);
}

static napi_value net__read_stop(napi_env env, napi_callback_info info) {
  net_handle_t* h = net__unwrap(env, info, NULL, NULL);
  return net__int(env, h ? uv_read_stop(&h->h.stream) : UV_EBADF);
}

/* ---- requests ---- */

net_req_t* net__req_new(napi_env env, napi_value req_obj, net_handle_t* h) {
  napi_valuetype t;
  /* The request object carries oncomplete: without one there is nothing to call. */
  if (napi_typeof(env, req_obj, &t) != napi_ok || t != napi_object) return NULL;
  net_req_t* r = calloc(1, sizeof(*r));
  napi_value n;
  if (!r) return NULL;
  r->env = env;
  r->handle = h;
  if (napi_create_reference(env, req_obj, 1, &r->req) != napi_ok) {
    free(r);
    return NULL;
  }
  napi_create_string_utf8(env, "STREAMREQ", NAPI_AUTO_LENGTH, &n);
  napi_async_init(env, req_obj, n, &r->ctx);
  r->u.write.data = r;
  return r;
}

void net__req_free(net_req_t* r) {
  napi_delete_reference(r->env, r->req);
  napi_async_destroy(r->env, r->ctx);
  free(r->storage);
  free(r->bufs);
  free(r);
}

void net__req_done(net_req_t* r, int status) {
  napi_handle_scope scope;
  napi_value req, fn, argv[1];
  napi_valuetype t;
  napi_open_handle_scope(r->env, &scope);
  napi_get_reference_value(r->env, r->req, &req);
  argv[0] = net__int(r->env, status);
  if (net__get_key(r->env, req, NET__KEY_ONCOMPLETE, &fn) == napi_ok &&
      napi_typeof(r->env, fn, &t) == napi_ok && t == napi_function) {
    napi_make_callback(r->env, r->ctx, req, fn, 1, argv, NULL);
  }
  napi_close_handle_scope(r->env, scope);
  net__req_free(r);
}

/* ---- writing ---- */

static void net__after_write(uv_write_t* w, int status) { net__req_done(w->data, status); }

/* The outcome of the last write, read by JS right after the call: setting properties
 * on the request for every write costs more than the write itself on small messages. */
static _Thread_local double* net__write_state;

int net__init_write_state(napi_env env, napi_value exports) {
  napi_value ab, arr;
  void* data;
  if (napi_create_arraybuffer(env, 2 * sizeof(double), &data, &ab) != napi_ok ||
      napi_create_typedarray(env, napi_float64_array, 2, ab, 0, &arr) != napi_ok ||
      napi_set_named_property(env, exports, "writeState", arr) != napi_ok)
    return 0;
  /* Kept alive by the binding object, which lives as long as the plugin. */
  net__write_state = data;
  return 1;
}

static void net__set_req(napi_env env, napi_value req, int async, size_t bytes) {
  (void)env;
  (void)req;
  net__write_state[0] = (double)bytes;
  net__write_state[1] = async;
}

/* Writes bufs[0..n): what uv_try_write takes goes at once; the rest is queued with a
 * request that owns `storage` (string copies) and the uv_buf_t array when heap-made. */
/* copy_on_queue: bufs[] point into a scratch area that the next write reuses, so what
 * has to wait for the socket is copied out first (single-buffer writes only). */
static int net__do_write_ex(napi_env env, net_handle_t* h, napi_value req, uv_buf_t* bufs,
                            size_t n, char* storage, int bufs_on_heap, int copy_on_queue) {
  size_t total = 0, i;
  for (i = 0; i < n; i++) total += bufs[i].len;
  int w = total == 0 ? 0 : uv_try_write(&h->h.stream, bufs, (unsigned)n);
  if (w == UV_EAGAIN || w == UV_ENOSYS) w = 0;
  if (w < 0) {
    free(storage);
    if (bufs_on_heap) free(bufs);
    return w;
  }
  size_t done = (size_t)w;
  if (done == total) {
    free(storage);
    if (bufs_on_heap) free(bufs);
    net__set_req(env, req, 0, total);
    return 0;
  }
  /* Skip what went out already. */
  i = 0;
  while (done > 0 && done >= bufs[i].len) {
    done -= bufs[i].len;
    i++;
  }
  bufs[i].base += done;
  bufs[i].len -= done;
  if (copy_on_queue && n == 1) {
    char* c = malloc(bufs[0].len ? bufs[0].len : 1);
    if (!c) return UV_ENOMEM;
    memcpy(c, bufs[0].base, bufs[0].len);
    bufs[0].base = c;
    storage = c;
  }
  net_req_t* r = net__req_new(env, req, h);
  if (!r) {
    free(storage);
    if (bufs_on_heap) free(bufs);
    return UV_EINVAL;
  }
  r->storage = storage;
  if (bufs_on_heap) r->bufs = bufs;
  int err = uv_write(&r->u.write, &h->h.stream, bufs + i, (unsigned)(n - i), net__after_write);
  if (err) {
    net__req_free(r);
    return err;
  }
  net__set_req(env, req, 1, total);
  return 0;
}

static int net__do_write(napi_env env, net_handle_t* h, napi_value req, uv_buf_t* bufs,
                         size_t n, char* storage, int bufs_on_heap) {
  return net__do_write_ex(env, h, req, bufs, n, storage, bufs_on_heap, 0);
}

static int net__buffer_data(napi_env env, napi_value v, char** data, size_t* len) {
  bool is;
  if (napi_is_typedarray(env, v, &is) == napi_ok && is) {
    napi_typedarray_type tt;
    size_t count, off;
    napi_value ab;
    void* p;
    if (napi_get_typedarray_info(env, v, &tt, &count, &p, &ab, &off) != napi_ok) return 0;
    size_t elem = 1;
    switch (tt) {
      case napi_int16_array: case napi_uint16_array: elem = 2; break;
      case napi_int32_array: case napi_uint32_array: case napi_float32_array: elem = 4; break;
      case napi_float64_array: case napi_bigint64_array: case napi_biguint64_array: elem = 8; break;
      default: break;
    }
    *data = p;
    *len = count * elem;
    return 1;
  }
  if (napi_is_dataview(env, v, &is) == napi_ok && is) {
    napi_value ab;
    size_t off;
    void* p;
    if (napi_get_dataview_info(env, v, len, &p, &ab, &off) != napi_ok) return 0;
    *data = p;
    return 1;
  }
  return 0;
}

static napi_value net__write_buffer(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  net_handle_t* h = net__unwrap(env, info, &argc, argv);
  if (!h) return net__int(env, UV_EBADF);
  char* data;
  size_t len;
  if (argc < 2 || !net__buffer_data(env, argv[1], &data, &len)) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "writeBuffer expects a buffer");
    return NULL;
  }
  uv_buf_t buf = uv_buf_init(data, (unsigned)len);
  return net__int(env, net__do_write(env, h, argv[0], &buf, 1, NULL, 0));
}

/* Copies a string out in UTF-8 or Latin-1; returns NULL (and throws) if not a string. */
static char* net__string_copy(napi_env env, napi_value s, int latin1, size_t* len) {
  napi_status st = latin1 ? napi_get_value_string_latin1(env, s, NULL, 0, len)
                          : napi_get_value_string_utf8(env, s, NULL, 0, len);
  if (st != napi_ok) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "expected a string");
    return NULL;
  }
  char* p = malloc(*len + 1);
  if (!p) return NULL;
  if (latin1) napi_get_value_string_latin1(env, s, p, *len + 1, len);
  else napi_get_value_string_utf8(env, s, p, *len + 1, len);
  return p;
}

/* Strings that fit are converted straight into this, in one pass (no length pass, no
 * malloc); the bytes are copied out only if the socket cannot take them all now. */
static _Thread_local char net__write_slab[65536];

static napi_value net__write_string(napi_env env, napi_callback_info info, int latin1) {
  size_t argc = 2, len = 0;
  napi_value argv[2];
  net_handle_t* h = net__unwrap(env, info, &argc, argv);
  if (!h) return net__int(env, UV_EBADF);
  if (argc >= 2) {
    napi_status st = latin1 ? napi_get_value_string_latin1(env, argv[1], net__write_slab,
                                                           sizeof(net__write_slab), &len)
                            : napi_get_value_string_utf8(env, argv[1], net__write_slab,
                                                         sizeof(net__write_slab), &len);
    /* A UTF-8 conversion stops short of a character that does not fit (up to 4 bytes):
     * well below the end, the whole string was converted. */
    if (st == napi_ok && len + 8 < sizeof(net__write_slab)) {
      uv_buf_t sbuf = uv_buf_init(net__write_slab, (unsigned)len);
      return net__int(env, net__do_write_ex(env, h, argv[0], &sbuf, 1, NULL, 0, 1));
    }
  }
  char* p = net__string_copy(env, argv[1], latin1, &len);
  if (!p) return NULL;
  uv_buf_t buf = uv_buf_init(p, (unsigned)len);
  return net__int(env, net__do_write(env, h, argv[0], &buf, 1, p, 0));
}

static napi_value net__write_utf8(napi_env env, napi_callback_info info) {
  return net__write_string(env, info, 0);
}

static napi_value net__write_latin1(napi_env env, napi_callback_info info) {
  return net__write_string(env, info, 1);
}

/* writev(req, chunks): Buffers by reference, strings (UTF-8) copied into one block. */
static napi_value net__writev(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  uint32_t n, i;
  net_handle_t* h = net__unwrap(env, info, &argc, argv);
  if (!h) return net__int(env, UV_EBADF);
  if (argc < 2 || napi_get_array_length(env, argv[1], &n) != napi_ok) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "writev expects an array");
    return NULL;
  }
  uv_buf_t* bufs = calloc(n ? n : 1, sizeof(uv_buf_t));
  if (!bufs) return net__int(env, UV_ENOMEM);
  /* First pass: sizes of the strings, so they share one allocation. */
  size_t string_bytes = 0;
  napi_value item;
  napi_valuetype t;
  for (i = 0; i < n; i++) {
    napi_get_element(env, argv[1], i, &item);
    napi_typeof(env, item, &t);
    if (t == napi_string) {
      size_t len;
      napi_get_value_string_utf8(env, item, NULL, 0, &len);
      string_bytes += len + 1;
    }
  }
  char* storage = string_bytes ? malloc(string_bytes) : NULL;
  if (string_bytes && !storage) {
    free(bufs);
    return net__int(env, UV_ENOMEM);
  }
  size_t used = 0;
  for (i = 0; i < n; i++) {
    napi_get_element(env, argv[1], i, &item);
    napi_typeof(env, item, &t);
    if (t == napi_string) {
      size_t len;
      napi_get_value_string_utf8(env, item, storage + used, string_bytes - used, &len);
      bufs[i] = uv_buf_init(storage + used, (unsigned)len);
      used += len + 1;
    } else {
      char* data;
      size_t len;
      if (!net__buffer_data(env, item, &data, &len)) {
        free(bufs);
        free(storage);
        napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "writev chunks must be buffers or strings");
        return NULL;
      }
      bufs[i] = uv_buf_init(data, (unsigned)len);
    }
  }
  return net__int(env, net__do_write(env, h, argv[0], bufs, n, storage, 1));
}

static void net__after_shutdown(uv_shutdown_t* s, int status) { net__req_done(s->data, status); }

static napi_value net__shutdown(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  net_handle_t* h = net__unwrap(env, info, &argc, argv);
  if (!h) return net__int(env, UV_EBADF);
  net_req_t* r = net__req_new(env, argv[0], h);
  if (!r) return net__int(env, UV_EINVAL);
  int err = uv_shutdown(&r->u.shutdown, &h->h.stream, net__after_shutdown);
  if (err) net__req_free(r);
  return net__int(env, err);
}

/* ---- close, ref ---- */

static void net__on_close(uv_handle_t* handle) {
  net_handle_t* h = handle->data;
  napi_handle_scope scope;
  napi_open_handle_scope(h->env, &scope);
  if (h->close_cb) {
    napi_value fn, self;
    napi_get_reference_value(h->env, h->close_cb, &fn);
    napi_get_reference_value(h->env, h->self, &self);
    napi_make_callback(h->env, h->ctx, self, fn, 0, NULL, NULL);
    napi_delete_reference(h->env, h->close_cb);
  }
  napi_delete_reference(h->env, h->self);
  napi_async_destroy(h->env, h->ctx);
  napi_close_handle_scope(h->env, scope);
  free(h);
}

static void net__close_handle(napi_env env, napi_callback_info info, int reset) {
  size_t argc = 1;
  napi_value argv[1], self;
  void* p = NULL;
  napi_valuetype t = napi_undefined;
  if (napi_get_cb_info(env, info, &argc, argv, &self, NULL) != napi_ok) return;
  if (napi_unwrap(env, self, &p) != napi_ok || p == NULL) return;
  net_handle_t* h = p;
  if (h->closing) return;
  h->closing = 1;
  /* Later calls on this object find no handle and answer UV_EBADF. */
  napi_remove_wrap(env, self, NULL);
  if (argc >= 1) napi_typeof(env, argv[0], &t);
  if (t == napi_function) napi_create_reference(env, argv[0], 1, &h->close_cb);
  if (reset && h->kind == NET_TCP && uv_tcp_close_reset(&h->h.tcp, net__on_close) == 0) return;
  uv_close(&h->h.handle, net__on_close);
}

static napi_value net__close(napi_env env, napi_callback_info info) {
  net__close_handle(env, info, 0);
  return NULL;
}

napi_value net__reset(napi_env env, napi_callback_info info);
napi_value net__reset(napi_env env, napi_callback_info info) {
  net__close_handle(env, info, 1);
  return net__int(env, 0);
}

static napi_value net__ref(napi_env env, napi_callback_info info) {
  net_handle_t* h = net__unwrap(env, info, NULL, NULL);
  if (h) uv_ref(&h->h.handle);
  return NULL;
}

static napi_value net__unref(napi_env env, napi_callback_info info) {
  net_handle_t* h = net__unwrap(env, info, NULL, NULL);
  if (h) uv_unref(&h->h.handle);
  return NULL;
}

static napi_value net__has_ref(napi_env env, napi_callback_info info) {
  net_handle_t* h = net__unwrap(env, info, NULL, NULL);
  napi_value r;
  napi_get_boolean(env, h && uv_has_ref(&h->h.handle), &r);
  return r;
}

static napi_value net__write_queue_size(napi_env env, napi_callback_info info) {
  net_handle_t* h = net__unwrap(env, info, NULL, NULL);
  napi_value r;
  napi_create_double(env, h ? (double)h->h.stream.write_queue_size : 0, &r);
  return r;
}

static napi_value net__get_fd(napi_env env, napi_callback_info info) {
  net_handle_t* h = net__unwrap(env, info, NULL, NULL);
  uv_os_fd_t fd = -1;
  if (!h || uv_fileno(&h->h.handle, &fd) != 0) fd = -1;
  return net__int(env, (int)fd);
}

/* ---- borrowing the libuv stream ---- */

/* The type tag of getUvStream()'s externals (stream_wrap.h gives its value). */
static const napi_type_tag net__uv_stream_tag = {0x6e6f6475736e6574ULL, 0x7576737472656d31ULL};

static napi_value net__get_uv_stream(napi_env env, napi_callback_info info) {
  net_handle_t* h = net__unwrap(env, info, NULL, NULL);
  napi_value ext;
  if (!h) return NULL;
  if (napi_create_external(env, &h->h.stream, NULL, NULL, &ext) != napi_ok ||
      napi_type_tag_object(env, ext, &net__uv_stream_tag) != napi_ok)
    return NULL;
  return ext;
}

/* ---- listening ---- */

static void net__on_connection(uv_stream_t* server, int status) {
  net_handle_t* h = server->data;
  if (h->closing) return;
  napi_handle_scope scope;
  napi_value self, argv[2], ctor, client;
  napi_open_handle_scope(h->env, &scope);
  napi_get_reference_value(h->env, h->self, &self);
  napi_get_undefined(h->env, &argv[1]);
  if (status == 0) {
    napi_value type = net__int(h->env, 0);
    void* p = NULL;
    napi_get_reference_value(h->env, h->kind == NET_TCP ? net__tcp_ctor : net__pipe_ctor, &ctor);
    if (napi_new_instance(h->env, ctor, 1, &type, &client) == napi_ok &&
        napi_unwrap(h->env, client, &p) == napi_ok && p) {
      net_handle_t* c = p;
      status = uv_accept(server, &c->h.stream);
      if (status == 0) {
        argv[1] = client;
      } else {
        c->closing = 1;
        napi_remove_wrap(h->env, client, NULL);
        uv_close(&c->h.handle, net__on_close);
      }
    } else {
      napi_value exc;
      bool pending = false;
      napi_is_exception_pending(h->env, &pending);
      if (pending) napi_get_and_clear_last_exception(h->env, &exc);
      status = UV_ENOMEM;
    }
  }
  argv[0] = net__int(h->env, status);
  net__call_method(h, self, "onconnection", 2, argv);
  napi_close_handle_scope(h->env, scope);
}

int net__listen(net_handle_t* h, int backlog) {
  return uv_listen(&h->h.stream, backlog, net__on_connection);
}

static const napi_property_descriptor net__stream_props[] = {
    {"readStart", NULL, net__read_start, NULL, NULL, NULL, napi_default_method, NULL},
    {"readStop", NULL, net__read_stop, NULL, NULL, NULL, napi_default_method, NULL},
    {"writeBuffer", NULL, net__write_buffer, NULL, NULL, NULL, napi_default_method, NULL},
    {"writeUtf8String", NULL, net__write_utf8, NULL, NULL, NULL, napi_default_method, NULL},
    {"writeLatin1String", NULL, net__write_latin1, NULL, NULL, NULL, napi_default_method, NULL},
    {"writev", NULL, net__writev, NULL, NULL, NULL, napi_default_method, NULL},
    {"shutdown", NULL, net__shutdown, NULL, NULL, NULL, napi_default_method, NULL},
    {"close", NULL, net__close, NULL, NULL, NULL, napi_default_method, NULL},
    {"ref", NULL, net__ref, NULL, NULL, NULL, napi_default_method, NULL},
    {"unref", NULL, net__unref, NULL, NULL, NULL, napi_default_method, NULL},
    {"hasRef", NULL, net__has_ref, NULL, NULL, NULL, napi_default_method, NULL},
    {"writeQueueSize", NULL, net__write_queue_size, NULL, NULL, NULL, napi_default_method, NULL},
    {"getUvStream", NULL, net__get_uv_stream, NULL, NULL, NULL, napi_default_method, NULL},
    {"fd", NULL, NULL, net__get_fd, NULL, NULL, napi_configurable, NULL},
};

const napi_property_descriptor* net__stream_methods(size_t* n) {
  *n = sizeof(net__stream_props) / sizeof(net__stream_props[0]);
  return net__stream_props;
}
