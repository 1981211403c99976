/* Spawn options: JS object -> cp_options_t -> uv_process_options_t. */
#include <stdlib.h>
#include <string.h>

#include "child_process.h"

static char* get_string(napi_env env, napi_value v) {
  size_t len;
  if (napi_get_value_string_utf8(env, v, NULL, 0, &len) != napi_ok) return NULL;
  char* s = malloc(len + 1);
  if (s) napi_get_value_string_utf8(env, v, s, len + 1, &len);
  return s;
}

static int has(napi_env env, napi_value obj, const char* key, napi_value* out) {
  napi_valuetype t;
  if (napi_get_named_property(env, obj, key, out) != napi_ok) return 0;
  if (napi_typeof(env, *out, &t) != napi_ok) return 0;
  return t != napi_undefined && t != napi_null;
}

static char** get_string_array(napi_env env, napi_value arr) {
  uint32_t n;
  if (napi_get_array_length(env, arr, &n) != napi_ok) return NULL;
  char** out = calloc(n + 1, sizeof(char*));
  if (!out) return NULL;
  for (uint32_t i = 0; i < n; i++) {
    napi_value item;
    napi_get_element(env, arr, i, &item);
    out[i] = get_string(env, item);
  }
  return out;
}

static void free_string_array(char** a) {
  if (!a) return;
  for (char** p = a; *p; p++) free(*p);
  free(a);
}

int cp_parse_options(napi_env env, napi_value obj, cp_options_t* o) {
  napi_value v;
  memset(o, 0, sizeof(*o));
  if (!has(env, obj, "file", &v) || (o->file = get_string(env, v)) == NULL) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "options.file must be a string");
    return 0;
  }
  if (has(env, obj, "args", &v)) o->args = get_string_array(env, v);
  if (has(env, obj, "envPairs", &v)) o->env = get_string_array(env, v);
  if (has(env, obj, "cwd", &v)) o->cwd = get_string(env, v);
  if (has(env, obj, "timeout", &v)) napi_get_value_double(env, v, &o->timeout);
  if (has(env, obj, "maxBuffer", &v)) {
    double d = 0;
    napi_get_value_double(env, v, &d);
    o->max_buffer = d > 0 && d < 1e18 ? (size_t)d : 0;
  }
  if (has(env, obj, "killSignal", &v)) napi_get_value_int32(env, v, &o->kill_signal);
  if (has(env, obj, "detached", &v)) {
    bool b = false;
    napi_get_value_bool(env, v, &b);
    o->detached = b;
  }
  if (has(env, obj, "uid", &v)) {
    int64_t id;
    napi_get_value_int64(env, v, &id);
    o->uid = (uv_uid_t)id;
    o->has_uid = 1;
  }
  if (has(env, obj, "gid", &v)) {
    int64_t id;
    napi_get_value_int64(env, v, &id);
    o->gid = (uv_gid_t)id;
    o->has_gid = 1;
  }
  if (has(env, obj, "stdio", &v)) {
    uint32_t n;
    napi_get_array_length(env, v, &n);
    if (n > CP_MAX_STDIO) n = CP_MAX_STDIO;
    o->nstdio = (int)n;
    for (uint32_t i = 0; i < n; i++) {
      napi_value item, t;
      napi_get_element(env, v, i, &item);
      char type[16] = "ignore";
      size_t len;
      if (napi_get_named_property(env, item, "type", &t) == napi_ok)
        napi_get_value_string_utf8(env, t, type, sizeof(type), &len);
      if (strcmp(type, "pipe") == 0) {
        o->stdio[i].type = CP_STDIO_PIPE;
        napi_value input;
        if (has(env, item, "input", &input)) {
          void* data;
          size_t dlen;
          napi_typedarray_type tt;
          napi_value ab;
          size_t off;
          if (napi_get_typedarray_info(env, input, &tt, &dlen, &data, &ab, &off) == napi_ok && dlen > 0) {
            o->stdio[i].input = malloc(dlen);
            if (o->stdio[i].input) {
              memcpy(o->stdio[i].input, data, dlen);
              o->stdio[i].input_len = dlen;
            }
          }
        }
      } else if (strcmp(type, "fd") == 0) {
        o->stdio[i].type = CP_STDIO_FD;
        napi_value fd;
        if (has(env, item, "fd", &fd)) napi_get_value_int32(env, fd, &o->stdio[i].fd);
      } else {
        o->stdio[i].type = CP_STDIO_IGNORE;
      }
    }
  }
  return 1;
}

void cp_free_options(cp_options_t* o) {
  free(o->file);
  free(o->cwd);
  free_string_array(o->args);
  free_string_array(o->env);
  for (int i = 0; i < o->nstdio; i++) free(o->stdio[i].input);
}

void cp_fill_process_options(cp_options_t* o, uv_stdio_container_t* stdio, uv_process_options_t* po) {
  memset(po, 0, sizeof(*po));
  po->file = o->file;
  po->args = o->args;
  po->env = o->env;
  po->cwd = o->cwd;
  po->stdio = stdio;
  po->stdio_count = o->nstdio;
  if (o->detached) po->flags |= UV_PROCESS_DETACHED;
  if (o->has_uid) {
    po->flags |= UV_PROCESS_SETUID;
    po->uid = o->uid;
  }
  if (o->has_gid) {
    po->flags |= UV_PROCESS_SETGID;
    po->gid = o->gid;
  }
}
