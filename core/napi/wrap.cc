// Native data on JS values: wraps, externals, finalizers.
#include "internal.h"
#include "runtime.h"

using nodus::napi::ClearLastError;
using nodus::napi::JsValue;
using nodus::napi::Reference;
using nodus::napi::SetLastError;
using nodus::napi::V8Value;

namespace {

// Made once per isolate: Private::ForApi internalizes its name and looks it up in the
// isolate's registry on every call, which cost ~0.3 us per napi_unwrap (two per HTTP
// request in the http plugin). An isolate lives on one thread, so a thread-local cache
// keyed by the isolate is enough (a worker thread's next isolate replaces it).
v8::Local<v8::Private> WrapperKey(v8::Isolate* isolate) {
  thread_local v8::Isolate* cached_isolate = nullptr;
  thread_local v8::Eternal<v8::Private> cached_key;
  if (cached_isolate != isolate) {
    cached_key.Set(isolate, v8::Private::ForApi(
        isolate, v8::String::NewFromUtf8Literal(isolate, "nodus:napi:wrapper")));
    cached_isolate = isolate;
  }
  return cached_key.Get(isolate);
}

// The wrap's reference, or nullptr when `obj` is not wrapped.
Reference* GetWrap(napi_env env, v8::Local<v8::Object> obj) {
  v8::Local<v8::Value> v;
  if (!obj->GetPrivate(env->context(), WrapperKey(env->isolate)).ToLocal(&v) || !v->IsExternal())
    return nullptr;
  return static_cast<Reference*>(v.As<v8::External>()->Value());
}

napi_status Unwrap(napi_env env, napi_value js_object, void** result, bool remove) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, js_object);
  if (!remove) NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> value = V8Value(js_object);
  NAPI_RETURN_IF_FALSE(env, value->IsObject(), napi_invalid_arg);
  v8::Local<v8::Object> obj = value.As<v8::Object>();
  Reference* ref = GetWrap(env, obj);
  NAPI_RETURN_IF_FALSE(env, ref != nullptr, napi_invalid_arg);
  if (result != nullptr) *result = ref->data();
  if (remove) {
    obj->DeletePrivate(env->context(), WrapperKey(env->isolate)).Check();
    ref->ResetFinalizer();
    // A user-owned reference (napi_wrap's result) stays until napi_delete_reference.
    if (ref->runtime_owned()) Reference::Delete(ref);
  }
  return NAPI_GET_RETURN_STATUS(env);
}

struct PostedFinalizer {
  uv_timer_t timer;
  napi_env env;
  napi_finalize cb;
  void* data;
  void* hint;
};

}  // namespace

extern "C" {

napi_status NAPI_CDECL napi_wrap(napi_env env, napi_value js_object, void* native_object,
                                 node_api_basic_finalize finalize_cb, void* finalize_hint,
                                 napi_ref* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, js_object);
  v8::Local<v8::Value> value = V8Value(js_object);
  NAPI_RETURN_IF_FALSE(env, value->IsObject(), napi_object_expected);
  v8::Local<v8::Object> obj = value.As<v8::Object>();
  // One wrap per object.
  NAPI_RETURN_IF_FALSE(env, GetWrap(env, obj) == nullptr, napi_invalid_arg);
  Reference* ref = Reference::New(
      env, obj, 0, result != nullptr ? Reference::Ownership::kUser : Reference::Ownership::kRuntime,
      finalize_cb, native_object, finalize_hint);
  // The data is read back through the reference: set it even without a finalizer.
  ref->set_data(native_object);
  if (result != nullptr) *result = reinterpret_cast<napi_ref>(ref);
  obj->SetPrivate(env->context(), WrapperKey(env->isolate), v8::External::New(env->isolate, ref))
      .Check();
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_unwrap(napi_env env, napi_value js_object, void** result) {
  return Unwrap(env, js_object, result, false);
}

napi_status NAPI_CDECL napi_remove_wrap(napi_env env, napi_value js_object, void** result) {
  return Unwrap(env, js_object, result, true);
}

napi_status NAPI_CDECL napi_create_external(napi_env env, void* data,
                                            node_api_basic_finalize finalize_cb,
                                            void* finalize_hint, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::External> external = v8::External::New(env->isolate, data);
  if (finalize_cb != nullptr) {
    Reference::New(env, external, 0, Reference::Ownership::kRuntime, finalize_cb, data,
                   finalize_hint);
  }
  *result = JsValue(external);
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_external(napi_env env, napi_value value, void** result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsExternal(), napi_invalid_arg);
  *result = v.As<v8::External>()->Value();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_add_finalizer(napi_env env, napi_value js_object,
                                          void* finalize_data,
                                          node_api_basic_finalize finalize_cb,
                                          void* finalize_hint, napi_ref* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, js_object);
  NAPI_CHECK_ARG(env, finalize_cb);
  v8::Local<v8::Value> value = V8Value(js_object);
  NAPI_RETURN_IF_FALSE(env, value->IsObject(), napi_object_expected);
  Reference* ref = Reference::New(
      env, value, 0, result != nullptr ? Reference::Ownership::kUser : Reference::Ownership::kRuntime,
      finalize_cb, finalize_data, finalize_hint);
  if (result != nullptr) *result = reinterpret_cast<napi_ref>(ref);
  return ClearLastError(env);
}

// Runs `finalize_cb` soon, from the loop, where it may call JS.
napi_status NAPI_CDECL node_api_post_finalizer(node_api_basic_env env, napi_finalize finalize_cb,
                                               void* finalize_data, void* finalize_hint) {
  NAPI_CHECK_BASIC_ENV(env);
  NAPI_CHECK_ARG(env, finalize_cb);
  auto* posted = new PostedFinalizer{{}, env, finalize_cb, finalize_data, finalize_hint};
  uv_timer_init(env->runtime->loop(), &posted->timer);
  uv_timer_start(
      &posted->timer,
      [](uv_timer_t* timer) {
        auto* p = reinterpret_cast<PostedFinalizer*>(timer);
        p->env->CallModuleFinalizer(p->cb, p->data, p->hint);
        uv_close(reinterpret_cast<uv_handle_t*>(timer),
                 [](uv_handle_t* h) { delete reinterpret_cast<PostedFinalizer*>(h); });
      },
      0, 0);
  return ClearLastError(env);
}

}  // extern "C"
