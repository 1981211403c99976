// References (napi_ref and the finalizing handles behind wraps and externals) and
// handle scopes.
#include "internal.h"

namespace nodus::napi {

Reference* Reference::New(napi_env env, v8::Local<v8::Value> value, uint32_t count,
                          Ownership ownership, napi_finalize cb, void* data, void* hint) {
  return new Reference(env, value, count, ownership, cb, data, hint);
}

Reference::Reference(napi_env env, v8::Local<v8::Value> value, uint32_t count,
                     Ownership ownership, napi_finalize cb, void* data, void* hint)
    : env_(env),
      handle_(env->isolate, value),
      count_(count),
      ownership_(ownership),
      finalize_cb_(cb),
      data_(data),
      hint_(hint),
      can_be_weak_(value->IsObject() || value->IsSymbol()) {
  // Finalizing references are finalized at teardown if the GC never collects them.
  if (cb != nullptr || ownership == Ownership::kRuntime) {
    tracked_ = env->finalizing_refs.insert(env->finalizing_refs.end(), this);
    is_tracked_ = true;
  }
  UpdateWeakness();
}

Reference::~Reference() {
  if (is_tracked_) env_->finalizing_refs.erase(tracked_);
  // Deleted while its finalizer waited for the loop: it must not run.
  auto& pending = env_->pending_finalizers;
  for (auto it = pending.begin(); it != pending.end(); ++it) {
    if (*it == this) {
      pending.erase(it);
      break;
    }
  }
  handle_.Reset();
}

void Reference::Delete(Reference* ref) {
  // A user deleting a reference means its finalizer will not run (as in Node).
  delete ref;
}

uint32_t Reference::Ref() {
  if (handle_.IsEmpty()) return 0;
  if (++count_ == 1 && can_be_weak_) handle_.ClearWeak();
  return count_;
}

uint32_t Reference::Unref() {
  if (handle_.IsEmpty() || count_ == 0) return 0;
  if (--count_ == 0) UpdateWeakness();
  return count_;
}

v8::Local<v8::Value> Reference::Get() const {
  if (handle_.IsEmpty()) return {};
  return handle_.Get(env_->isolate);
}

void Reference::UpdateWeakness() {
  if (count_ > 0) return;
  if (!can_be_weak_) {
    // Primitives cannot be held weakly: at count zero the value is let go at once.
    handle_.Reset();
    return;
  }
  handle_.SetWeak(this, FirstPass, v8::WeakCallbackType::kParameter);
}

void Reference::FirstPass(const v8::WeakCallbackInfo<Reference>& info) {
  Reference* ref = info.GetParameter();
  ref->handle_.Reset();
  // Finalizers may call Node-API (and JS): only the second pass may do that.
  if (ref->finalize_cb_ != nullptr || ref->ownership_ == Ownership::kRuntime)
    info.SetSecondPassCallback(SecondPass);
}

void Reference::SecondPass(const v8::WeakCallbackInfo<Reference>& info) {
  Reference* ref = info.GetParameter();
  napi_env env = ref->env_;
  if (env->module_api_version != NAPI_VERSION_EXPERIMENTAL) {
    env->EnqueueFinalizer(ref);
    return;
  }
  bool was = env->in_gc_finalizer;
  env->in_gc_finalizer = env->module_api_version == NAPI_VERSION_EXPERIMENTAL;
  ref->Finalize();
  env->in_gc_finalizer = was;
}

void FatalGcFinalizer() {
  napi_fatal_error("", 0,
                   "Finalizer is calling a function that may affect GC state.\n"
                   "The finalizers are run directly from GC and must not affect GC state.\n"
                   "Use `node_api_post_finalizer` from inside of the finalizer to work "
                   "around this issue.\nIt schedules the call as a new task in the event loop.",
                   NAPI_AUTO_LENGTH);
}

void Reference::Finalize() {
  if (finalize_ran_) return;
  finalize_ran_ = true;
  if (is_tracked_) {
    env_->finalizing_refs.erase(tracked_);
    is_tracked_ = false;
  }
  handle_.Reset();
  napi_finalize cb = finalize_cb_;
  finalize_cb_ = nullptr;
  Ownership ownership = ownership_;
  if (cb != nullptr) env_->CallModuleFinalizer(cb, data_, hint_);
  // User-owned references stay until napi_delete_reference; their value is now gone.
  if (ownership == Ownership::kRuntime) delete this;
}

}  // namespace nodus::napi

using nodus::napi::ClearLastError;
using nodus::napi::JsValue;
using nodus::napi::Reference;
using nodus::napi::SetLastError;
using nodus::napi::V8Value;

struct napi_handle_scope__ {
  explicit napi_handle_scope__(v8::Isolate* isolate) : scope(isolate) {}
  v8::HandleScope scope;
};

struct napi_escapable_handle_scope__ {
  explicit napi_escapable_handle_scope__(v8::Isolate* isolate) : scope(isolate) {}
  v8::EscapableHandleScope scope;
  bool escaped = false;
};

extern "C" {

napi_status NAPI_CDECL napi_create_reference(napi_env env, napi_value value,
                                             uint32_t initial_refcount, napi_ref* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  // Before Node-API 10 only objects, functions and symbols can be referenced.
  if (env->module_api_version < 10 && env->module_api_version != NAPI_VERSION_EXPERIMENTAL &&
      !(v->IsObject() || v->IsFunction() || v->IsSymbol()))
    return SetLastError(env, napi_invalid_arg);
  *result = reinterpret_cast<napi_ref>(
      Reference::New(env, v, initial_refcount, Reference::Ownership::kUser));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_delete_reference(node_api_basic_env env, napi_ref ref) {
  NAPI_CHECK_BASIC_ENV(env);
  NAPI_CHECK_ARG(env, ref);
  Reference::Delete(reinterpret_cast<Reference*>(ref));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_reference_ref(napi_env env, napi_ref ref, uint32_t* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, ref);
  uint32_t count = reinterpret_cast<Reference*>(ref)->Ref();
  if (result != nullptr) *result = count;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_reference_unref(napi_env env, napi_ref ref, uint32_t* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, ref);
  Reference* r = reinterpret_cast<Reference*>(ref);
  if (r->count() == 0) return SetLastError(env, napi_generic_failure);
  uint32_t count = r->Unref();
  if (result != nullptr) *result = count;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_reference_value(napi_env env, napi_ref ref, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, ref);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = reinterpret_cast<Reference*>(ref)->Get();
  *result = v.IsEmpty() ? nullptr : JsValue(v);
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_open_handle_scope(napi_env env, napi_handle_scope* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = new napi_handle_scope__(env->isolate);
  env->open_handle_scopes++;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_close_handle_scope(napi_env env, napi_handle_scope scope) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, scope);
  if (env->open_handle_scopes == 0) return napi_handle_scope_mismatch;
  env->open_handle_scopes--;
  delete scope;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_open_escapable_handle_scope(napi_env env,
                                                        napi_escapable_handle_scope* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = new napi_escapable_handle_scope__(env->isolate);
  env->open_handle_scopes++;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_close_escapable_handle_scope(napi_env env,
                                                         napi_escapable_handle_scope scope) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, scope);
  if (env->open_handle_scopes == 0) return napi_handle_scope_mismatch;
  env->open_handle_scopes--;
  delete scope;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_escape_handle(napi_env env, napi_escapable_handle_scope scope,
                                          napi_value escapee, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, scope);
  NAPI_CHECK_ARG(env, escapee);
  NAPI_CHECK_ARG(env, result);
  if (scope->escaped) return SetLastError(env, napi_escape_called_twice);
  scope->escaped = true;
  *result = JsValue(scope->scope.Escape(V8Value(escapee)));
  return ClearLastError(env);
}

}  // extern "C"
