/* Its init throws: require() of its module throws that error, nodus keeps running. */
#include <nodus/nodus.h>

static napi_value init(napi_env env, napi_value exports) {
  napi_throw_error(env, "ERR_PLUGTEST", "plugin 'throwing' failed to initialise");
  return NULL;
}

NODUS_PLUGIN("throwing", "1.0.0", init)
