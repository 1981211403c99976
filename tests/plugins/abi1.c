/* A plugin built before ABI 2: its descriptor says abi_version 1, so nodus must not read
 * the `versions` field (here pointing at entries that would show up if it did). */
#include <nodus/nodus.h>

static napi_value init(napi_env env, napi_value exports) {
  napi_value yes;
  napi_create_string_utf8(env, "yes", NAPI_AUTO_LENGTH, &yes);
  napi_set_named_property(env, exports, "ok", yes);
  return exports;
}

static const char* const must_not_be_read[] = {"abi1", "read", NULL};
static const nodus_module_t modules[] = {{"plugtest-abi1", NULL, 0}};
static const nodus_plugin_t descriptor = {1, 8, "abi1", "1.0.0", modules, 1, init,
                                          must_not_be_read};

NODUS_EXPORT const nodus_plugin_t* nodus_plugin_v1(void) { return &descriptor; }
