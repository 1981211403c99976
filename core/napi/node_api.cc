// Node-specific Node-API: addon registration and loading, promises, scripts, the event
// loop, make_callback and callback scopes, async contexts, module file name.
#include <dlfcn.h>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "bindings/async_wrap.h"
#include "internal.h"
#include "node_api_loader.h"
#include "runtime.h"

using nodus::napi::ClearLastError;
using nodus::napi::JsValue;
using nodus::napi::SetLastError;
using nodus::napi::V8Value;

namespace nodus::napi {
namespace {

// Set by napi_module_register while dlopen() runs the library's static constructors.
thread_local napi_module* pending_module = nullptr;
thread_local bool loading = false;
// Libraries registered that way, for when the same file is loaded again (dlopen does not
// run the constructors twice). Shared by the threads: the main one and workers load the
// same files, and a library's constructor runs in whichever thread opened it first, so
// the open and the registration are one step under the mutex.
std::map<void*, napi_module*> registered_modules;
std::mutex registered_modules_mutex;

// True when JS is on the stack (a native call made from JS): exceptions then propagate
// to that JS instead of being reported as uncaught.
bool InJavaScript(v8::Isolate* isolate) {
  return v8::StackTrace::CurrentStackTrace(isolate, 1)->GetFrameCount() > 0;
}

void NoOp(const v8::FunctionCallbackInfo<v8::Value>&) {}

// Node 20's warning for an exception it swallows under the legacy policy.
void EmitDeprecation(napi_env env) {
  v8::Isolate* isolate = env->isolate;
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> process = env->runtime->process_object.Get(isolate);
  v8::Local<v8::Value> emit;
  if (!process->Get(context, v8::String::NewFromUtf8Literal(isolate, "emitWarning")).ToLocal(&emit) ||
      !emit->IsFunction())
    return;
  v8::Local<v8::Value> args[] = {
      v8::String::NewFromUtf8Literal(
          isolate,
          "Uncaught N-API callback exception detected, please run node with option "
          "--force-node-api-uncaught-exceptions-policy=true to handle those exceptions "
          "properly."),
      v8::String::NewFromUtf8Literal(isolate, "DeprecationWarning"),
      v8::String::NewFromUtf8Literal(isolate, "DEP0168")};
  (void)emit.As<v8::Function>()->Call(context, process, 3, args);
}

// (closure, env, legacy) -> runs the closure as a module call; a pending exception is thrown so
// that Runtime::MakeCallback reports it as uncaught.
void RunClosure(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto* fn = static_cast<const std::function<void(napi_env)>*>(
      info[0].As<v8::External>()->Value());
  napi_env env = static_cast<napi_env>(info[1].As<v8::External>()->Value());
  bool legacy = info[2]->IsTrue();
  env->CallIntoModule(*fn, [legacy](napi_env e, v8::Local<v8::Value> error) {
    if (legacy && !e->enforce_uncaught_policy) {
      EmitDeprecation(e);
      return;
    }
    e->isolate->ThrowException(error);
  });
}

thread_local v8::Global<v8::Function> run_closure_fn;
thread_local v8::Global<v8::Function> noop_fn;

v8::Local<v8::Function> CachedFunction(napi_env env, v8::Global<v8::Function>& slot,
                                       v8::FunctionCallback cb) {
  if (slot.IsEmpty()) {
    slot.Reset(env->isolate, v8::Function::New(env->context(), cb).ToLocalChecked());
  }
  return slot.Get(env->isolate);
}

// Drains nextTicks and microtasks when no JS is running (the end of a callback scope).
void DrainIfOutermost(napi_env env) {
  if (InJavaScript(env->isolate)) return;
  v8::HandleScope scope(env->isolate);
  env->runtime->MakeCallback(env->context()->Global(), CachedFunction(env, noop_fn, NoOp), 0,
                             nullptr);
}

std::string FileUrl(const std::string& path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string url = "file://";
  for (unsigned char c : path) {
    if (isalnum(c) || std::strchr("/-_.~!$&'()*+,;=:@", c) != nullptr) {
      url += static_cast<char>(c);
    } else {
      url += '%';
      url += kHex[c >> 4];
      url += kHex[c & 15];
    }
  }
  return url;
}

void ThrowDlopenError(v8::Isolate* isolate, const std::string& message) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::String> msg =
      v8::String::NewFromUtf8(isolate, message.c_str()).FromMaybe(v8::String::Empty(isolate));
  v8::Local<v8::Value> error = v8::Exception::Error(msg);
  error.As<v8::Object>()
      ->Set(context, v8::String::NewFromUtf8Literal(isolate, "code"),
            v8::String::NewFromUtf8Literal(isolate, "ERR_DLOPEN_FAILED"))
      .Check();
  isolate->ThrowException(error);
}

}  // namespace

void CallFromLoop(napi_env env, const std::function<void(napi_env)>& fn, bool legacy_policy) {
  v8::HandleScope scope(env->isolate);
  v8::Local<v8::Context> context = env->context();
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Value> args[] = {v8::External::New(env->isolate, const_cast<void*>(
                                                                     static_cast<const void*>(&fn))),
                                 v8::External::New(env->isolate, env),
                                 v8::Boolean::New(env->isolate, legacy_policy)};
  env->runtime->MakeCallback(context->Global(), CachedFunction(env, run_closure_fn, RunClosure),
                             3, args);
}

bool LoadAddon(nodus::Runtime* runtime, v8::Local<v8::Object> module,
               const std::string& filename, int flags) {
  v8::Isolate* isolate = runtime->isolate();
  v8::Local<v8::Context> context = runtime->context();
  std::unique_lock<std::mutex> registry_lock(registered_modules_mutex);
  pending_module = nullptr;
  loading = true;
  void* handle = dlopen(filename.c_str(), flags);
  loading = false;
  if (handle == nullptr) {
    const char* err = dlerror();
    ThrowDlopenError(isolate, err != nullptr ? err : filename);
    return false;
  }
  napi_module* mod = pending_module;
  pending_module = nullptr;
  if (mod != nullptr) {
    registered_modules[handle] = mod;
  } else {
    auto it = registered_modules.find(handle);
    if (it != registered_modules.end()) mod = it->second;
  }
  registry_lock.unlock();
  napi_addon_register_func init = nullptr;
  // Modules that do not say which Node-API version they want get 8, as in Node.
  int32_t version = 8;
  if (mod != nullptr) {
    init = mod->nm_register_func;
    if (init == nullptr) {
      dlclose(handle);
      ThrowDlopenError(isolate, "Module has no declared entry point.");
      return false;
    }
  } else {
    init = reinterpret_cast<napi_addon_register_func>(
        dlsym(handle, "napi_register_module_v1"));
    auto get_version = reinterpret_cast<node_api_addon_get_api_version_func>(
        dlsym(handle, "node_api_module_get_api_version_v1"));
    if (get_version != nullptr) version = get_version();
  }
  if (init == nullptr) {
    dlclose(handle);
    ThrowDlopenError(isolate, "Module did not self-register: '" + filename + "'.");
    return false;
  }
  v8::Local<v8::String> exports_key = v8::String::NewFromUtf8Literal(isolate, "exports");
  v8::Local<v8::Value> exports;
  if (!module->Get(context, exports_key).ToLocal(&exports)) return false;
  if (!exports->IsObject()) {
    ThrowDlopenError(isolate, "module.exports is not an object");
    return false;
  }
  napi_env env = NewEnv(runtime, version, FileUrl(filename));
  v8::Local<v8::Value> result;
  if (!InitModule(env, init, exports.As<v8::Object>()).ToLocal(&result)) return false;
  if (result != exports && module->Set(context, exports_key, result).IsNothing()) return false;
  return true;
}

}  // namespace nodus::napi

struct napi_deferred__ {
  v8::Global<v8::Promise::Resolver> resolver;
};

struct napi_callback_scope__ {
  napi_env env;
  std::unique_ptr<nodus::async_wrap::Scope> async_scope;
};

// An async resource for async_hooks: its id, what triggered it, and its resource object
// (held weakly when the addon supplied it, as node does: a collected resource is replaced
// by an empty object when a callback needs one).
struct napi_async_context__ {
  v8::Global<v8::Object> resource;
  double async_id = 0;
  double trigger_id = 0;

  v8::Local<v8::Object> Resource(v8::Isolate* isolate) {
    if (resource.IsEmpty()) return v8::Object::New(isolate);
    return resource.Get(isolate);
  }
};

extern "C" {

void NAPI_CDECL napi_module_register(napi_module* mod) {
  // Only meaningful while process.dlopen() loads the library (Node ignores others too).
  if (nodus::napi::loading) nodus::napi::pending_module = mod;
}

napi_status NAPI_CDECL node_api_get_module_file_name(node_api_basic_env env,
                                                     const char** result) {
  NAPI_CHECK_BASIC_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = env->filename.c_str();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_uv_event_loop(node_api_basic_env env, struct uv_loop_s** loop) {
  NAPI_CHECK_BASIC_ENV(env);
  NAPI_CHECK_ARG(env, loop);
  *loop = env->runtime->loop();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_promise(napi_env env, napi_deferred* deferred,
                                           napi_value* promise) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, deferred);
  NAPI_CHECK_ARG(env, promise);
  v8::MaybeLocal<v8::Promise::Resolver> maybe = v8::Promise::Resolver::New(env->context());
  NAPI_CHECK_MAYBE_EMPTY(env, maybe, napi_generic_failure);
  v8::Local<v8::Promise::Resolver> resolver = maybe.ToLocalChecked();
  *deferred = new napi_deferred__{v8::Global<v8::Promise::Resolver>(env->isolate, resolver)};
  *promise = JsValue(resolver->GetPromise());
  return NAPI_GET_RETURN_STATUS(env);
}

static napi_status Conclude(napi_env env, napi_deferred deferred, napi_value value,
                            bool resolve) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  v8::Local<v8::Promise::Resolver> resolver = deferred->resolver.Get(env->isolate);
  delete deferred;
  v8::Maybe<bool> r = resolve ? resolver->Resolve(env->context(), V8Value(value))
                              : resolver->Reject(env->context(), V8Value(value));
  NAPI_RETURN_IF_FALSE(env, r.FromMaybe(false), napi_generic_failure);
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_resolve_deferred(napi_env env, napi_deferred deferred,
                                             napi_value resolution) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, deferred);
  return Conclude(env, deferred, resolution, true);
}

napi_status NAPI_CDECL napi_reject_deferred(napi_env env, napi_deferred deferred,
                                            napi_value rejection) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, deferred);
  return Conclude(env, deferred, rejection, false);
}

napi_status NAPI_CDECL napi_is_promise(napi_env env, napi_value value, bool* is_promise) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, is_promise);
  *is_promise = V8Value(value)->IsPromise();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_run_script(napi_env env, napi_value script, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, script);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> source = V8Value(script);
  NAPI_RETURN_IF_FALSE(env, source->IsString(), napi_string_expected);
  v8::Local<v8::Context> context = env->context();
  v8::MaybeLocal<v8::Script> compiled = v8::Script::Compile(context, source.As<v8::String>());
  NAPI_CHECK_MAYBE_EMPTY(env, compiled, napi_generic_failure);
  v8::MaybeLocal<v8::Value> r = compiled.ToLocalChecked()->Run(context);
  NAPI_CHECK_MAYBE_EMPTY(env, r, napi_generic_failure);
  *result = JsValue(r.ToLocalChecked());
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_async_init(napi_env env, napi_value async_resource,
                                       napi_value async_resource_name,
                                       napi_async_context* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, async_resource_name);
  NAPI_CHECK_ARG(env, result);
  v8::Isolate* isolate = env->isolate;
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::String> name;
  if (!V8Value(async_resource_name)->ToString(context).ToLocal(&name))
    return SetLastError(env, napi_string_expected);
  auto* ctx = new napi_async_context__();
  v8::Local<v8::Object> resource;
  if (async_resource != nullptr && V8Value(async_resource)->IsObject()) {
    resource = V8Value(async_resource).As<v8::Object>();
    ctx->resource.Reset(isolate, resource);
    ctx->resource.SetWeak();
  } else {
    resource = v8::Object::New(isolate);
    ctx->resource.Reset(isolate, resource);
  }
  ctx->async_id = nodus::async_wrap::NewAsyncId(env->runtime);
  ctx->trigger_id = nodus::async_wrap::ExecutionAsyncId(env->runtime);
  nodus::async_wrap::EmitInit(env->runtime, ctx->async_id, ctx->trigger_id, name, resource);
  *result = ctx;
  return ClearLastError(env);
}

// May run inside a collector finalizer: queues the destroy hook, touches no JS.
napi_status NAPI_CDECL napi_async_destroy(napi_env env, napi_async_context async_context) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, async_context);
  nodus::async_wrap::QueueDestroy(env->runtime, async_context->async_id);
  delete async_context;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_make_callback(napi_env env, napi_async_context async_context,
                                          napi_value recv, napi_value func, size_t argc,
                                          const napi_value* argv, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, recv);
  if (argc > 0) NAPI_CHECK_ARG(env, argv);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> receiver;
  NAPI_CHECK_TO_OBJECT(env, context, receiver, recv);
  NAPI_CHECK_ARG(env, func);
  v8::Local<v8::Value> f = V8Value(func);
  NAPI_RETURN_IF_FALSE(env, f->IsFunction(), napi_function_expected);
  auto* args = reinterpret_cast<v8::Local<v8::Value>*>(const_cast<napi_value*>(argv));
  v8::MaybeLocal<v8::Value> r;
  std::optional<nodus::async_wrap::Scope> async_scope;
  if (async_context != nullptr) {
    async_scope.emplace(env->runtime, async_context->async_id, async_context->trigger_id,
        async_context->Resource(env->isolate));
  } else if (nodus::async_wrap::UsingDomains(env->runtime)) {
    async_scope.emplace(env->runtime, 0, 0, receiver);
  }
  if (nodus::napi::InJavaScript(env->isolate) || env->open_callback_scopes > 0) {
    // Called from JS: errors propagate to the caller as with any call.
    r = f.As<v8::Function>()->Call(context, receiver, static_cast<int>(argc), args);
  } else {
    r = env->runtime->MakeCallback(receiver, f.As<v8::Function>(), static_cast<int>(argc), args);
    if (r.IsEmpty() && !try_catch.HasCaught()) return SetLastError(env, napi_pending_exception);
  }
  if (try_catch.HasCaught()) {
    if (async_scope) async_scope->SetThrew();
    return SetLastError(env, napi_pending_exception);
  }
  if (result != nullptr) {
    NAPI_CHECK_MAYBE_EMPTY(env, r, napi_generic_failure);
    *result = JsValue(r.ToLocalChecked());
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_open_callback_scope(napi_env env, napi_value resource_object,
                                                napi_async_context context,
                                                napi_callback_scope* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  env->open_callback_scopes++;
  *result = new napi_callback_scope__{env, nullptr};
  if (context != nullptr) {
    v8::HandleScope scope(env->isolate);
    v8::Local<v8::Value> r = resource_object != nullptr ? V8Value(resource_object)
                                                        : v8::Local<v8::Value>();
    v8::Local<v8::Object> resource =
        !r.IsEmpty() && r->IsObject() ? r.As<v8::Object>() : context->Resource(env->isolate);
    (*result)->async_scope = std::make_unique<nodus::async_wrap::Scope>(
        env->runtime, context->async_id, context->trigger_id, resource);
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_close_callback_scope(napi_env env, napi_callback_scope scope) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, scope);
  if (env->open_callback_scopes == 0) return napi_callback_scope_mismatch;
  env->open_callback_scopes--;
  delete scope;  // emits the after hooks first
  if (env->open_callback_scopes == 0) nodus::napi::DrainIfOutermost(env);
  return ClearLastError(env);
}

}  // extern "C"

namespace nodus::napi {

extern thread_local v8::Global<v8::Object> buffer_prototype;

v8::MaybeLocal<v8::Value> InitPlugin(nodus::Runtime* runtime, napi_addon_register_func init,
                                     int32_t api_version, const std::string& filename) {
  napi_env env = NewEnv(runtime, api_version, FileUrl(filename));
  return InitModule(env, init, v8::Object::New(runtime->isolate()));
}

void SetBufferPrototype(v8::Isolate* isolate, v8::Local<v8::Object> prototype) {
  buffer_prototype.Reset(isolate, prototype);
}

}  // namespace nodus::napi
