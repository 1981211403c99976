/* TCP handles (uv_tcp_t): the stream layer plus addresses, bind, connect and socket
 * options. See stream_wrap.h for the JS contract. */
#include <stdlib.h>
#include <string.h>

#include "stream_wrap.h"

napi_value net__reset(napi_env env, napi_callback_info info);

static napi_value tcp_new(napi_env env, napi_callback_info info) {
  napi_value self;
  size_t argc = 0;
  uv_loop_t* loop;
  if (napi_get_cb_info(env, info, &argc, NULL, &self, NULL) != napi_ok) return NULL;
  net_handle_t* h = net__handle_new(env, self, NET_TCP, "TCPWRAP");
  if (!h) return NULL;
  napi_get_uv_event_loop(env, &loop);
  uv_tcp_init(loop, &h->h.tcp);
  return self;
}

/* Reads (ip string, port) arguments into a sockaddr; returns a libuv code. */
static int tcp_addr(napi_env env, napi_value ip, napi_value port, int v6,
                    struct sockaddr_storage* out) {
  char buf[64];
  size_t len;
  int32_t p = 0;
  if (napi_get_value_string_utf8(env, ip, buf, sizeof(buf), &len) != napi_ok) return UV_EINVAL;
  napi_get_value_int32(env, port, &p);
  if (v6) return uv_ip6_addr(buf, p, (struct sockaddr_in6*)out);
  return uv_ip4_addr(buf, p, (struct sockaddr_in*)out);
}

static napi_value tcp_bind_common(napi_env env, napi_callback_info info, int v6) {
  size_t argc = 3;
  napi_value argv[3];
  net_handle_t* h = net__unwrap(env, info, &argc, argv);
  if (!h) return net__int(env, UV_EBADF);
  struct sockaddr_storage ss;
  int32_t flags = 0;
  int err = argc >= 2 ? tcp_addr(env, argv[0], argv[1], v6, &ss) : UV_EINVAL;
  if (argc >= 3) napi_get_value_int32(env, argv[2], &flags);
  if (err == 0) err = uv_tcp_bind(&h->h.tcp, (struct sockaddr*)&ss, (v6 && (flags & 1)) ? UV_TCP_IPV6ONLY : 0);
  return net__int(env, err);
}

static napi_value tcp_bind(napi_env env, napi_callback_info info) { return tcp_bind_common(env, info, 0); }
static napi_value tcp_bind6(napi_env env, napi_callback_info info) { return tcp_bind_common(env, info, 1); }

static napi_value tcp_listen(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t backlog = 511;
  net_handle_t* h = net__unwrap(env, info, &argc, argv);
  if (!h) return net__int(env, UV_EBADF);
  if (argc >= 1) napi_get_value_int32(env, argv[0], &backlog);
  return net__int(env, net__listen(h, backlog));
}

static void tcp_after_connect(uv_connect_t* c, int status) { net__req_done(c->data, status); }

static napi_value tcp_connect_common(napi_env env, napi_callback_info info, int v6) {
  size_t argc = 3;
  napi_value argv[3];
  net_handle_t* h = net__unwrap(env, info, &argc, argv);
  if (!h) return net__int(env, UV_EBADF);
  struct sockaddr_storage ss;
  int err = argc >= 3 ? tcp_addr(env, argv[1], argv[2], v6, &ss) : UV_EINVAL;
  if (err) return net__int(env, err);
  net_req_t* r = net__req_new(env, argv[0], h);
  if (!r) return net__int(env, UV_EINVAL);
  err = uv_tcp_connect(&r->u.connect, &h->h.tcp, (struct sockaddr*)&ss, tcp_after_connect);
  if (err) net__req_free(r);  /* libuv's rule: a failed call never fires its callback */
  return net__int(env, err);
}

static napi_value tcp_connect(napi_env env, napi_callback_info info) { return tcp_connect_common(env, info, 0); }
static napi_value tcp_connect6(napi_env env, napi_callback_info info) { return tcp_connect_common(env, info, 1); }

static napi_value tcp_name(napi_env env, napi_callback_info info, int peer) {
  size_t argc = 1;
  napi_value argv[1], v;
  net_handle_t* h = net__unwrap(env, info, &argc, argv);
  if (!h) return net__int(env, UV_EBADF);
  struct sockaddr_storage ss;
  int len = sizeof(ss);
  int err = peer ? uv_tcp_getpeername(&h->h.tcp, (struct sockaddr*)&ss, &len)
                 : uv_tcp_getsockname(&h->h.tcp, (struct sockaddr*)&ss, &len);
  if (err) return net__int(env, err);
  char ip[64] = "";
  int port = 0;
  const char* family;
  if (ss.ss_family == AF_INET6) {
    struct sockaddr_in6* a = (struct sockaddr_in6*)&ss;
    uv_ip6_name(a, ip, sizeof(ip));
    port = ntohs(a->sin6_port);
    family = "IPv6";
  } else if (ss.ss_family == AF_INET) {
    struct sockaddr_in* a = (struct sockaddr_in*)&ss;
    uv_ip4_name(a, ip, sizeof(ip));
    port = ntohs(a->sin_port);
    family = "IPv4";
  } else {
    return net__int(env, UV_EAFNOSUPPORT);
  }
  napi_create_string_utf8(env, ip, NAPI_AUTO_LENGTH, &v);
  napi_set_named_property(env, argv[0], "address", v);
  napi_create_string_utf8(env, family, NAPI_AUTO_LENGTH, &v);
  napi_set_named_property(env, argv[0], "family", v);
  napi_set_named_property(env, argv[0], "port", net__int(env, port));
  return net__int(env, 0);
}

static napi_value tcp_getsockname(napi_env env, napi_callback_info info) { return tcp_name(env, info, 0); }
static napi_value tcp_getpeername(napi_env env, napi_callback_info info) { return tcp_name(env, info, 1); }

static napi_value tcp_set_no_delay(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  bool on = true;
  net_handle_t* h = net__unwrap(env, info, &argc, argv);
  if (!h) return net__int(env, UV_EBADF);
  if (argc >= 1) napi_get_value_bool(env, argv[0], &on);
  return net__int(env, uv_tcp_nodelay(&h->h.tcp, on));
}

static napi_value tcp_set_keep_alive(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  bool on = false;
  int32_t delay = 0;
  net_handle_t* h = net__unwrap(env, info, &argc, argv);
  if (!h) return net__int(env, UV_EBADF);
  if (argc >= 1) napi_get_value_bool(env, argv[0], &on);
  if (argc >= 2) napi_get_value_int32(env, argv[1], &delay);
  return net__int(env, uv_tcp_keepalive(&h->h.tcp, on, (unsigned)delay));
}

static napi_value tcp_open(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t fd = -1;
  net_handle_t* h = net__unwrap(env, info, &argc, argv);
  if (!h) return net__int(env, UV_EBADF);
  if (argc >= 1) napi_get_value_int32(env, argv[0], &fd);
  return net__int(env, uv_tcp_open(&h->h.tcp, (uv_os_sock_t)fd));
}

int net__tcp_init(napi_env env, napi_value exports) {
  size_t ns;
  const napi_property_descriptor* stream = net__stream_methods(&ns);
  static const napi_property_descriptor own[] = {
      {"open", NULL, tcp_open, NULL, NULL, NULL, napi_default_method, NULL},
      {"bind", NULL, tcp_bind, NULL, NULL, NULL, napi_default_method, NULL},
      {"bind6", NULL, tcp_bind6, NULL, NULL, NULL, napi_default_method, NULL},
      {"listen", NULL, tcp_listen, NULL, NULL, NULL, napi_default_method, NULL},
      {"connect", NULL, tcp_connect, NULL, NULL, NULL, napi_default_method, NULL},
      {"connect6", NULL, tcp_connect6, NULL, NULL, NULL, napi_default_method, NULL},
      {"getsockname", NULL, tcp_getsockname, NULL, NULL, NULL, napi_default_method, NULL},
      {"getpeername", NULL, tcp_getpeername, NULL, NULL, NULL, napi_default_method, NULL},
      {"setNoDelay", NULL, tcp_set_no_delay, NULL, NULL, NULL, napi_default_method, NULL},
      {"setKeepAlive", NULL, tcp_set_keep_alive, NULL, NULL, NULL, napi_default_method, NULL},
      {"reset", NULL, net__reset, NULL, NULL, NULL, napi_default_method, NULL},
  };
  size_t no = sizeof(own) / sizeof(own[0]);
  napi_property_descriptor all[32];
  memcpy(all, stream, ns * sizeof(*all));
  memcpy(all + ns, own, no * sizeof(*all));
  napi_value cls;
  if (napi_define_class(env, "TCP", NAPI_AUTO_LENGTH, tcp_new, NULL, ns + no, all, &cls) != napi_ok ||
      napi_create_reference(env, cls, 1, &net__tcp_ctor) != napi_ok ||
      napi_set_named_property(env, exports, "TCP", cls) != napi_ok)
    return 0;
  return 1;
}
