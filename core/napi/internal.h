// Node-API's environment and the rules every napi_* function shares: status codes,
// the last-error record, pending exceptions and the napi_value <-> v8::Local mapping.
// Only core/napi/*.cc include this; plugins and addons see the C headers only.
#pragma once
#include <node_api.h>
#include <uv.h>
#include <v8.h>

#include <cstring>
#include <functional>
#include <list>
#include <string>
#include <vector>

namespace nodus {
class Runtime;
namespace napi {
class Reference;
}  // namespace napi
}  // namespace nodus

// One per loaded addon/plugin (as in Node: each module gets its own env, so instance
// data and the API version are per module).
struct napi_env__ {
  napi_env__(nodus::Runtime* runtime, int32_t module_api_version, std::string filename);

  v8::Isolate* isolate;
  nodus::Runtime* runtime;
  v8::Global<v8::Context> context_persistent;
  v8::Local<v8::Context> context() const { return context_persistent.Get(isolate); }

  napi_extended_error_info last_error{};
  // The exception a napi_* call caught (or napi_throw made); re-thrown into JS when the
  // native callback returns.
  v8::Global<v8::Value> last_exception;
  int32_t module_api_version;
  std::string filename;  // file:// URL of the module, for node_api_get_module_file_name
  int open_handle_scopes = 0;
  int open_callback_scopes = 0;
  bool terminating = false;  // exit-time teardown: no more JS
  // A finalizer of an experimental-API module is running from the collector: it must
  // not touch JS (Node-API 10's "basic finalizer" rule; Node aborts).
  bool in_gc_finalizer = false;
  // Exceptions thrown by threadsafe-function calls are uncaught exceptions (Node-API 10,
  // or --force-node-api-uncaught-exceptions-policy); otherwise, as node 20 does, they
  // only produce deprecation warning DEP0168.
  bool enforce_uncaught_policy = false;

  // Instance data (napi_set_instance_data).
  void* instance_data = nullptr;
  napi_finalize instance_finalize = nullptr;
  void* instance_hint = nullptr;

  // References that own a finalizer: finalized at teardown if the GC did not get to them.
  std::list<nodus::napi::Reference*> finalizing_refs;
  // Collected references whose finalizers wait for the loop (Node defers finalizers of
  // non-experimental modules out of the GC, so they may run JS and throw).
  std::vector<nodus::napi::Reference*> pending_finalizers;
  uv_timer_t* finalizer_timer = nullptr;
  void EnqueueFinalizer(nodus::napi::Reference* ref);

  // Runs `call` the way Node calls into a module: clears the last error, and if the
  // module left an exception pending, hands it to `on_exception` (re-throw into JS, or
  // the uncaught-exception path).
  void CallIntoModule(const std::function<void(napi_env)>& call,
                      const std::function<void(napi_env, v8::Local<v8::Value>)>& on_exception);
  // Calls a finalizer; exceptions it leaves pending become uncaught exceptions.
  void CallModuleFinalizer(napi_finalize cb, void* data, void* hint);
  bool can_call_into_js() const { return !terminating; }
  // Async cleanup hooks added and not yet removed: the env's own teardown (finalizers,
  // instance data) waits for them, as Node's env reference held by each hook does.
  int async_cleanup_hooks = 0;
  bool teardown_deferred = false;
  // Tears the env down at exit: pending finalizers, instance data.
  void Teardown();
};

namespace nodus::napi {

inline napi_value JsValue(v8::Local<v8::Value> v) {
  return reinterpret_cast<napi_value>(*v);
}
inline v8::Local<v8::Value> V8Value(napi_value v) {
  v8::Local<v8::Value> local;
  std::memcpy(static_cast<void*>(&local), &v, sizeof(v));
  return local;
}

napi_status SetLastError(napi_env env, napi_status status, uint32_t engine_code = 0,
                         void* engine_reserved = nullptr);
// Runs on every call into and out of a module, so it stores only what
// napi_get_last_error_info cannot derive (that fills error_message from the code).
inline napi_status ClearLastError(napi_env env) {
  env->last_error.error_code = napi_ok;
  env->last_error.engine_error_code = 0;
  env->last_error.engine_reserved = nullptr;
  return napi_ok;
}

// Stores what it catches as the env's pending exception (Node-API never lets a V8
// exception escape a napi_* call).
class TryCatch : public v8::TryCatch {
 public:
  explicit TryCatch(napi_env env) : v8::TryCatch(env->isolate), env_(env) {}
  ~TryCatch() {
    if (HasCaught()) env_->last_exception.Reset(env_->isolate, Exception());
  }

 private:
  napi_env env_;
};

// A persistent handle with a reference count; weak at zero, optionally finalizing.
// Used for napi_ref, wraps, externals, and finalizers (napi_add_finalizer).
class Reference {
 public:
  enum class Ownership { kRuntime, kUser };  // who deletes it after the finalizer ran
  static Reference* New(napi_env env, v8::Local<v8::Value> value, uint32_t count,
                        Ownership ownership, napi_finalize cb = nullptr, void* data = nullptr,
                        void* hint = nullptr);
  // Deletes now, or (runtime-owned refs still waiting for the GC) after finalization.
  static void Delete(Reference* ref);

  uint32_t Ref();
  uint32_t Unref();
  uint32_t count() const { return count_; }
  v8::Local<v8::Value> Get() const;
  void* data() const { return data_; }
  void set_data(void* data) { data_ = data; }
  // napi_remove_wrap: the finalizer must no longer run.
  void ResetFinalizer() { finalize_cb_ = nullptr; }
  bool runtime_owned() const { return ownership_ == Ownership::kRuntime; }
  // Runs the finalizer (GC or teardown); deletes runtime-owned refs.
  void Finalize();

 private:
  Reference(napi_env env, v8::Local<v8::Value> value, uint32_t count, Ownership ownership,
            napi_finalize cb, void* data, void* hint);
  ~Reference();
  void UpdateWeakness();
  static void FirstPass(const v8::WeakCallbackInfo<Reference>& info);
  static void SecondPass(const v8::WeakCallbackInfo<Reference>& info);

  napi_env env_;
  v8::Global<v8::Value> handle_;
  uint32_t count_;
  Ownership ownership_;
  napi_finalize finalize_cb_;
  void* data_;
  void* hint_;
  bool can_be_weak_;
  bool finalize_ran_ = false;
  bool deleted_by_user_ = false;
  std::list<Reference*>::iterator tracked_;
  bool is_tracked_ = false;
};

// A finalizer run by the collector called into JS: ends the process as Node does.
[[noreturn]] void FatalGcFinalizer();

// Creates a JS function calling `cb` with the napi_callback_info protocol.
v8::MaybeLocal<v8::Function> NewFunction(napi_env env, const char* name, size_t length,
                                         napi_callback cb, void* data);
v8::MaybeLocal<v8::FunctionTemplate> NewFunctionTemplate(napi_env env, napi_callback cb,
                                                         void* data,
                                                         v8::Local<v8::Signature> sig = {});
// A name from (utf8, length) where length may be NAPI_AUTO_LENGTH.
v8::MaybeLocal<v8::String> NewString(v8::Isolate* isolate, const char* str, size_t length);
// A property key for a descriptor: its utf8name or its name value.
napi_status PropertyName(napi_env env, const napi_property_descriptor* p,
                         v8::Local<v8::Name>* result);
v8::PropertyAttribute AttributesOf(napi_property_attributes attributes, bool accessor);

// Environment helpers used by the module loaders.
napi_env NewEnv(nodus::Runtime* runtime, int32_t api_version, const std::string& filename);
// Runs a module's init (napi_register_module_v1 style) on `exports`; the result (or the
// pending exception) is returned to JS through `result`.
v8::MaybeLocal<v8::Value> InitModule(napi_env env, napi_addon_register_func init,
                                     v8::Local<v8::Object> exports);

// Calls `fn(env)` as a callback from the event loop: through Runtime::MakeCallback, so
// a thrown error is uncaught and nextTicks/microtasks drain after it.
// With `legacy_policy`, an exception follows env->enforce_uncaught_policy.
void CallFromLoop(napi_env env, const std::function<void(napi_env)>& fn,
                  bool legacy_policy = false);

}  // namespace nodus::napi

// Functions taking node_api_basic_env may run inside a collector finalizer.
#define NAPI_CHECK_BASIC_ENV(env)                  \
  do {                                             \
    if ((env) == nullptr) return napi_invalid_arg; \
  } while (0)

// The others may not (they can allocate or run JS).
#define NAPI_CHECK_ENV(env)                                          \
  do {                                                               \
    if ((env) == nullptr) return napi_invalid_arg;                   \
    if ((env)->in_gc_finalizer) nodus::napi::FatalGcFinalizer();     \
  } while (0)

#define NAPI_RETURN_IF_FALSE(env, condition, status)                 \
  do {                                                               \
    if (!(condition)) return nodus::napi::SetLastError((env), (status)); \
  } while (0)

#define NAPI_CHECK_ARG(env, arg) NAPI_RETURN_IF_FALSE((env), ((arg) != nullptr), napi_invalid_arg)

#define NAPI_CHECK_MAYBE_EMPTY(env, maybe, status) \
  NAPI_RETURN_IF_FALSE((env), !((maybe).IsEmpty()), (status))

#define NAPI_CHECK_MAYBE_NOTHING(env, maybe, status) \
  NAPI_RETURN_IF_FALSE((env), !((maybe).IsNothing()), (status))

// For calls that may run JS: refuse while an exception is pending, and catch whatever
// the call throws into the env's pending exception.
#define NAPI_PREAMBLE(env)                                                              \
  NAPI_CHECK_ENV(env);                                                                  \
  NAPI_RETURN_IF_FALSE((env), (env)->last_exception.IsEmpty(), napi_pending_exception); \
  NAPI_RETURN_IF_FALSE((env), (env)->can_call_into_js(),                                \
                       (env)->module_api_version >= 10 ? napi_cannot_run_js             \
                                                       : napi_pending_exception);       \
  nodus::napi::ClearLastError(env);                                                     \
  nodus::napi::TryCatch try_catch(env)

#define NAPI_GET_RETURN_STATUS(env) \
  (!try_catch.HasCaught() ? napi_ok : nodus::napi::SetLastError((env), napi_pending_exception))

#define NAPI_CHECK_TO_OBJECT(env, context, result, src)                                 \
  do {                                                                                  \
    NAPI_CHECK_ARG((env), (src));                                                       \
    auto maybe_ = nodus::napi::V8Value(src)->ToObject(context);                         \
    NAPI_CHECK_MAYBE_EMPTY((env), maybe_, napi_object_expected);                        \
    (result) = maybe_.ToLocalChecked();                                                 \
  } while (0)

#define NAPI_CHECK_NEW_STRING(env, result, str, len)                                    \
  do {                                                                                  \
    NAPI_CHECK_ARG((env), (str));                                                       \
    auto maybe_ = nodus::napi::NewString((env)->isolate, (str), (len));                 \
    NAPI_CHECK_MAYBE_EMPTY((env), maybe_, napi_generic_failure);                        \
    (result) = maybe_.ToLocalChecked();                                                 \
  } while (0)

#define NAPI_RETURN_STATUS_IF_FALSE NAPI_RETURN_IF_FALSE
