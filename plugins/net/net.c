/* The net plugin's binding: the TCP and Pipe handle classes (tcp_wrap.c, pipe_wrap.c
 * on the stream layer of stream_wrap.c) and small helpers for net.js. */
#include <arpa/inet.h>
#include <string.h>

#include "stream_wrap.h"

/* errname(code) -> 'ECONNREFUSED' */
static napi_value net_errname(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], v;
  int32_t code = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc >= 1) napi_get_value_int32(env, argv[0], &code);
  napi_create_string_utf8(env, uv_err_name(code), NAPI_AUTO_LENGTH, &v);
  return v;
}

/* strerror(code) -> 'connection refused' */
static napi_value net_strerror(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], v;
  int32_t code = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc >= 1) napi_get_value_int32(env, argv[0], &code);
  napi_create_string_utf8(env, uv_strerror(code), NAPI_AUTO_LENGTH, &v);
  return v;
}

/* isIP(string) -> 4, 6 or 0, by the C library's parser (which, like node, refuses
 * leading zeros in IPv4). An IPv6 zone ("%eth0") is allowed as node allows it. */
static napi_value net_is_ip(napi_env env, napi_callback_info info) {
  size_t argc = 1, len = 0;
  napi_value argv[1];
  napi_valuetype t = napi_undefined;
  char buf[128];
  unsigned char out[16];
  int r = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc >= 1) napi_typeof(env, argv[0], &t);
  if (t == napi_string &&
      napi_get_value_string_utf8(env, argv[0], buf, sizeof(buf), &len) == napi_ok &&
      len < sizeof(buf) - 1 && strlen(buf) == len) {
    if (inet_pton(AF_INET, buf, out) == 1) {
      r = 4;
    } else {
      char* zone = strchr(buf, '%');
      int zone_ok = 1;
      if (zone) {
        *zone++ = 0;
        if (!*zone) zone_ok = 0;
        for (char* c = zone; *c; c++)
          if (!((*c >= '0' && *c <= '9') || (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
                *c == '-' || *c == '.' || *c == ':'))
            zone_ok = 0;
      }
      if (zone_ok && inet_pton(AF_INET6, buf, out) == 1) r = 6;
    }
  }
  return net__int(env, r);
}

/* ipBytes(string, 4|6) -> Uint8Array of 4 or 16 bytes, or undefined when the string is
 * not an address of that family. */
static napi_value net_ip_bytes(napi_env env, napi_callback_info info) {
  size_t argc = 2, len = 0;
  napi_value argv[2], ab, arr, undef;
  int32_t family = 4;
  char buf[128];
  unsigned char out[16];
  void* data;
  napi_get_undefined(env, &undef);
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 2 || napi_get_value_string_utf8(env, argv[0], buf, sizeof(buf), &len) != napi_ok ||
      len >= sizeof(buf) - 1 || strlen(buf) != len)
    return undef;
  napi_get_value_int32(env, argv[1], &family);
  size_t n = family == 6 ? 16 : 4;
  if (inet_pton(family == 6 ? AF_INET6 : AF_INET, buf, out) != 1) return undef;
  if (napi_create_arraybuffer(env, n, &data, &ab) != napi_ok ||
      napi_create_typedarray(env, napi_uint8_array, n, ab, 0, &arr) != napi_ok)
    return undef;
  memcpy(data, out, n);
  return arr;
}

/* ipString(bytes) -> the canonical text of a 4- or 16-byte address. */
static napi_value net_ip_string(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], r;
  napi_typedarray_type tt;
  size_t n = 0, off;
  void* data = NULL;
  napi_value ab;
  char buf[INET6_ADDRSTRLEN];
  napi_get_undefined(env, &r);
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 1 || napi_get_typedarray_info(env, argv[0], &tt, &n, &data, &ab, &off) != napi_ok ||
      tt != napi_uint8_array || (n != 4 && n != 16))
    return r;
  if (inet_ntop(n == 16 ? AF_INET6 : AF_INET, data, buf, sizeof(buf)) == NULL) return r;
  napi_create_string_utf8(env, buf, NAPI_AUTO_LENGTH, &r);
  return r;
}

/* guessHandleType(fd) -> 'TCP', 'PIPE', 'TTY', 'FILE', 'UDP' or 'UNKNOWN' */
static napi_value net_guess_handle_type(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], r;
  int32_t fd = -1;
  const char* name = "UNKNOWN";
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc >= 1) napi_get_value_int32(env, argv[0], &fd);
  if (fd >= 0) {
    switch (uv_guess_handle(fd)) {
      case UV_TCP: name = "TCP"; break;
      case UV_NAMED_PIPE: name = "PIPE"; break;
      case UV_TTY: name = "TTY"; break;
      case UV_FILE: name = "FILE"; break;
      case UV_UDP: name = "UDP"; break;
      default: break;
    }
  }
  napi_create_string_utf8(env, name, NAPI_AUTO_LENGTH, &r);
  return r;
}

napi_value nodus_net_init(napi_env env, napi_value exports) {
  napi_property_descriptor methods[] = {
      {"errname", NULL, net_errname, NULL, NULL, NULL, napi_default_method, NULL},
      {"strerror", NULL, net_strerror, NULL, NULL, NULL, napi_default_method, NULL},
      {"isIP", NULL, net_is_ip, NULL, NULL, NULL, napi_default_method, NULL},
      {"guessHandleType", NULL, net_guess_handle_type, NULL, NULL, NULL, napi_default_method, NULL},
      {"ipBytes", NULL, net_ip_bytes, NULL, NULL, NULL, napi_default_method, NULL},
      {"ipString", NULL, net_ip_string, NULL, NULL, NULL, napi_default_method, NULL},
      {"UV_EOF", NULL, NULL, NULL, NULL, net__int(env, UV_EOF), napi_enumerable, NULL},
      {"UV_EAGAIN", NULL, NULL, NULL, NULL, net__int(env, UV_EAGAIN), napi_enumerable, NULL},
      {"UV_EBADF", NULL, NULL, NULL, NULL, net__int(env, UV_EBADF), napi_enumerable, NULL},
      {"UV_ENOTCONN", NULL, NULL, NULL, NULL, net__int(env, UV_ENOTCONN), napi_enumerable, NULL},
      {"UV_EINVAL", NULL, NULL, NULL, NULL, net__int(env, UV_EINVAL), napi_enumerable, NULL},
  };
  if (napi_define_properties(env, exports, sizeof(methods) / sizeof(methods[0]), methods) != napi_ok)
    return NULL;
  if (!net__tcp_init(env, exports) || !net__pipe_init(env, exports) ||
      !net__init_write_state(env, exports) || !net__init_keys(env))
    return NULL;
  return exports;
}

#include <nodus/plugin.h>

NODUS_PLUGIN("net", "0.1.0", nodus_net_init)
