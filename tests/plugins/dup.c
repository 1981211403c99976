/* Claims `plugtest-good`, which the good plugin already provides: refused. */
#include <nodus/nodus.h>

static napi_value init(napi_env env, napi_value exports) { return exports; }

NODUS_PLUGIN("dup", "1.0.0", init)
