/* Needs a Node-API version nodus does not implement: refused. */
#include <stdlib.h>
#include <nodus/nodus.h>

static napi_value init(napi_env env, napi_value exports) { abort(); }

static const nodus_module_t modules[] = {{"plugtest-newer-napi", NULL, 0}};
static const nodus_plugin_t descriptor = {NODUS_ABI_VERSION, NODUS_NAPI_VERSION + 1,
                                          "newer-napi", "1.0.0", modules, 1, init};

NODUS_EXPORT const nodus_plugin_t* nodus_plugin_v1(void) { return &descriptor; }
