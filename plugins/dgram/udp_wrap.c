/* UDP handles (uv_udp_t) for dgram.js.
 *
 * The JS face of a handle:
 *
 *   new UDP()                         an unbound socket (libuv makes the OS socket on bind)
 *   bind(ip, port, flags, v6)         flags: UV_UDP_IPV6ONLY / UV_UDP_REUSEADDR (exported)
 *   open(fd)
 *   connect(ip, port, v6) / disconnect()
 *   send(req, chunks, port, ip, v6)   chunks: array of Buffers/TypedArrays; port
 *       undefined = the connected peer. Returns a negative libuv code on failure,
 *       bytes + 1 when everything went out at once (req is then never called back), or
 *       0 when queued: later `req.oncomplete(status, bytes)` with this = req. The caller
 *       keeps the chunks referenced until then (they are not copied).
 *   recvStart() / recvStop()          datagrams arrive as
 *       `handle.onmessage(nread, handle, buffer, rinfo)`: nread >= 0 with a fresh Buffer
 *       and rinfo { address, family, port, size }, or nread < 0 (a libuv code) alone.
 *   getsockname(out) / getpeername(out)   fill out.address, out.family, out.port
 *   setBroadcast(on), setTTL(n), setMulticastTTL(n), setMulticastLoopback(on),
 *   setMulticastInterface(ip), addMembership(group, iface), dropMembership(group, iface),
 *   addSourceSpecificMembership(source, group, iface), dropSourceSpecificMembership(...)
 *   bufferSize(size, isRecv)          size 0 reads; returns the size or a negative code
 *   getSendQueueSize() / getSendQueueCount()
 *   close([callback]), ref(), unref(), hasRef(), fd
 *
 * Every method returns 0 or a negative libuv code and answers UV_EBADF once closed.
 * Lifetime: the JS object is kept alive from creation until the close completes; the
 * native struct is freed by the wrap's finalizer after that. */
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>

#include <node_api.h>
#include <uv.h>

typedef struct {
  uv_udp_t udp;
  napi_env env;
  napi_ref self;
  napi_ref close_cb;
  napi_async_context ctx;
  int closing;
  int closed;
} dgram_handle_t;

typedef struct {
  uv_udp_send_t send;
  napi_env env;
  napi_ref req;
  napi_async_context ctx;
  uv_buf_t* bufs;
  size_t bytes;
} dgram_req_t;

/* Datagrams are copied out of one slab before JS runs: receives happen one at a time on
 * the loop thread, and a copy is cheaper than a 64 KiB allocation per datagram. */
static _Thread_local char dgram__slab[65536];

static napi_value dgram__int(napi_env env, int v) {
  napi_value r;
  napi_create_int32(env, v, &r);
  return r;
}

static dgram_handle_t* dgram__unwrap(napi_env env, napi_callback_info info, size_t* argc,
                                     napi_value* argv, napi_value* self_out) {
  napi_value self;
  void* p = NULL;
  size_t zero = 0;
  if (napi_get_cb_info(env, info, argc ? argc : &zero, argv, &self, NULL) != napi_ok) return NULL;
  if (self_out) *self_out = self;
  if (napi_unwrap(env, self, &p) != napi_ok || p == NULL) return NULL;
  dgram_handle_t* h = p;
  return h->closing ? NULL : h;
}

static void dgram__finalize(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  dgram_handle_t* h = data;
  /* Only a closed handle can be unreachable (the strong reference holds it until then);
   * at environment teardown an open one is left to the process exit. */
  if (h->closed) free(h);
}

static void dgram__free_on_close(uv_handle_t* handle) { free(handle->data); }

static napi_value dgram_new(napi_env env, napi_callback_info info) {
  napi_value self, name;
  size_t argc = 0;
  uv_loop_t* loop;
  if (napi_get_cb_info(env, info, &argc, NULL, &self, NULL) != napi_ok) return NULL;
  dgram_handle_t* h = calloc(1, sizeof(*h));
  if (!h) {
    napi_throw_error(env, "ERR_MEMORY_ALLOCATION_FAILED", "out of memory");
    return NULL;
  }
  h->env = env;
  if (napi_get_uv_event_loop(env, &loop) != napi_ok || uv_udp_init(loop, &h->udp) != 0) {
    free(h);
    napi_throw_error(env, NULL, "uv_udp_init failed");
    return NULL;
  }
  h->udp.data = h;
  if (napi_create_string_utf8(env, "UDPWRAP", NAPI_AUTO_LENGTH, &name) != napi_ok ||
      napi_async_init(env, self, name, &h->ctx) != napi_ok ||
      napi_create_reference(env, self, 1, &h->self) != napi_ok ||
      napi_wrap(env, self, h, dgram__finalize, NULL, NULL) != napi_ok) {
    /* The uv handle is initialised but holds no OS socket yet: closing it with a
     * callback that frees keeps the loop consistent. */
    h->closing = 1;
    h->closed = 1;
    uv_close((uv_handle_t*)&h->udp, dgram__free_on_close);
    return NULL;
  }
  return self;
}

/* Reads (ip, port) into a sockaddr; returns a libuv code. */
static int dgram__addr(napi_env env, napi_value ip, napi_value port, int v6,
                       struct sockaddr_storage* out) {
  char buf[64];
  size_t len = 0;
  uint32_t p = 0;
  if (napi_get_value_string_utf8(env, ip, buf, sizeof(buf), &len) != napi_ok) return UV_EINVAL;
  if (len >= sizeof(buf) - 1) return UV_EINVAL;
  napi_get_value_uint32(env, port, &p);
  memset(out, 0, sizeof(*out));
  if (v6) return uv_ip6_addr(buf, (int)(p & 0xffff), (struct sockaddr_in6*)out);
  return uv_ip4_addr(buf, (int)(p & 0xffff), (struct sockaddr_in*)out);
}

static int dgram__truthy(napi_env env, napi_value v) {
  bool b = false;
  napi_value coerced;
  if (napi_coerce_to_bool(env, v, &coerced) == napi_ok) napi_get_value_bool(env, coerced, &b);
  return b;
}

static napi_value dgram_bind(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  dgram_handle_t* h = dgram__unwrap(env, info, &argc, argv, NULL);
  if (!h) return dgram__int(env, UV_EBADF);
  if (argc < 4) return dgram__int(env, UV_EINVAL);
  struct sockaddr_storage ss;
  uint32_t flags = 0;
  int v6 = dgram__truthy(env, argv[3]);
  napi_get_value_uint32(env, argv[2], &flags);
  int err = dgram__addr(env, argv[0], argv[1], v6, &ss);
  if (err == 0) err = uv_udp_bind(&h->udp, (struct sockaddr*)&ss, flags);
  return dgram__int(env, err);
}

static napi_value dgram_open(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t fd = -1;
  dgram_handle_t* h = dgram__unwrap(env, info, &argc, argv, NULL);
  if (!h) return dgram__int(env, UV_EBADF);
  if (argc >= 1) napi_get_value_int32(env, argv[0], &fd);
  if (fd < 0) return dgram__int(env, UV_EBADF);
  return dgram__int(env, uv_udp_open(&h->udp, (uv_os_sock_t)fd));
}

static napi_value dgram_connect(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  dgram_handle_t* h = dgram__unwrap(env, info, &argc, argv, NULL);
  if (!h) return dgram__int(env, UV_EBADF);
  if (argc < 3) return dgram__int(env, UV_EINVAL);
  struct sockaddr_storage ss;
  int err = dgram__addr(env, argv[0], argv[1], dgram__truthy(env, argv[2]), &ss);
  if (err == 0) err = uv_udp_connect(&h->udp, (struct sockaddr*)&ss);
  return dgram__int(env, err);
}

static napi_value dgram_disconnect(napi_env env, napi_callback_info info) {
  dgram_handle_t* h = dgram__unwrap(env, info, NULL, NULL, NULL);
  if (!h) return dgram__int(env, UV_EBADF);
  return dgram__int(env, uv_udp_connect(&h->udp, NULL));
}

/* ---- sending ---- */

static void dgram__req_free(dgram_req_t* r) {
  napi_delete_reference(r->env, r->req);
  napi_async_destroy(r->env, r->ctx);
  free(r->bufs);
  free(r);
}

static void dgram__after_send(uv_udp_send_t* s, int status) {
  dgram_req_t* r = s->data;
  napi_handle_scope scope;
  napi_value req, fn, argv[2];
  napi_valuetype t;
  napi_open_handle_scope(r->env, &scope);
  napi_get_reference_value(r->env, r->req, &req);
  argv[0] = dgram__int(r->env, status);
  napi_create_double(r->env, (double)r->bytes, &argv[1]);
  if (req && napi_get_named_property(r->env, req, "oncomplete", &fn) == napi_ok &&
      napi_typeof(r->env, fn, &t) == napi_ok && t == napi_function)
    napi_make_callback(r->env, r->ctx, req, fn, 2, argv, NULL);
  napi_close_handle_scope(r->env, scope);
  dgram__req_free(r);
}

/* Reads the chunks array into a heap array of uv_buf_t; returns a libuv code. */
static int dgram__read_chunks(napi_env env, napi_value list, uv_buf_t** out, uint32_t* count,
                              size_t* total) {
  bool is_array = false;
  uint32_t n = 0;
  if (napi_is_array(env, list, &is_array) != napi_ok || !is_array) return UV_EINVAL;
  napi_get_array_length(env, list, &n);
  uv_buf_t* bufs = calloc(n ? n : 1, sizeof(*bufs));
  if (!bufs) return UV_ENOMEM;
  *total = 0;
  for (uint32_t i = 0; i < n; i++) {
    napi_value el, ab;
    napi_typedarray_type tt;
    size_t len = 0, off = 0;
    void* data = NULL;
    bool is_ta = false, is_dv = false;
    if (napi_get_element(env, list, i, &el) != napi_ok) {
      free(bufs);
      return UV_EINVAL;
    }
    napi_is_typedarray(env, el, &is_ta);
    if (is_ta) {
      size_t elems = 0;
      if (napi_get_typedarray_info(env, el, &tt, &elems, &data, &ab, &off) != napi_ok) {
        free(bufs);
        return UV_EINVAL;
      }
      size_t width = 1;
      switch (tt) {
        case napi_int16_array: case napi_uint16_array: width = 2; break;
        case napi_int32_array: case napi_uint32_array: case napi_float32_array: width = 4; break;
        case napi_float64_array: case napi_bigint64_array: case napi_biguint64_array: width = 8; break;
        default: width = 1; break;
      }
      len = elems * width;
    } else if (napi_is_dataview(env, el, &is_dv) == napi_ok && is_dv) {
      if (napi_get_dataview_info(env, el, &len, &data, &ab, &off) != napi_ok) {
        free(bufs);
        return UV_EINVAL;
      }
    } else {
      free(bufs);
      return UV_EINVAL;
    }
    bufs[i] = uv_buf_init(len ? data : dgram__slab, (unsigned)len);
    *total += len;
  }
  if (n == 0) {
    bufs[0] = uv_buf_init(dgram__slab, 0);
    n = 1;
  }
  *out = bufs;
  *count = n;
  return 0;
}

static napi_value dgram_send(napi_env env, napi_callback_info info) {
  size_t argc = 5;
  napi_value argv[5];
  napi_valuetype pt = napi_undefined;
  dgram_handle_t* h = dgram__unwrap(env, info, &argc, argv, NULL);
  if (!h) return dgram__int(env, UV_EBADF);
  if (argc < 2) return dgram__int(env, UV_EINVAL);
  struct sockaddr_storage ss;
  const struct sockaddr* addr = NULL;
  if (argc >= 4) napi_typeof(env, argv[2], &pt);
  if (pt != napi_undefined && pt != napi_null) {
    int err = dgram__addr(env, argv[3], argv[2], argc >= 5 && dgram__truthy(env, argv[4]), &ss);
    if (err) return dgram__int(env, err);
    addr = (const struct sockaddr*)&ss;
  }
  uv_buf_t* bufs = NULL;
  uint32_t n = 0;
  size_t total = 0;
  int err = dgram__read_chunks(env, argv[1], &bufs, &n, &total);
  if (err) return dgram__int(env, err);
  /* Try at once: most datagrams leave without a request. An empty queue is required by
   * libuv for this, which keeps datagrams in order. */
  err = uv_udp_try_send(&h->udp, bufs, n, addr);
  if (err >= 0) {
    free(bufs);
    napi_value r;
    napi_create_double(env, (double)total + 1, &r);
    return r;
  }
  if (err != UV_EAGAIN) {
    free(bufs);
    return dgram__int(env, err);
  }
  napi_valuetype rt;
  if (napi_typeof(env, argv[0], &rt) != napi_ok || rt != napi_object) {
    free(bufs);
    return dgram__int(env, UV_EINVAL);
  }
  dgram_req_t* r = calloc(1, sizeof(*r));
  napi_value name;
  if (!r) {
    free(bufs);
    return dgram__int(env, UV_ENOMEM);
  }
  r->env = env;
  r->bufs = bufs;
  r->bytes = total;
  r->send.data = r;
  if (napi_create_reference(env, argv[0], 1, &r->req) != napi_ok) {
    free(bufs);
    free(r);
    return dgram__int(env, UV_ENOMEM);
  }
  napi_create_string_utf8(env, "SENDWRAP", NAPI_AUTO_LENGTH, &name);
  napi_async_init(env, argv[0], name, &r->ctx);
  err = uv_udp_send(&r->send, &h->udp, bufs, n, addr, dgram__after_send);
  if (err) dgram__req_free(r); /* libuv's rule: a failed call never calls back */
  return dgram__int(env, err);
}

/* ---- receiving ---- */

static void dgram__alloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf) {
  (void)handle;
  (void)suggested;
  *buf = uv_buf_init(dgram__slab, sizeof(dgram__slab));
}

static void dgram__call(dgram_handle_t* h, napi_value self, const char* name, size_t argc,
                        napi_value* argv) {
  napi_value fn;
  napi_valuetype t;
  if (napi_get_named_property(h->env, self, name, &fn) != napi_ok) return;
  if (napi_typeof(h->env, fn, &t) != napi_ok || t != napi_function) return;
  napi_make_callback(h->env, h->ctx, self, fn, argc, argv, NULL);
}

/* Fills out.address/family/port from a sockaddr; returns a libuv code. */
static int dgram__fill_addr(napi_env env, const struct sockaddr* sa, napi_value out) {
  char ip[64] = "";
  int port;
  const char* family;
  napi_value v;
  if (sa->sa_family == AF_INET6) {
    const struct sockaddr_in6* a = (const struct sockaddr_in6*)sa;
    uv_ip6_name(a, ip, sizeof(ip));
    port = ntohs(a->sin6_port);
    family = "IPv6";
  } else if (sa->sa_family == AF_INET) {
    const struct sockaddr_in* a = (const struct sockaddr_in*)sa;
    uv_ip4_name(a, ip, sizeof(ip));
    port = ntohs(a->sin_port);
    family = "IPv4";
  } else {
    return UV_EAFNOSUPPORT;
  }
  napi_create_string_utf8(env, ip, NAPI_AUTO_LENGTH, &v);
  napi_set_named_property(env, out, "address", v);
  napi_create_string_utf8(env, family, NAPI_AUTO_LENGTH, &v);
  napi_set_named_property(env, out, "family", v);
  napi_set_named_property(env, out, "port", dgram__int(env, port));
  return 0;
}

static void dgram__on_recv(uv_udp_t* u, ssize_t n, const uv_buf_t* buf,
                           const struct sockaddr* addr, unsigned flags) {
  dgram_handle_t* h = u->data;
  (void)flags;
  /* n == 0 with no address: nothing was there to read (libuv's "would block"). */
  if (h->closing || (n == 0 && addr == NULL)) return;
  napi_handle_scope scope;
  napi_value argv[4], self;
  void* data;
  napi_open_handle_scope(h->env, &scope);
  napi_get_reference_value(h->env, h->self, &self);
  napi_create_double(h->env, (double)n, &argv[0]);
  argv[1] = self;
  if (n >= 0 && addr != NULL) {
    if (napi_create_buffer_copy(h->env, (size_t)n, buf->base, &data, &argv[2]) != napi_ok) {
      napi_close_handle_scope(h->env, scope);
      return;
    }
    napi_create_object(h->env, &argv[3]);
    dgram__fill_addr(h->env, addr, argv[3]);
    napi_set_named_property(h->env, argv[3], "size", dgram__int(h->env, (int)n));
    dgram__call(h, self, "onmessage", 4, argv);
  } else {
    dgram__call(h, self, "onmessage", 1, argv);
  }
  napi_close_handle_scope(h->env, scope);
}

static napi_value dgram_recv_start(napi_env env, napi_callback_info info) {
  dgram_handle_t* h = dgram__unwrap(env, info, NULL, NULL, NULL);
  if (!h) return dgram__int(env, UV_EBADF);
  int err = uv_udp_recv_start(&h->udp, dgram__alloc, dgram__on_recv);
  /* Starting twice is not an error for the caller. */
  if (err == UV_EALREADY) err = 0;
  return dgram__int(env, err);
}

static napi_value dgram_recv_stop(napi_env env, napi_callback_info info) {
  dgram_handle_t* h = dgram__unwrap(env, info, NULL, NULL, NULL);
  return dgram__int(env, h ? uv_udp_recv_stop(&h->udp) : UV_EBADF);
}

/* ---- addresses and options ---- */

static napi_value dgram_name(napi_env env, napi_callback_info info, int peer) {
  size_t argc = 1;
  napi_value argv[1];
  dgram_handle_t* h = dgram__unwrap(env, info, &argc, argv, NULL);
  if (!h) return dgram__int(env, UV_EBADF);
  if (argc < 1) return dgram__int(env, UV_EINVAL);
  struct sockaddr_storage ss;
  int len = sizeof(ss);
  int err = peer ? uv_udp_getpeername(&h->udp, (struct sockaddr*)&ss, &len)
                 : uv_udp_getsockname(&h->udp, (struct sockaddr*)&ss, &len);
  if (err == 0) err = dgram__fill_addr(env, (struct sockaddr*)&ss, argv[0]);
  return dgram__int(env, err);
}

static napi_value dgram_getsockname(napi_env env, napi_callback_info info) { return dgram_name(env, info, 0); }
static napi_value dgram_getpeername(napi_env env, napi_callback_info info) { return dgram_name(env, info, 1); }

typedef enum { OPT_BROADCAST, OPT_TTL, OPT_MCAST_TTL, OPT_MCAST_LOOP } dgram_opt_t;

static napi_value dgram_set_opt(napi_env env, napi_callback_info info, dgram_opt_t opt) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t v = 0;
  dgram_handle_t* h = dgram__unwrap(env, info, &argc, argv, NULL);
  if (!h) return dgram__int(env, UV_EBADF);
  if (argc >= 1) napi_get_value_int32(env, argv[0], &v);
  int err;
  switch (opt) {
    case OPT_BROADCAST: err = uv_udp_set_broadcast(&h->udp, v != 0); break;
    case OPT_TTL: err = uv_udp_set_ttl(&h->udp, v); break;
    case OPT_MCAST_TTL: err = uv_udp_set_multicast_ttl(&h->udp, v); break;
    default: err = uv_udp_set_multicast_loop(&h->udp, v != 0); break;
  }
  return dgram__int(env, err);
}

static napi_value dgram_set_broadcast(napi_env env, napi_callback_info info) { return dgram_set_opt(env, info, OPT_BROADCAST); }
static napi_value dgram_set_ttl(napi_env env, napi_callback_info info) { return dgram_set_opt(env, info, OPT_TTL); }
static napi_value dgram_set_mcast_ttl(napi_env env, napi_callback_info info) { return dgram_set_opt(env, info, OPT_MCAST_TTL); }
static napi_value dgram_set_mcast_loop(napi_env env, napi_callback_info info) { return dgram_set_opt(env, info, OPT_MCAST_LOOP); }

/* Reads an optional string argument: NULL for undefined/null; returns 0 or UV_EINVAL. */
static int dgram__opt_string(napi_env env, napi_value v, char* buf, size_t size, const char** out) {
  napi_valuetype t;
  size_t len = 0;
  *out = NULL;
  if (napi_typeof(env, v, &t) != napi_ok) return UV_EINVAL;
  if (t == napi_undefined || t == napi_null) return 0;
  if (t != napi_string || napi_get_value_string_utf8(env, v, buf, size, &len) != napi_ok ||
      len >= size - 1)
    return UV_EINVAL;
  *out = buf;
  return 0;
}

static napi_value dgram_set_mcast_iface(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  char buf[64];
  const char* iface = NULL;
  dgram_handle_t* h = dgram__unwrap(env, info, &argc, argv, NULL);
  if (!h) return dgram__int(env, UV_EBADF);
  int err = argc >= 1 ? dgram__opt_string(env, argv[0], buf, sizeof(buf), &iface) : UV_EINVAL;
  if (err == 0) err = uv_udp_set_multicast_interface(&h->udp, iface);
  return dgram__int(env, err);
}

static napi_value dgram_membership(napi_env env, napi_callback_info info, uv_membership m) {
  size_t argc = 2;
  napi_value argv[2];
  char group[64], ibuf[64];
  const char *g = NULL, *iface = NULL;
  dgram_handle_t* h = dgram__unwrap(env, info, &argc, argv, NULL);
  if (!h) return dgram__int(env, UV_EBADF);
  if (argc < 1) return dgram__int(env, UV_EINVAL);
  int err = dgram__opt_string(env, argv[0], group, sizeof(group), &g);
  if (err == 0 && g == NULL) err = UV_EINVAL;
  if (err == 0 && argc >= 2) err = dgram__opt_string(env, argv[1], ibuf, sizeof(ibuf), &iface);
  if (err == 0) err = uv_udp_set_membership(&h->udp, g, iface, m);
  return dgram__int(env, err);
}

static napi_value dgram_add_membership(napi_env env, napi_callback_info info) { return dgram_membership(env, info, UV_JOIN_GROUP); }
static napi_value dgram_drop_membership(napi_env env, napi_callback_info info) { return dgram_membership(env, info, UV_LEAVE_GROUP); }

static napi_value dgram_ssm(napi_env env, napi_callback_info info, uv_membership m) {
  size_t argc = 3;
  napi_value argv[3];
  char src[64], group[64], ibuf[64];
  const char *s = NULL, *g = NULL, *iface = NULL;
  dgram_handle_t* h = dgram__unwrap(env, info, &argc, argv, NULL);
  if (!h) return dgram__int(env, UV_EBADF);
  if (argc < 2) return dgram__int(env, UV_EINVAL);
  int err = dgram__opt_string(env, argv[0], src, sizeof(src), &s);
  if (err == 0) err = dgram__opt_string(env, argv[1], group, sizeof(group), &g);
  if (err == 0 && (s == NULL || g == NULL)) err = UV_EINVAL;
  if (err == 0 && argc >= 3) err = dgram__opt_string(env, argv[2], ibuf, sizeof(ibuf), &iface);
  if (err == 0) err = uv_udp_set_source_membership(&h->udp, g, iface, s, m);
  return dgram__int(env, err);
}

static napi_value dgram_add_ssm(napi_env env, napi_callback_info info) { return dgram_ssm(env, info, UV_JOIN_GROUP); }
static napi_value dgram_drop_ssm(napi_env env, napi_callback_info info) { return dgram_ssm(env, info, UV_LEAVE_GROUP); }

static napi_value dgram_buffer_size(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  int32_t size = 0;
  dgram_handle_t* h = dgram__unwrap(env, info, &argc, argv, NULL);
  if (!h) return dgram__int(env, UV_EBADF);
  if (argc < 2) return dgram__int(env, UV_EINVAL);
  napi_get_value_int32(env, argv[0], &size);
  int value = size;
  int err = dgram__truthy(env, argv[1]) ? uv_recv_buffer_size((uv_handle_t*)&h->udp, &value)
                                        : uv_send_buffer_size((uv_handle_t*)&h->udp, &value);
  return dgram__int(env, err ? err : value);
}

static napi_value dgram_send_queue_size(napi_env env, napi_callback_info info) {
  dgram_handle_t* h = dgram__unwrap(env, info, NULL, NULL, NULL);
  napi_value r;
  napi_create_double(env, h ? (double)uv_udp_get_send_queue_size(&h->udp) : 0, &r);
  return r;
}

static napi_value dgram_send_queue_count(napi_env env, napi_callback_info info) {
  dgram_handle_t* h = dgram__unwrap(env, info, NULL, NULL, NULL);
  napi_value r;
  napi_create_double(env, h ? (double)uv_udp_get_send_queue_count(&h->udp) : 0, &r);
  return r;
}

/* ---- close, ref ---- */

static void dgram__on_close(uv_handle_t* handle) {
  dgram_handle_t* h = handle->data;
  napi_env env = h->env;
  napi_handle_scope scope;
  napi_value self, cb;
  napi_open_handle_scope(env, &scope);
  napi_get_reference_value(env, h->self, &self);
  if (h->close_cb) {
    napi_get_reference_value(env, h->close_cb, &cb);
    napi_make_callback(env, h->ctx, self, cb, 0, NULL, NULL);
    napi_delete_reference(env, h->close_cb);
    h->close_cb = NULL;
  }
  napi_close_handle_scope(env, scope);
  napi_async_destroy(env, h->ctx);
  h->closed = 1;
  /* From here the JS object may die; its finalizer frees h. */
  napi_delete_reference(env, h->self);
  h->self = NULL;
}

static napi_value dgram_close(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], undef;
  napi_valuetype t = napi_undefined;
  napi_get_undefined(env, &undef);
  dgram_handle_t* h = dgram__unwrap(env, info, &argc, argv, NULL);
  if (!h) return undef;
  h->closing = 1;
  if (argc >= 1) napi_typeof(env, argv[0], &t);
  if (t == napi_function) napi_create_reference(env, argv[0], 1, &h->close_cb);
  uv_close((uv_handle_t*)&h->udp, dgram__on_close);
  return undef;
}

static napi_value dgram_ref(napi_env env, napi_callback_info info) {
  dgram_handle_t* h = dgram__unwrap(env, info, NULL, NULL, NULL);
  if (h) uv_ref((uv_handle_t*)&h->udp);
  return NULL;
}

static napi_value dgram_unref(napi_env env, napi_callback_info info) {
  dgram_handle_t* h = dgram__unwrap(env, info, NULL, NULL, NULL);
  if (h) uv_unref((uv_handle_t*)&h->udp);
  return NULL;
}

static napi_value dgram_has_ref(napi_env env, napi_callback_info info) {
  dgram_handle_t* h = dgram__unwrap(env, info, NULL, NULL, NULL);
  napi_value r;
  napi_get_boolean(env, h ? uv_has_ref((uv_handle_t*)&h->udp) != 0 : false, &r);
  return r;
}

static napi_value dgram_fd(napi_env env, napi_callback_info info) {
  dgram_handle_t* h = dgram__unwrap(env, info, NULL, NULL, NULL);
  uv_os_fd_t fd = -1;
  if (!h || uv_fileno((uv_handle_t*)&h->udp, &fd) != 0) fd = -1;
  return dgram__int(env, (int)fd);
}

static napi_value dgram_errname(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], v;
  int32_t code = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc >= 1) napi_get_value_int32(env, argv[0], &code);
  napi_create_string_utf8(env, uv_err_name(code), NAPI_AUTO_LENGTH, &v);
  return v;
}

static napi_value dgram_strerror(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], v;
  int32_t code = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc >= 1) napi_get_value_int32(env, argv[0], &code);
  napi_create_string_utf8(env, uv_strerror(code), NAPI_AUTO_LENGTH, &v);
  return v;
}

napi_value nodus_dgram_init(napi_env env, napi_value exports) {
  static const napi_property_descriptor methods[] = {
      {"bind", NULL, dgram_bind, NULL, NULL, NULL, napi_default_method, NULL},
      {"open", NULL, dgram_open, NULL, NULL, NULL, napi_default_method, NULL},
      {"connect", NULL, dgram_connect, NULL, NULL, NULL, napi_default_method, NULL},
      {"disconnect", NULL, dgram_disconnect, NULL, NULL, NULL, napi_default_method, NULL},
      {"send", NULL, dgram_send, NULL, NULL, NULL, napi_default_method, NULL},
      {"recvStart", NULL, dgram_recv_start, NULL, NULL, NULL, napi_default_method, NULL},
      {"recvStop", NULL, dgram_recv_stop, NULL, NULL, NULL, napi_default_method, NULL},
      {"getsockname", NULL, dgram_getsockname, NULL, NULL, NULL, napi_default_method, NULL},
      {"getpeername", NULL, dgram_getpeername, NULL, NULL, NULL, napi_default_method, NULL},
      {"setBroadcast", NULL, dgram_set_broadcast, NULL, NULL, NULL, napi_default_method, NULL},
      {"setTTL", NULL, dgram_set_ttl, NULL, NULL, NULL, napi_default_method, NULL},
      {"setMulticastTTL", NULL, dgram_set_mcast_ttl, NULL, NULL, NULL, napi_default_method, NULL},
      {"setMulticastLoopback", NULL, dgram_set_mcast_loop, NULL, NULL, NULL, napi_default_method, NULL},
      {"setMulticastInterface", NULL, dgram_set_mcast_iface, NULL, NULL, NULL, napi_default_method, NULL},
      {"addMembership", NULL, dgram_add_membership, NULL, NULL, NULL, napi_default_method, NULL},
      {"dropMembership", NULL, dgram_drop_membership, NULL, NULL, NULL, napi_default_method, NULL},
      {"addSourceSpecificMembership", NULL, dgram_add_ssm, NULL, NULL, NULL, napi_default_method, NULL},
      {"dropSourceSpecificMembership", NULL, dgram_drop_ssm, NULL, NULL, NULL, napi_default_method, NULL},
      {"bufferSize", NULL, dgram_buffer_size, NULL, NULL, NULL, napi_default_method, NULL},
      {"getSendQueueSize", NULL, dgram_send_queue_size, NULL, NULL, NULL, napi_default_method, NULL},
      {"getSendQueueCount", NULL, dgram_send_queue_count, NULL, NULL, NULL, napi_default_method, NULL},
      {"close", NULL, dgram_close, NULL, NULL, NULL, napi_default_method, NULL},
      {"ref", NULL, dgram_ref, NULL, NULL, NULL, napi_default_method, NULL},
      {"unref", NULL, dgram_unref, NULL, NULL, NULL, napi_default_method, NULL},
      {"hasRef", NULL, dgram_has_ref, NULL, NULL, NULL, napi_default_method, NULL},
      {"fd", NULL, NULL, dgram_fd, NULL, NULL, napi_default, NULL},
  };
  napi_value cls;
  if (napi_define_class(env, "UDP", NAPI_AUTO_LENGTH, dgram_new, NULL,
                        sizeof(methods) / sizeof(methods[0]), methods, &cls) != napi_ok ||
      napi_set_named_property(env, exports, "UDP", cls) != napi_ok)
    return NULL;
  napi_property_descriptor consts[] = {
      {"errname", NULL, dgram_errname, NULL, NULL, NULL, napi_default_method, NULL},
      {"strerror", NULL, dgram_strerror, NULL, NULL, NULL, napi_default_method, NULL},
      {"UV_UDP_IPV6ONLY", NULL, NULL, NULL, NULL, dgram__int(env, UV_UDP_IPV6ONLY), napi_enumerable, NULL},
      {"UV_UDP_REUSEADDR", NULL, NULL, NULL, NULL, dgram__int(env, UV_UDP_REUSEADDR), napi_enumerable, NULL},
      {"UV_EBADF", NULL, NULL, NULL, NULL, dgram__int(env, UV_EBADF), napi_enumerable, NULL},
  };
  if (napi_define_properties(env, exports, sizeof(consts) / sizeof(consts[0]), consts) != napi_ok)
    return NULL;
  return exports;
}

#include <nodus/plugin.h>

NODUS_PLUGIN("dgram", "0.1.0", nodus_dgram_init)
