// Functions and classes: the trampoline from V8 into a napi_callback, napi_get_cb_info,
// calling and constructing.
#include <climits>
#include <vector>

#include "fast.h"
#include "internal.h"

using nodus::napi::ClearLastError;
using nodus::napi::JsValue;
using nodus::napi::SetLastError;
using nodus::napi::V8Value;

struct napi_callback_info__ {
  const v8::FunctionCallbackInfo<v8::Value>* info;
  void* data;
};

namespace nodus::napi {
namespace {

// What a native function needs when V8 calls it. Freed when the function (or template)
// it belongs to is collected.
struct Bundle {
  napi_env env;
  napi_callback cb;
  void* data;
  v8::Global<v8::Value> owner;

  static void OnCollected(const v8::WeakCallbackInfo<Bundle>& info) {
    Bundle* bundle = info.GetParameter();
    bundle->owner.Reset();
    delete bundle;
  }
};

void Invoke(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Bundle* bundle = static_cast<Bundle*>(fast::ExternalValue(info.Data().As<v8::External>()));
  napi_env env = bundle->env;
  napi_callback_info__ cbinfo{&info, bundle->data};
  // CallIntoModule, written out: this is the hot path of every native call.
  ClearLastError(env);
  napi_value result = bundle->cb(env, &cbinfo);
  if (!env->last_exception.IsEmpty()) {
    v8::Local<v8::Value> exception = env->last_exception.Get(env->isolate);
    env->last_exception.Reset();
    env->isolate->ThrowException(exception);
    return;
  }
  if (result != nullptr) info.GetReturnValue().Set(V8Value(result));
}

v8::Local<v8::External> NewBundle(napi_env env, napi_callback cb, void* data) {
  Bundle* bundle = new Bundle{env, cb, data, {}};
  v8::Local<v8::External> external = v8::External::New(env->isolate, bundle);
  bundle->owner.Reset(env->isolate, external);
  bundle->owner.SetWeak(bundle, Bundle::OnCollected, v8::WeakCallbackType::kParameter);
  return external;
}

}  // namespace

v8::MaybeLocal<v8::Function> NewFunction(napi_env env, const char* name, size_t length,
                                         napi_callback cb, void* data) {
  v8::EscapableHandleScope scope(env->isolate);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Function> fn;
  if (!v8::Function::New(context, Invoke, NewBundle(env, cb, data)).ToLocal(&fn)) return {};
  if (name != nullptr) {
    v8::Local<v8::String> n;
    if (!NewString(env->isolate, name, length).ToLocal(&n)) return {};
    fn->SetName(n);
  }
  return scope.Escape(fn);
}

v8::MaybeLocal<v8::FunctionTemplate> NewFunctionTemplate(napi_env env, napi_callback cb,
                                                         void* data,
                                                         v8::Local<v8::Signature> sig) {
  return v8::FunctionTemplate::New(env->isolate, Invoke, NewBundle(env, cb, data), sig);
}

}  // namespace nodus::napi

extern "C" {

napi_status NAPI_CDECL napi_create_function(napi_env env, const char* utf8name, size_t length,
                                            napi_callback cb, void* data, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, cb);
  v8::Local<v8::Function> fn;
  NAPI_RETURN_IF_FALSE(env, nodus::napi::NewFunction(env, utf8name, length, cb, data).ToLocal(&fn),
                       napi_generic_failure);
  *result = JsValue(fn);
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_define_class(napi_env env, const char* utf8name, size_t length,
                                         napi_callback constructor, void* data,
                                         size_t property_count,
                                         const napi_property_descriptor* properties,
                                         napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, constructor);
  if (property_count > 0) NAPI_CHECK_ARG(env, properties);
  v8::Isolate* isolate = env->isolate;
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::FunctionTemplate> tpl;
  NAPI_RETURN_IF_FALSE(env, nodus::napi::NewFunctionTemplate(env, constructor, data).ToLocal(&tpl),
                       napi_generic_failure);
  v8::Local<v8::String> name;
  NAPI_CHECK_NEW_STRING(env, name, utf8name, length);
  tpl->SetClassName(name);

  v8::Local<v8::Signature> sig = v8::Signature::New(isolate, tpl);
  std::vector<napi_property_descriptor> statics;
  for (size_t i = 0; i < property_count; i++) {
    const napi_property_descriptor* p = &properties[i];
    if ((p->attributes & napi_static) != 0) {
      statics.push_back(*p);
      continue;
    }
    v8::Local<v8::Name> key;
    napi_status status = nodus::napi::PropertyName(env, p, &key);
    if (status != napi_ok) return SetLastError(env, status);
    if (p->getter != nullptr || p->setter != nullptr) {
      v8::Local<v8::FunctionTemplate> getter, setter;
      if (p->getter != nullptr &&
          !nodus::napi::NewFunctionTemplate(env, p->getter, p->data, sig).ToLocal(&getter))
        return SetLastError(env, napi_generic_failure);
      if (p->setter != nullptr &&
          !nodus::napi::NewFunctionTemplate(env, p->setter, p->data, sig).ToLocal(&setter))
        return SetLastError(env, napi_generic_failure);
      tpl->PrototypeTemplate()->SetAccessorProperty(
          key, getter, setter, nodus::napi::AttributesOf(p->attributes, true));
    } else if (p->method != nullptr) {
      v8::Local<v8::FunctionTemplate> method;
      if (!nodus::napi::NewFunctionTemplate(env, p->method, p->data, sig).ToLocal(&method))
        return SetLastError(env, napi_generic_failure);
      tpl->PrototypeTemplate()->Set(key, method, nodus::napi::AttributesOf(p->attributes, false));
    } else {
      v8::Local<v8::Value> value = V8Value(p->value);
      NAPI_RETURN_IF_FALSE(env, !value.IsEmpty(), napi_invalid_arg);
      tpl->PrototypeTemplate()->Set(key, value, nodus::napi::AttributesOf(p->attributes, false));
    }
  }
  v8::Local<v8::Function> fn;
  NAPI_RETURN_IF_FALSE(env, tpl->GetFunction(env->context()).ToLocal(&fn), napi_generic_failure);
  *result = JsValue(scope.Escape(fn));
  if (!statics.empty()) {
    napi_status status = napi_define_properties(env, *result, statics.size(), statics.data());
    if (status != napi_ok) return status;
  }
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_get_cb_info(napi_env env, napi_callback_info cbinfo, size_t* argc,
                                        napi_value* argv, napi_value* this_arg, void** data) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, cbinfo);
  const v8::FunctionCallbackInfo<v8::Value>& info = *cbinfo->info;
  if (argv != nullptr) {
    NAPI_CHECK_ARG(env, argc);
    size_t n = static_cast<size_t>(info.Length());
    size_t i = 0;
    for (; i < *argc && i < n; i++) argv[i] = JsValue(info[static_cast<int>(i)]);
    if (i < *argc) {
      napi_value undefined = JsValue(v8::Undefined(env->isolate));
      for (; i < *argc; i++) argv[i] = undefined;
    }
  }
  if (argc != nullptr) *argc = static_cast<size_t>(info.Length());
  if (this_arg != nullptr) *this_arg = JsValue(info.This());
  if (data != nullptr) *data = cbinfo->data;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_new_target(napi_env env, napi_callback_info cbinfo,
                                           napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, cbinfo);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> target = cbinfo->info->NewTarget();
  *result = target->IsUndefined() ? nullptr : JsValue(target);
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_call_function(napi_env env, napi_value recv, napi_value func,
                                          size_t argc, const napi_value* argv,
                                          napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, recv);
  if (argc > 0) NAPI_CHECK_ARG(env, argv);
  NAPI_CHECK_ARG(env, func);
  v8::Local<v8::Value> f = V8Value(func);
  NAPI_RETURN_IF_FALSE(env, f->IsFunction(), napi_function_expected);
  v8::MaybeLocal<v8::Value> r = f.As<v8::Function>()->Call(
      env->context(), V8Value(recv), static_cast<int>(argc),
      reinterpret_cast<v8::Local<v8::Value>*>(const_cast<napi_value*>(argv)));
  if (try_catch.HasCaught()) return SetLastError(env, napi_pending_exception);
  if (result != nullptr) {
    NAPI_CHECK_MAYBE_EMPTY(env, r, napi_generic_failure);
    *result = JsValue(r.ToLocalChecked());
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_new_instance(napi_env env, napi_value constructor, size_t argc,
                                         const napi_value* argv, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, constructor);
  if (argc > 0) NAPI_CHECK_ARG(env, argv);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> c = V8Value(constructor);
  NAPI_RETURN_IF_FALSE(env, c->IsFunction(), napi_function_expected);
  v8::MaybeLocal<v8::Object> r = c.As<v8::Function>()->NewInstance(
      env->context(), static_cast<int>(argc),
      reinterpret_cast<v8::Local<v8::Value>*>(const_cast<napi_value*>(argv)));
  NAPI_CHECK_MAYBE_EMPTY(env, r, napi_pending_exception);
  *result = JsValue(r.ToLocalChecked());
  return NAPI_GET_RETURN_STATUS(env);
}

}  // extern "C"
