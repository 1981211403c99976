/* Claims a plugin ABI newer than nodus's: must be refused before any of its code runs
 * (its init would abort the process). */
#include <stdlib.h>
#include <nodus/nodus.h>

static napi_value init(napi_env env, napi_value exports) { abort(); }

static const nodus_module_t modules[] = {{"plugtest-newer-abi", NULL, 0}};
static const nodus_plugin_t descriptor = {NODUS_ABI_VERSION + 1, 8, "newer-abi", "1.0.0",
                                          modules, 1, init};

NODUS_EXPORT const nodus_plugin_t* nodus_plugin_v1(void) { return &descriptor; }
