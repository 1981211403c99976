// The Node-API environment: one per module, its last-error record, how calls into the
// module are made, instance data, cleanup hooks and teardown at exit.
#include <cstdlib>

#include "fast.h"
#include "internal.h"
#include "runtime.h"

namespace nodus::napi {
namespace {

// napi_get_last_error_info's texts, indexed by status; the tests of Node's suite check
// them, so they are Node's wording.
const char* const kErrorMessages[] = {
    nullptr,
    "Invalid argument",
    "An object was expected",
    "A string was expected",
    "A string or symbol was expected",
    "A function was expected",
    "A number was expected",
    "A boolean was expected",
    "An array was expected",
    "Unknown failure",
    "An exception is pending",
    "The async work item was cancelled",
    "napi_escape_handle already called on scope",
    "Invalid handle scope usage",
    "Invalid callback scope usage",
    "Thread-safe function queue is full",
    "Thread-safe function handle is closing",
    "A bigint was expected",
    "A date was expected",
    "An arraybuffer was expected",
    "A detachable arraybuffer was expected",
    "Main thread would deadlock",
    "External buffers are not allowed",
    "Cannot run JavaScript",
};
constexpr int kLastStatus = napi_cannot_run_js;

void TeardownHook(void* arg) {
  napi_env env = static_cast<napi_env>(arg);
  if (env->async_cleanup_hooks > 0) {
    env->teardown_deferred = true;  // the last napi_remove_async_cleanup_hook does it
    return;
  }
  env->Teardown();
}

}  // namespace

napi_status SetLastError(napi_env env, napi_status status, uint32_t engine_code,
                         void* engine_reserved) {
  env->last_error.error_code = status;
  env->last_error.engine_error_code = engine_code;
  env->last_error.engine_reserved = engine_reserved;
  return status;
}

napi_env NewEnv(nodus::Runtime* runtime, int32_t api_version, const std::string& filename) {
  // Envs live until exit: modules keep their napi_env pointers in statics.
  fast::Calibrate(runtime->isolate());
  napi_env env = new napi_env__(runtime, api_version, filename);
  env->enforce_uncaught_policy = api_version == NAPI_VERSION_EXPERIMENTAL;
  for (const std::string& arg : runtime->options().exec_argv) {
    if (arg == "--force-node-api-uncaught-exceptions-policy" ||
        arg == "--force-node-api-uncaught-exceptions-policy=true")
      env->enforce_uncaught_policy = true;
  }
  runtime->AddCleanupHook(TeardownHook, env);
  return env;
}

v8::MaybeLocal<v8::Value> InitModule(napi_env env, napi_addon_register_func init,
                                     v8::Local<v8::Object> exports) {
  v8::EscapableHandleScope scope(env->isolate);
  napi_value result = nullptr;
  v8::Local<v8::Value> error;
  env->CallIntoModule([&](napi_env e) { result = init(e, JsValue(exports)); },
                      [&](napi_env, v8::Local<v8::Value> exception) { error = exception; });
  if (!error.IsEmpty()) {
    env->isolate->ThrowException(error);
    return {};
  }
  if (result == nullptr) return scope.Escape(exports);
  return scope.Escape(V8Value(result));
}

}  // namespace nodus::napi

using nodus::napi::ClearLastError;
using nodus::napi::SetLastError;

napi_env__::napi_env__(nodus::Runtime* rt, int32_t api_version, std::string file)
    : isolate(rt->isolate()),
      runtime(rt),
      context_persistent(rt->isolate(), rt->context()),
      module_api_version(api_version),
      filename(std::move(file)) {}


void napi_env__::CallIntoModule(
    const std::function<void(napi_env)>& call,
    const std::function<void(napi_env, v8::Local<v8::Value>)>& on_exception) {
  ClearLastError(this);
  call(this);
  if (!last_exception.IsEmpty()) {
    v8::Local<v8::Value> exception = last_exception.Get(isolate);
    last_exception.Reset();
    on_exception(this, exception);
  }
}

void napi_env__::CallModuleFinalizer(napi_finalize cb, void* data, void* hint) {
  v8::HandleScope scope(isolate);
  CallIntoModule([&](napi_env env) { cb(env, data, hint); },
                 [](napi_env env, v8::Local<v8::Value> error) {
                   env->runtime->HandleUncaught(
                       error, v8::Exception::CreateMessage(env->isolate, error));
                 });
}

void napi_env__::EnqueueFinalizer(nodus::napi::Reference* ref) {
  pending_finalizers.push_back(ref);
  if (finalizer_timer == nullptr) {
    finalizer_timer = new uv_timer_t;
    uv_timer_init(runtime->loop(), finalizer_timer);
    finalizer_timer->data = this;
  }
  if (uv_is_active(reinterpret_cast<uv_handle_t*>(finalizer_timer))) return;
  // Soon, from the loop, like node's SetImmediate: a callback of its own, so a throwing
  // finalizer is an uncaught exception and nextTicks run after it.
  uv_timer_start(
      finalizer_timer,
      [](uv_timer_t* timer) {
        napi_env env = static_cast<napi_env>(timer->data);
        while (!env->pending_finalizers.empty()) {
          nodus::napi::Reference* ref = env->pending_finalizers.front();
          env->pending_finalizers.erase(env->pending_finalizers.begin());
          nodus::napi::CallFromLoop(env, [ref](napi_env) { ref->Finalize(); });
        }
      },
      0, 0);
}

void napi_env__::Teardown() {
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> ctx = context();
  v8::Context::Scope context_scope(ctx);
  // What is unreachable now is collected the ordinary way first (weak callbacks clear
  // every reference to an object before its finalizers run); only the rest is finalized
  // here with its object still alive.
  if (!finalizing_refs.empty()) isolate->LowMemoryNotification();
  // Finalizers may delete other references: take them one at a time from the front.
  while (!finalizing_refs.empty()) finalizing_refs.front()->Finalize();
  if (instance_finalize != nullptr) {
    napi_finalize cb = instance_finalize;
    instance_finalize = nullptr;
    CallModuleFinalizer(cb, instance_data, instance_hint);
  }
  terminating = true;
}

extern "C" {

napi_status NAPI_CDECL napi_get_last_error_info(node_api_basic_env env,
                                                const napi_extended_error_info** result) {
  NAPI_CHECK_BASIC_ENV(env);
  NAPI_CHECK_ARG(env, result);
  int code = env->last_error.error_code;
  env->last_error.error_message =
      code >= 0 && code <= nodus::napi::kLastStatus ? nodus::napi::kErrorMessages[code] : nullptr;
  if (code == napi_ok) ClearLastError(env);
  *result = &env->last_error;
  return napi_ok;
}

napi_status NAPI_CDECL napi_get_version(node_api_basic_env env, uint32_t* result) {
  NAPI_CHECK_BASIC_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = 9;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_node_version(node_api_basic_env env,
                                             const napi_node_version** result) {
  NAPI_CHECK_BASIC_ENV(env);
  NAPI_CHECK_ARG(env, result);
  // The Node version whose API nodus follows (NODUS_NODE_VERSION is "vMAJ.MIN.PAT").
  static napi_node_version version = [] {
    napi_node_version v{0, 0, 0, "node"};
    std::sscanf(NODUS_NODE_VERSION, "v%u.%u.%u", &v.major, &v.minor, &v.patch);
    return v;
  }();
  *result = &version;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_set_instance_data(node_api_basic_env env, void* data,
                                              napi_finalize finalize_cb, void* finalize_hint) {
  NAPI_CHECK_BASIC_ENV(env);
  // Node does not finalize the data being replaced.
  env->instance_data = data;
  env->instance_finalize = finalize_cb;
  env->instance_hint = finalize_hint;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_instance_data(node_api_basic_env env, void** data) {
  NAPI_CHECK_BASIC_ENV(env);
  NAPI_CHECK_ARG(env, data);
  *data = env->instance_data;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_adjust_external_memory(node_api_basic_env env,
                                                   int64_t change_in_bytes,
                                                   int64_t* adjusted_value) {
  NAPI_CHECK_BASIC_ENV(env);
  NAPI_CHECK_ARG(env, adjusted_value);
  *adjusted_value = env->isolate->AdjustAmountOfExternalAllocatedMemory(change_in_bytes);
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_add_env_cleanup_hook(node_api_basic_env env,
                                                 napi_cleanup_hook fun, void* arg) {
  NAPI_CHECK_BASIC_ENV(env);
  NAPI_CHECK_ARG(env, fun);
  env->runtime->AddCleanupHook(fun, arg);
  return napi_ok;
}

napi_status NAPI_CDECL napi_remove_env_cleanup_hook(node_api_basic_env env,
                                                    napi_cleanup_hook fun, void* arg) {
  NAPI_CHECK_BASIC_ENV(env);
  NAPI_CHECK_ARG(env, fun);
  env->runtime->RemoveCleanupHook(fun, arg);
  return napi_ok;
}

// Async cleanup hooks: at exit the loop no longer runs, so the hook is called and its
// completion (napi_remove_async_cleanup_hook) only frees the handle.
struct napi_async_cleanup_hook_handle__ {
  napi_env env;
  napi_async_cleanup_hook hook;
  void* arg;
  bool removed = false;
};

static void RunAsyncCleanupHook(void* data) {
  auto* handle = static_cast<napi_async_cleanup_hook_handle__*>(data);
  handle->hook(handle, handle->arg);
}

napi_status NAPI_CDECL napi_add_async_cleanup_hook(node_api_basic_env env,
                                                   napi_async_cleanup_hook hook, void* arg,
                                                   napi_async_cleanup_hook_handle* remove_handle) {
  NAPI_CHECK_BASIC_ENV(env);
  NAPI_CHECK_ARG(env, hook);
  auto* handle = new napi_async_cleanup_hook_handle__{env, hook, arg};
  env->runtime->AddCleanupHook(RunAsyncCleanupHook, handle);
  env->async_cleanup_hooks++;
  env->runtime->HoldCleanup();
  if (remove_handle != nullptr) *remove_handle = handle;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_remove_async_cleanup_hook(napi_async_cleanup_hook_handle remove_handle) {
  if (remove_handle == nullptr) return napi_invalid_arg;
  napi_env env = remove_handle->env;
  env->runtime->RemoveCleanupHook(RunAsyncCleanupHook, remove_handle);
  delete remove_handle;
  env->runtime->ReleaseCleanup();
  if (--env->async_cleanup_hooks == 0 && env->teardown_deferred) {
    env->teardown_deferred = false;
    env->Teardown();
  }
  return napi_ok;
}

}  // extern "C"
