/* The dns plugin's binding: getaddrinfo and getnameinfo on libuv's thread pool.
 *
 *   getaddrinfo(hostname, family, hints, callback) -> 0 or a negative libuv code
 *       later callback(status, addresses): addresses an array of strings, in the order
 *       the system returned them (duplicates removed); status a libuv code (UV_EAI_*).
 *   getnameinfo(ip, port, callback) -> 0 or a negative libuv code
 *       later callback(status, hostname, service).
 *   errname(code), strerror(code).
 *
 * A failed call never fires its callback (libuv's rule). Callbacks run through
 * napi_make_callback, so nextTicks and microtasks drain after each. */
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <uv.h>

#include <ares_version.h>
#include <nodus/plugin.h>

typedef struct {
  union {
    uv_getaddrinfo_t addr;
    uv_getnameinfo_t name;
  } u;
  napi_env env;
  napi_ref callback;
  napi_async_context ctx;
} dns_req_t;

static dns_req_t* dns_req_new(napi_env env, napi_value cb, const char* name) {
  dns_req_t* r = calloc(1, sizeof(*r));
  napi_value n;
  if (!r) return NULL;
  r->env = env;
  if (napi_create_reference(env, cb, 1, &r->callback) != napi_ok) {
    free(r);
    return NULL;
  }
  napi_create_string_utf8(env, name, NAPI_AUTO_LENGTH, &n);
  napi_async_init(env, NULL, n, &r->ctx);
  return r;
}

static void dns_req_free(dns_req_t* r) {
  napi_delete_reference(r->env, r->callback);
  napi_async_destroy(r->env, r->ctx);
  free(r);
}

static void dns_call(dns_req_t* r, size_t argc, napi_value* argv) {
  napi_value fn, global;
  napi_get_reference_value(r->env, r->callback, &fn);
  napi_get_global(r->env, &global);
  napi_make_callback(r->env, r->ctx, global, fn, argc, argv, NULL);
}

static void after_getaddrinfo(uv_getaddrinfo_t* req, int status, struct addrinfo* res) {
  dns_req_t* r = req->data;
  napi_handle_scope scope;
  napi_value argv[2], s;
  uint32_t n = 0;
  napi_open_handle_scope(r->env, &scope);
  napi_create_int32(r->env, status, &argv[0]);
  napi_create_array(r->env, &argv[1]);
  if (status == 0) {
    char ip[INET6_ADDRSTRLEN];
    for (struct addrinfo* a = res; a; a = a->ai_next) {
      ip[0] = 0;
      if (a->ai_family == AF_INET)
        uv_ip4_name((struct sockaddr_in*)a->ai_addr, ip, sizeof(ip));
      else if (a->ai_family == AF_INET6)
        uv_ip6_name((struct sockaddr_in6*)a->ai_addr, ip, sizeof(ip));
      if (!ip[0]) continue;
      /* One entry per address: the system lists it once per socket type. */
      int dup = 0;
      for (struct addrinfo* b = res; b != a; b = b->ai_next) {
        if (b->ai_family == a->ai_family && b->ai_addrlen == a->ai_addrlen &&
            memcmp(b->ai_addr, a->ai_addr, a->ai_addrlen) == 0) {
          dup = 1;
          break;
        }
      }
      if (dup) continue;
      napi_create_string_utf8(r->env, ip, NAPI_AUTO_LENGTH, &s);
      napi_set_element(r->env, argv[1], n++, s);
    }
  }
  uv_freeaddrinfo(res);
  dns_call(r, 2, argv);
  napi_close_handle_scope(r->env, scope);
  dns_req_free(r);
}

static napi_value ret_int(napi_env env, int v) {
  napi_value r;
  napi_create_int32(env, v, &r);
  return r;
}

static napi_value dns_getaddrinfo(napi_env env, napi_callback_info info) {
  size_t argc = 4, len;
  napi_value argv[4];
  int32_t family = 0, hints = 0;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 4) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "getaddrinfo(hostname, family, hints, cb)");
    return NULL;
  }
  if (napi_get_value_string_utf8(env, argv[0], NULL, 0, &len) != napi_ok) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "hostname must be a string");
    return NULL;
  }
  char* host = malloc(len + 1);
  if (!host) return ret_int(env, UV_ENOMEM);
  napi_get_value_string_utf8(env, argv[0], host, len + 1, &len);
  napi_get_value_int32(env, argv[1], &family);
  napi_get_value_int32(env, argv[2], &hints);
  struct addrinfo ai;
  memset(&ai, 0, sizeof(ai));
  ai.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  ai.ai_socktype = SOCK_STREAM;
  ai.ai_flags = hints;
  dns_req_t* r = dns_req_new(env, argv[3], "GETADDRINFOREQWRAP");
  if (!r) {
    free(host);
    return ret_int(env, UV_ENOMEM);
  }
  r->u.addr.data = r;
  uv_loop_t* loop;
  napi_get_uv_event_loop(env, &loop);
  int err = uv_getaddrinfo(loop, &r->u.addr, after_getaddrinfo, host, NULL, &ai);
  free(host);
  if (err) dns_req_free(r);
  return ret_int(env, err);
}

static void after_getnameinfo(uv_getnameinfo_t* req, int status, const char* host,
                              const char* service) {
  dns_req_t* r = req->data;
  napi_handle_scope scope;
  napi_value argv[3];
  napi_open_handle_scope(r->env, &scope);
  napi_create_int32(r->env, status, &argv[0]);
  if (status == 0) {
    napi_create_string_utf8(r->env, host, NAPI_AUTO_LENGTH, &argv[1]);
    napi_create_string_utf8(r->env, service, NAPI_AUTO_LENGTH, &argv[2]);
  } else {
    napi_get_undefined(r->env, &argv[1]);
    napi_get_undefined(r->env, &argv[2]);
  }
  dns_call(r, 3, argv);
  napi_close_handle_scope(r->env, scope);
  dns_req_free(r);
}

static napi_value dns_getnameinfo(napi_env env, napi_callback_info info) {
  size_t argc = 3, len;
  napi_value argv[3];
  int32_t port = 0;
  char ip[64];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 3 ||
      napi_get_value_string_utf8(env, argv[0], ip, sizeof(ip), &len) != napi_ok) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "getnameinfo(ip, port, cb)");
    return NULL;
  }
  napi_get_value_int32(env, argv[1], &port);
  struct sockaddr_storage ss;
  int err = uv_ip4_addr(ip, port, (struct sockaddr_in*)&ss);
  if (err) err = uv_ip6_addr(ip, port, (struct sockaddr_in6*)&ss);
  if (err) return ret_int(env, err);
  dns_req_t* r = dns_req_new(env, argv[2], "GETNAMEINFOREQWRAP");
  if (!r) return ret_int(env, UV_ENOMEM);
  r->u.name.data = r;
  uv_loop_t* loop;
  napi_get_uv_event_loop(env, &loop);
  err = uv_getnameinfo(loop, &r->u.name, after_getnameinfo, (struct sockaddr*)&ss, NI_NAMEREQD);
  if (err) dns_req_free(r);
  return ret_int(env, err);
}

static napi_value dns_errname(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], v;
  int32_t code = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc >= 1) napi_get_value_int32(env, argv[0], &code);
  napi_create_string_utf8(env, uv_err_name(code), NAPI_AUTO_LENGTH, &v);
  return v;
}

int nodus_dns_cares_init(napi_env env, napi_value exports);

static napi_value dns_init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
      {"getaddrinfo", NULL, dns_getaddrinfo, NULL, NULL, NULL, napi_default_method, NULL},
      {"getnameinfo", NULL, dns_getnameinfo, NULL, NULL, NULL, napi_default_method, NULL},
      {"errname", NULL, dns_errname, NULL, NULL, NULL, napi_default_method, NULL},
      {"AI_ADDRCONFIG", NULL, NULL, NULL, NULL, ret_int(env, AI_ADDRCONFIG), napi_enumerable, NULL},
      {"AI_ALL", NULL, NULL, NULL, NULL, ret_int(env, AI_ALL), napi_enumerable, NULL},
      {"AI_V4MAPPED", NULL, NULL, NULL, NULL, ret_int(env, AI_V4MAPPED), napi_enumerable, NULL},
  };
  if (napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props) != napi_ok)
    return NULL;
  if (!nodus_dns_cares_init(env, exports)) return NULL;
  return exports;
}

static const char* const dns_versions[] = {"ares", ARES_VERSION_STR, NULL};

NODUS_PLUGIN_VERSIONS("dns", "0.1.0", dns_init, dns_versions)
