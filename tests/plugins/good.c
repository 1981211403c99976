/* A well-formed plugin: module `plugtest-good` (JS over the binding) and
 * `internal/plugtest-good/binding` (the binding itself). Counts its inits so a test can
 * see that init is lazy and runs once. */
#include <nodus/nodus.h>

static int inits = 0;

static napi_value add(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], result;
  double a = 0, b = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_double(env, argv[0], &a);
  napi_get_value_double(env, argv[1], &b);
  napi_create_double(env, a + b, &result);
  return result;
}

/* systemError(path): nodus_create_system_error for UV_ENOENT 'open'. */
static napi_value system_error(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], error;
  char path[256] = "", dest[256] = "";
  napi_valuetype type;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_string_utf8(env, argv[0], path, sizeof(path), NULL);
  napi_typeof(env, argv[1], &type);
  if (type == napi_string) napi_get_value_string_utf8(env, argv[1], dest, sizeof(dest), NULL);
  if (nodus_create_system_error(env, UV_ENOENT, "open", path, type == napi_string ? dest : NULL,
                                &error) != napi_ok)
    return NULL;
  return error;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_value count;
  napi_property_descriptor props[] = {
      {"add", NULL, add, NULL, NULL, NULL, napi_enumerable, NULL},
      {"systemError", NULL, system_error, NULL, NULL, NULL, napi_enumerable, NULL},
  };
  inits++;
  napi_define_properties(env, exports, 2, props);
  napi_create_int32(env, inits, &count);
  napi_set_named_property(env, exports, "inits", count);
  return exports;
}

/* "v8" is core's: it must stay as it is. An odd trailing name has no value: ignored. */
static const char* const versions[] = {"plugtest", "4.5.6", "v8", "bogus", "nothing", NULL};

NODUS_PLUGIN_VERSIONS("plugtest-good", "1.2.3", init, versions)
