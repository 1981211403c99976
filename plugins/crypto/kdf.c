#include "crypto_internal.h"
napi_status nodus__crypto_kdf_init(napi_env env, napi_value binding) { (void)env; (void)binding; return napi_ok; }
