/* The child_process plugin's binding: spawnSync, and the Process and Pipe handles. */
#include "child_process.h"

/* errname(code) -> 'ENOENT'; strerror(code) -> text */
static napi_value errname(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], v;
  int32_t code = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_int32(env, argv[0], &code);
  napi_create_string_utf8(env, uv_err_name(code), NAPI_AUTO_LENGTH, &v);
  return v;
}

/* Builds the binding object for child_process.js. */
napi_value nodus_child_process_init(napi_env env, napi_value exports) {
  napi_property_descriptor methods[] = {
      {"spawnSync", NULL, cp_spawn_sync, NULL, NULL, NULL, napi_default, NULL},
      {"errname", NULL, errname, NULL, NULL, NULL, napi_default, NULL},
  };
  if (napi_define_properties(env, exports, 2, methods) != napi_ok) return NULL;
  if (!cp_init_async(env, exports)) return NULL;
  return exports;
}

#include <nodus/plugin.h>

NODUS_PLUGIN("child_process", "0.1.0", nodus_child_process_init)
