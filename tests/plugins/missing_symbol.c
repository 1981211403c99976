/* Uses a function nodus does not export: dlopen(RTLD_NOW) fails naming the symbol. */
#include <nodus/nodus.h>

napi_status nodus_no_such_function(napi_env env);

static napi_value init(napi_env env, napi_value exports) {
  nodus_no_such_function(env);
  return exports;
}

NODUS_PLUGIN("missing-symbol", "1.0.0", init)
