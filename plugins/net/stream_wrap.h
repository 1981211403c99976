/* The net plugin's handle layer: uv_tcp_t and uv_pipe_t handles, each owned by a JS
 * object (`socket._handle`, `server._handle`), sharing one stream layer.
 *
 * The JS face of a handle (what http and other built-ins may rely on; they get the
 * classes, writeState and the handle-to-socket symbol from require('internal/net/handles')):
 *
 *   new TCP(type) / new Pipe(type)   type: 0 = socket, 1 = server (informational)
 *
 *   Stream methods (both kinds). Methods return 0 or a negative libuv error code and
 *   never throw on a closed handle (they return UV_EBADF):
 *   readStart() / readStop()
 *       Reading calls `handle.onread(nread, buffer)` with `this` = handle: nread > 0
 *       with a fresh Buffer of exactly nread bytes (the caller owns it), or nread < 0
 *       (UV_EOF = -4095 at end of stream, another libuv code on error) and no buffer.
 *   writeBuffer(req, buffer)          buffer: any TypedArray/Buffer
 *   writeUtf8String(req, string)
 *   writeLatin1String(req, string)
 *   writev(req, chunks)               chunks: array of Buffers and strings (UTF-8)
 *       All writes try uv_try_write first. Right after a successful call the
 *       binding's `writeState` (a Float64Array) holds [bytes, async]: bytes is the byte
 *       count of the write; async is 0 when everything went out at once (then
 *       `req.oncomplete` is never called), 1 when the rest was queued (then
 *       `req.oncomplete(status)` is called later with `this` = req). Buffers are not
 *       copied: the caller keeps them unchanged (and referenced, e.g. `req.buffer`)
 *       until oncomplete; strings are copied.
 *   shutdown(req)                     later `req.oncomplete(status)`
 *   close([callback])                 uv_close; callback() once the handle is closed.
 *   ref() / unref() / hasRef()
 *   writeQueueSize()                  bytes queued in libuv, not yet written
 *   fd                                the OS descriptor (-1 when none)
 *   getUvStream()                     for other plugins' C code: a napi_external holding
 *       this handle's uv_stream_t*, type-tagged {0x6e6f6475736e6574, 0x7576737472656d31}
 *       (check with napi_check_object_type_tag before napi_get_value_external). The
 *       handle stays owned by net: a borrower may pass it to uv_spawn as a stdio
 *       stream or write to it, but never closes it, never changes its `data`, and only
 *       reads from it when net is not reading (readStop). Valid until close().
 *
 *   TCP: open(fd), bind(ip, port, flags), bind6(ip, port, flags) (flags & 1: IPv6
 *   only), listen(backlog), connect(req, ip, port), connect6(req, ip, port) (later
 *   `req.oncomplete(status)`), getsockname(out), getpeername(out) (fill out.address,
 *   out.family 'IPv4'|'IPv6', out.port), setNoDelay(bool), setKeepAlive(bool, secs),
 *   reset([callback]) (close with RST).
 *   Pipe: open(fd), bind(path), listen(backlog), connect(req, path).
 *
 *   A listening handle calls `handle.onconnection(status, client)` with a new accepted
 *   handle of the same kind (status 0) or an error status and no client.
 *
 * Lifetime: a handle object is kept alive (a strong reference) from creation until
 * close() — the loop, not the JS graph, decides when it dies — and once closed every
 * method answers UV_EBADF.
 */
#ifndef NODUS_NET_STREAM_WRAP_H
#define NODUS_NET_STREAM_WRAP_H

#include <node_api.h>
#include <uv.h>

typedef enum { NET_TCP = 0, NET_PIPE = 1 } net_kind_t;

typedef struct net_handle_s {
  union {
    uv_handle_t handle;
    uv_stream_t stream;
    uv_tcp_t tcp;
    uv_pipe_t pipe;
  } h;
  napi_env env;
  napi_ref self;
  napi_ref close_cb;
  napi_async_context ctx;
  net_kind_t kind;
  int closing;
} net_handle_t;

/* The property descriptors every stream handle class has (count in *n). */
const napi_property_descriptor* net__stream_methods(size_t* n);

/* Gets `this` and args and the live handle behind `this`; NULL when closed. */
net_handle_t* net__unwrap(napi_env env, napi_callback_info info, size_t* argc, napi_value* argv);

/* Called by the TCP/Pipe constructors: allocates and wraps a handle of `kind` on `self`
 * (the loop-level init is done by the caller through the returned struct). */
net_handle_t* net__handle_new(napi_env env, napi_value self, net_kind_t kind, const char* name);

/* Calls `handle[name](argv...)` as a MakeCallback, if it is a function. */
/* Makes the per-env cache of callback names; 1 on success. */
int net__init_keys(napi_env env);
void net__call_method(net_handle_t* h, napi_value recv, const char* name, size_t argc,
                      napi_value* argv);

/* Starts listening; connections arrive through onconnection. */
int net__listen(net_handle_t* h, int backlog);

/* Request helper: a JS req object whose oncomplete(status) is called later. */
typedef struct {
  union {
    uv_connect_t connect;
    uv_write_t write;
    uv_shutdown_t shutdown;
  } u;
  napi_env env;
  napi_ref req;
  napi_async_context ctx;
  char* storage;
  uv_buf_t* bufs;
  net_handle_t* handle;
} net_req_t;

net_req_t* net__req_new(napi_env env, napi_value req_obj, net_handle_t* h);
/* Frees a request that never started. */
void net__req_free(net_req_t* r);
/* Calls req.oncomplete(status) and frees the request. */
void net__req_done(net_req_t* r, int status);

napi_value net__int(napi_env env, int v);

/* Constructors for accepted connections, set by tcp_wrap.c and pipe_wrap.c. */
extern _Thread_local napi_ref net__tcp_ctor;
extern _Thread_local napi_ref net__pipe_ctor;

int net__tcp_init(napi_env env, napi_value exports);
int net__init_write_state(napi_env env, napi_value exports);
int net__pipe_init(napi_env env, napi_value exports);

#endif
