/* Pipe handles (uv_pipe_t): Unix domain sockets and file descriptors opened as
 * streams. See stream_wrap.h for the JS contract. */
#include <stdlib.h>
#include <string.h>

#include "stream_wrap.h"

static napi_value pipe_new(napi_env env, napi_callback_info info) {
  napi_value self;
  size_t argc = 0;
  uv_loop_t* loop;
  if (napi_get_cb_info(env, info, &argc, NULL, &self, NULL) != napi_ok) return NULL;
  net_handle_t* h = net__handle_new(env, self, NET_PIPE, "PIPEWRAP");
  if (!h) return NULL;
  napi_get_uv_event_loop(env, &loop);
  uv_pipe_init(loop, &h->h.pipe, 0);
  return self;
}

/* A path argument, copied; NULL (and UV_EINVAL in *err) when not a string. */
static char* pipe_path(napi_env env, napi_value v, int* err) {
  size_t len;
  if (napi_get_value_string_utf8(env, v, NULL, 0, &len) != napi_ok) {
    *err = UV_EINVAL;
    return NULL;
  }
  char* p = malloc(len + 1);
  if (!p) {
    *err = UV_ENOMEM;
    return NULL;
  }
  napi_get_value_string_utf8(env, v, p, len + 1, &len);
  return p;
}

static napi_value pipe_bind(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int err = 0;
  net_handle_t* h = net__unwrap(env, info, &argc, argv);
  if (!h) return net__int(env, UV_EBADF);
  char* path = argc >= 1 ? pipe_path(env, argv[0], &err) : NULL;
  if (!path) return net__int(env, err ? err : UV_EINVAL);
  err = uv_pipe_bind(&h->h.pipe, path);
  free(path);
  return net__int(env, err);
}

static napi_value pipe_listen(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t backlog = 511;
  net_handle_t* h = net__unwrap(env, info, &argc, argv);
  if (!h) return net__int(env, UV_EBADF);
  if (argc >= 1) napi_get_value_int32(env, argv[0], &backlog);
  return net__int(env, net__listen(h, backlog));
}

static void pipe_after_connect(uv_connect_t* c, int status) { net__req_done(c->data, status); }

static napi_value pipe_connect(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  int err = 0;
  net_handle_t* h = net__unwrap(env, info, &argc, argv);
  if (!h) return net__int(env, UV_EBADF);
  char* path = argc >= 2 ? pipe_path(env, argv[1], &err) : NULL;
  if (!path) return net__int(env, err ? err : UV_EINVAL);
  net_req_t* r = net__req_new(env, argv[0], h);
  if (!r) {
    free(path);
    return net__int(env, UV_EINVAL);
  }
  /* uv_pipe_connect reports every failure through the callback. */
  uv_pipe_connect(&r->u.connect, &h->h.pipe, path, pipe_after_connect);
  free(path);
  return net__int(env, 0);
}

static napi_value pipe_open(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t fd = -1;
  net_handle_t* h = net__unwrap(env, info, &argc, argv);
  if (!h) return net__int(env, UV_EBADF);
  if (argc >= 1) napi_get_value_int32(env, argv[0], &fd);
  return net__int(env, uv_pipe_open(&h->h.pipe, fd));
}

static napi_value pipe_chmod(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t mode = 0;
  net_handle_t* h = net__unwrap(env, info, &argc, argv);
  if (!h) return net__int(env, UV_EBADF);
  if (argc >= 1) napi_get_value_int32(env, argv[0], &mode);
  return net__int(env, uv_pipe_chmod(&h->h.pipe, mode));
}

int net__pipe_init(napi_env env, napi_value exports) {
  size_t ns;
  const napi_property_descriptor* stream = net__stream_methods(&ns);
  static const napi_property_descriptor own[] = {
      {"open", NULL, pipe_open, NULL, NULL, NULL, napi_default_method, NULL},
      {"bind", NULL, pipe_bind, NULL, NULL, NULL, napi_default_method, NULL},
      {"listen", NULL, pipe_listen, NULL, NULL, NULL, napi_default_method, NULL},
      {"connect", NULL, pipe_connect, NULL, NULL, NULL, napi_default_method, NULL},
      {"fchmod", NULL, pipe_chmod, NULL, NULL, NULL, napi_default_method, NULL},
  };
  size_t no = sizeof(own) / sizeof(own[0]);
  napi_property_descriptor all[32];
  memcpy(all, stream, ns * sizeof(*all));
  memcpy(all + ns, own, no * sizeof(*all));
  napi_value cls;
  if (napi_define_class(env, "Pipe", NAPI_AUTO_LENGTH, pipe_new, NULL, ns + no, all, &cls) != napi_ok ||
      napi_create_reference(env, cls, 1, &net__pipe_ctor) != napi_ok ||
      napi_set_named_property(env, exports, "Pipe", cls) != napi_ok)
    return 0;
  return 1;
}
