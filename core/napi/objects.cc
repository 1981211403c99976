// Objects and arrays: properties, elements, descriptors, key listing, freeze/seal,
// type tags, instanceof.
#include <climits>

#include "internal.h"

using nodus::napi::ClearLastError;
using nodus::napi::JsValue;
using nodus::napi::SetLastError;
using nodus::napi::V8Value;

namespace nodus::napi {

napi_status PropertyName(napi_env env, const napi_property_descriptor* p,
                         v8::Local<v8::Name>* result) {
  if (p->utf8name != nullptr) {
    v8::Local<v8::String> name;
    NAPI_CHECK_NEW_STRING(env, name, p->utf8name, NAPI_AUTO_LENGTH);
    *result = name;
  } else {
    v8::Local<v8::Value> name = V8Value(p->name);
    NAPI_RETURN_IF_FALSE(env, !name.IsEmpty() && name->IsName(), napi_name_expected);
    *result = name.As<v8::Name>();
  }
  return napi_ok;
}

v8::PropertyAttribute AttributesOf(napi_property_attributes attributes, bool accessor) {
  unsigned a = v8::None;
  // Accessors have no writable bit: a setter or not decides.
  if (!accessor && (attributes & napi_writable) == 0) a |= v8::ReadOnly;
  if ((attributes & napi_enumerable) == 0) a |= v8::DontEnum;
  if ((attributes & napi_configurable) == 0) a |= v8::DontDelete;
  return static_cast<v8::PropertyAttribute>(a);
}

}  // namespace nodus::napi

namespace {

// Cached per isolate as WrapperKey in wrap.cc is.
v8::Local<v8::Private> TypeTagKey(v8::Isolate* isolate) {
  thread_local v8::Isolate* cached_isolate = nullptr;
  thread_local v8::Eternal<v8::Private> cached_key;
  if (cached_isolate != isolate) {
    cached_key.Set(isolate, v8::Private::ForApi(
        isolate, v8::String::NewFromUtf8Literal(isolate, "nodus:napi:type_tag")));
    cached_isolate = isolate;
  }
  return cached_key.Get(isolate);
}

}  // namespace

extern "C" {

napi_status NAPI_CDECL napi_create_object(napi_env env, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Object::New(env->isolate));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_array(napi_env env, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Array::New(env->isolate));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_array_with_length(napi_env env, size_t length,
                                                     napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  // V8 takes an int; larger lengths become an empty array, as in Node.
  *result = JsValue(v8::Array::New(env->isolate, length > INT_MAX ? 0 : static_cast<int>(length)));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_is_array(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(value)->IsArray();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_array_length(napi_env env, napi_value value, uint32_t* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsArray(), napi_array_expected);
  *result = v.As<v8::Array>()->Length();
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_get_prototype(napi_env env, napi_value object, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  *result = JsValue(obj->GetPrototype());
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_set_property(napi_env env, napi_value object, napi_value key,
                                         napi_value value) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, key);
  NAPI_CHECK_ARG(env, value);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Maybe<bool> r = obj->Set(context, V8Value(key), V8Value(value));
  NAPI_RETURN_IF_FALSE(env, r.FromMaybe(false), napi_generic_failure);
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_has_property(napi_env env, napi_value object, napi_value key,
                                         bool* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, key);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Maybe<bool> r = obj->Has(context, V8Value(key));
  NAPI_CHECK_MAYBE_NOTHING(env, r, napi_generic_failure);
  *result = r.FromJust();
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_get_property(napi_env env, napi_value object, napi_value key,
                                         napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, key);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::MaybeLocal<v8::Value> r = obj->Get(context, V8Value(key));
  NAPI_CHECK_MAYBE_EMPTY(env, r, napi_generic_failure);
  *result = JsValue(r.ToLocalChecked());
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_delete_property(napi_env env, napi_value object, napi_value key,
                                            bool* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, key);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Maybe<bool> r = obj->Delete(context, V8Value(key));
  NAPI_CHECK_MAYBE_NOTHING(env, r, napi_generic_failure);
  if (result != nullptr) *result = r.FromJust();
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_has_own_property(napi_env env, napi_value object, napi_value key,
                                             bool* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, key);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Local<v8::Value> k = V8Value(key);
  NAPI_RETURN_IF_FALSE(env, k->IsName(), napi_name_expected);
  v8::Maybe<bool> r = obj->HasOwnProperty(context, k.As<v8::Name>());
  NAPI_CHECK_MAYBE_NOTHING(env, r, napi_generic_failure);
  *result = r.FromJust();
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_set_named_property(napi_env env, napi_value object,
                                               const char* utf8name, napi_value value) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Local<v8::String> key;
  NAPI_CHECK_NEW_STRING(env, key, utf8name, NAPI_AUTO_LENGTH);
  v8::Maybe<bool> r = obj->Set(context, key, V8Value(value));
  NAPI_RETURN_IF_FALSE(env, r.FromMaybe(false), napi_generic_failure);
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_has_named_property(napi_env env, napi_value object,
                                               const char* utf8name, bool* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Local<v8::String> key;
  NAPI_CHECK_NEW_STRING(env, key, utf8name, NAPI_AUTO_LENGTH);
  v8::Maybe<bool> r = obj->Has(context, key);
  NAPI_CHECK_MAYBE_NOTHING(env, r, napi_generic_failure);
  *result = r.FromJust();
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_get_named_property(napi_env env, napi_value object,
                                               const char* utf8name, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::String> key;
  NAPI_CHECK_NEW_STRING(env, key, utf8name, NAPI_AUTO_LENGTH);
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::MaybeLocal<v8::Value> r = obj->Get(context, key);
  NAPI_CHECK_MAYBE_EMPTY(env, r, napi_generic_failure);
  *result = JsValue(r.ToLocalChecked());
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_set_element(napi_env env, napi_value object, uint32_t index,
                                        napi_value value) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Maybe<bool> r = obj->Set(context, index, V8Value(value));
  NAPI_RETURN_IF_FALSE(env, r.FromMaybe(false), napi_generic_failure);
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_has_element(napi_env env, napi_value object, uint32_t index,
                                        bool* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Maybe<bool> r = obj->Has(context, index);
  NAPI_CHECK_MAYBE_NOTHING(env, r, napi_generic_failure);
  *result = r.FromJust();
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_get_element(napi_env env, napi_value object, uint32_t index,
                                        napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::MaybeLocal<v8::Value> r = obj->Get(context, index);
  NAPI_CHECK_MAYBE_EMPTY(env, r, napi_generic_failure);
  *result = JsValue(r.ToLocalChecked());
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_delete_element(napi_env env, napi_value object, uint32_t index,
                                           bool* result) {
  NAPI_PREAMBLE(env);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Maybe<bool> r = obj->Delete(context, index);
  NAPI_CHECK_MAYBE_NOTHING(env, r, napi_generic_failure);
  if (result != nullptr) *result = r.FromJust();
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_define_properties(napi_env env, napi_value object,
                                              size_t property_count,
                                              const napi_property_descriptor* properties) {
  NAPI_PREAMBLE(env);
  if (property_count > 0) NAPI_CHECK_ARG(env, properties);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  for (size_t i = 0; i < property_count; i++) {
    const napi_property_descriptor* p = &properties[i];
    v8::Local<v8::Name> name;
    napi_status status = nodus::napi::PropertyName(env, p, &name);
    if (status != napi_ok) return SetLastError(env, status);
    if (p->getter != nullptr || p->setter != nullptr) {
      v8::Local<v8::Function> getter, setter;
      if (p->getter != nullptr) {
        NAPI_RETURN_IF_FALSE(env, nodus::napi::NewFunction(env, nullptr, 0, p->getter, p->data)
                                      .ToLocal(&getter),
                             napi_generic_failure);
      }
      if (p->setter != nullptr) {
        NAPI_RETURN_IF_FALSE(env, nodus::napi::NewFunction(env, nullptr, 0, p->setter, p->data)
                                      .ToLocal(&setter),
                             napi_generic_failure);
      }
      v8::PropertyDescriptor desc(getter, setter);
      desc.set_enumerable((p->attributes & napi_enumerable) != 0);
      desc.set_configurable((p->attributes & napi_configurable) != 0);
      if (!obj->DefineProperty(context, name, desc).FromMaybe(false))
        return SetLastError(env, napi_invalid_arg);
    } else {
      v8::Local<v8::Value> value;
      if (p->method != nullptr) {
        v8::Local<v8::Function> fn;
        NAPI_RETURN_IF_FALSE(env, nodus::napi::NewFunction(env, nullptr, 0, p->method, p->data)
                                      .ToLocal(&fn),
                             napi_generic_failure);
        value = fn;
      } else {
        value = V8Value(p->value);
        NAPI_RETURN_IF_FALSE(env, !value.IsEmpty(), napi_invalid_arg);
      }
      v8::PropertyDescriptor desc(value, (p->attributes & napi_writable) != 0);
      desc.set_enumerable((p->attributes & napi_enumerable) != 0);
      desc.set_configurable((p->attributes & napi_configurable) != 0);
      if (!obj->DefineProperty(context, name, desc).FromMaybe(false))
        return SetLastError(env, napi_generic_failure);
    }
  }
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_get_all_property_names(napi_env env, napi_value object,
                                                   napi_key_collection_mode key_mode,
                                                   napi_key_filter key_filter,
                                                   napi_key_conversion key_conversion,
                                                   napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  unsigned filter = v8::ALL_PROPERTIES;
  if (key_filter & napi_key_writable) filter |= v8::ONLY_WRITABLE;
  if (key_filter & napi_key_enumerable) filter |= v8::ONLY_ENUMERABLE;
  if (key_filter & napi_key_configurable) filter |= v8::ONLY_CONFIGURABLE;
  if (key_filter & napi_key_skip_strings) filter |= v8::SKIP_STRINGS;
  if (key_filter & napi_key_skip_symbols) filter |= v8::SKIP_SYMBOLS;
  v8::KeyCollectionMode mode;
  switch (key_mode) {
    case napi_key_include_prototypes: mode = v8::KeyCollectionMode::kIncludePrototypes; break;
    case napi_key_own_only: mode = v8::KeyCollectionMode::kOwnOnly; break;
    default: return SetLastError(env, napi_invalid_arg);
  }
  v8::KeyConversionMode conversion;
  switch (key_conversion) {
    case napi_key_keep_numbers: conversion = v8::KeyConversionMode::kKeepNumbers; break;
    case napi_key_numbers_to_strings: conversion = v8::KeyConversionMode::kConvertToString; break;
    default: return SetLastError(env, napi_invalid_arg);
  }
  v8::MaybeLocal<v8::Array> names =
      obj->GetPropertyNames(context, mode, static_cast<v8::PropertyFilter>(filter),
                            v8::IndexFilter::kIncludeIndices, conversion);
  NAPI_CHECK_MAYBE_EMPTY(env, names, napi_generic_failure);
  *result = JsValue(names.ToLocalChecked());
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_get_property_names(napi_env env, napi_value object,
                                               napi_value* result) {
  return napi_get_all_property_names(
      env, object, napi_key_include_prototypes,
      static_cast<napi_key_filter>(napi_key_enumerable | napi_key_skip_symbols),
      napi_key_numbers_to_strings, result);
}

napi_status NAPI_CDECL napi_object_freeze(napi_env env, napi_value object) {
  NAPI_PREAMBLE(env);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Maybe<bool> r = obj->SetIntegrityLevel(context, v8::IntegrityLevel::kFrozen);
  NAPI_RETURN_IF_FALSE(env, r.FromMaybe(false), napi_generic_failure);
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_object_seal(napi_env env, napi_value object) {
  NAPI_PREAMBLE(env);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Maybe<bool> r = obj->SetIntegrityLevel(context, v8::IntegrityLevel::kSealed);
  NAPI_RETURN_IF_FALSE(env, r.FromMaybe(false), napi_generic_failure);
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_type_tag_object(napi_env env, napi_value object,
                                            const napi_type_tag* type_tag) {
  NAPI_PREAMBLE(env);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  NAPI_CHECK_ARG(env, type_tag);
  v8::Local<v8::Private> key = TypeTagKey(env->isolate);
  v8::Maybe<bool> has = obj->HasPrivate(context, key);
  NAPI_CHECK_MAYBE_NOTHING(env, has, napi_generic_failure);
  NAPI_RETURN_IF_FALSE(env, !has.FromJust(), napi_invalid_arg);
  v8::MaybeLocal<v8::BigInt> tag = v8::BigInt::NewFromWords(
      context, 0, 2, reinterpret_cast<const uint64_t*>(type_tag));
  NAPI_CHECK_MAYBE_EMPTY(env, tag, napi_generic_failure);
  NAPI_RETURN_IF_FALSE(env, obj->SetPrivate(context, key, tag.ToLocalChecked()).FromMaybe(false),
                       napi_generic_failure);
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_check_object_type_tag(napi_env env, napi_value object,
                                                  const napi_type_tag* type_tag, bool* result) {
  NAPI_PREAMBLE(env);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  NAPI_CHECK_ARG(env, type_tag);
  NAPI_CHECK_ARG(env, result);
  v8::MaybeLocal<v8::Value> tag = obj->GetPrivate(context, TypeTagKey(env->isolate));
  NAPI_CHECK_MAYBE_EMPTY(env, tag, napi_generic_failure);
  v8::Local<v8::Value> t = tag.ToLocalChecked();
  *result = false;
  if (t->IsBigInt()) {
    int sign = 0, count = 2;
    napi_type_tag got{0, 0};
    t.As<v8::BigInt>()->ToWordsArray(&sign, &count, reinterpret_cast<uint64_t*>(&got));
    if (count == 2) *result = got.lower == type_tag->lower && got.upper == type_tag->upper;
    else if (count == 1) *result = got.lower == type_tag->lower && type_tag->upper == 0;
    else if (count == 0) *result = type_tag->lower == 0 && type_tag->upper == 0;
  }
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_instanceof(napi_env env, napi_value object, napi_value constructor,
                                       bool* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, object);
  NAPI_CHECK_ARG(env, result);
  *result = false;
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> ctor;
  NAPI_CHECK_TO_OBJECT(env, context, ctor, constructor);
  if (!ctor->IsFunction()) {
    napi_throw_type_error(env, "ERR_NAPI_CONS_FUNCTION", "Constructor must be a function");
    return SetLastError(env, napi_function_expected);
  }
  v8::Maybe<bool> r = V8Value(object)->InstanceOf(context, ctor);
  NAPI_CHECK_MAYBE_NOTHING(env, r, napi_generic_failure);
  *result = r.FromJust();
  return NAPI_GET_RETURN_STATUS(env);
}

}  // extern "C"
