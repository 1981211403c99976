/* The tls plugin's entry point: SecureContext (context.c) and Conn (conn.c). */
#include <nodus/plugin.h>

#include "tls_internal.h"

static napi_value nodus_tls_init(napi_env env, napi_value exports) {
  if (nodus__tls_context_init(env, exports) != napi_ok) return NULL;
  if (nodus__tls_conn_init(env, exports) != napi_ok) return NULL;
  return exports;
}

NODUS_PLUGIN("tls", "0.1.0", nodus_tls_init)
