// internalBinding('util'): what util.inspect and util.types need from V8 that JS cannot
// see: promise state, proxy internals, iterator previews, exact type checks.
#include <uv.h>

#include <map>
#include <string>
#include <vector>

#include "bindings.h"
#include "dotenv.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

// getPromiseDetails(p) -> [state, result]; state 0 pending, 1 fulfilled, 2 rejected.
void GetPromiseDetails(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsPromise()) return;
  v8::Local<v8::Promise> p = info[0].As<v8::Promise>();
  int state = static_cast<int>(p->State());
  v8::Local<v8::Value> v[] = {v8::Integer::New(isolate, state),
                              state == 0 ? v8::Undefined(isolate).As<v8::Value>() : p->Result()};
  info.GetReturnValue().Set(v8::Array::New(isolate, v, 2));
}

// getProxyDetails(p[, full = true]) -> [target, handler] | target | undefined
void GetProxyDetails(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsProxy()) return;
  v8::Local<v8::Proxy> p = info[0].As<v8::Proxy>();
  if (info[1]->IsFalse()) {
    info.GetReturnValue().Set(p->GetTarget());
    return;
  }
  v8::Local<v8::Value> v[] = {p->GetTarget(), p->GetHandler()};
  info.GetReturnValue().Set(v8::Array::New(isolate, v, 2));
}

// previewEntries(obj[, isIterator]) -> entries, or [entries, isKeyValue] when asked.
void PreviewEntries(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsObject()) return;
  bool is_key_value;
  v8::Local<v8::Array> entries;
  if (!info[0].As<v8::Object>()->PreviewEntries(&is_key_value).ToLocal(&entries)) return;
  if (info.Length() < 2 || !info[1]->IsTrue()) {
    info.GetReturnValue().Set(entries);
    return;
  }
  v8::Local<v8::Value> v[] = {entries, v8::Boolean::New(isolate, is_key_value)};
  info.GetReturnValue().Set(v8::Array::New(isolate, v, 2));
}

// getOwnNonIndexProperties(obj, filter) with V8's PropertyFilter bits.
void GetOwnNonIndexProperties(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  if (!info[0]->IsObject()) return;
  auto filter = static_cast<v8::PropertyFilter>(info[1]->Uint32Value(context).FromMaybe(0));
  v8::Local<v8::Array> names;
  if (info[0].As<v8::Object>()
          ->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly, filter,
                             v8::IndexFilter::kSkipIndices)
          .ToLocal(&names))
    info.GetReturnValue().Set(names);
}

void GetConstructorName(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsObject()) return;
  info.GetReturnValue().Set(info[0].As<v8::Object>()->GetConstructorName());
}

// getCallerFileName? no. getExternalValue(ext) -> address as BigInt, for inspect.
void GetExternalValue(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsExternal()) return;
  uint64_t addr = reinterpret_cast<uint64_t>(info[0].As<v8::External>()->Value());
  info.GetReturnValue().Set(v8::BigInt::NewFromUnsigned(info.GetIsolate(), addr));
}

// getErrorMap() -> [[errno, name, message], ...] for every libuv error, for
// util.getSystemErrorName/getSystemErrorMap.
void GetErrorMap(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::vector<v8::Local<v8::Value>> rows;
#define V(name, message)                                                        \
  {                                                                             \
    v8::Local<v8::Value> row[] = {v8::Integer::New(isolate, UV_##name),         \
                                  Str(isolate, #name), Str(isolate, message)};  \
    rows.push_back(v8::Array::New(isolate, row, 3));                            \
  }
  UV_ERRNO_MAP(V)
#undef V
  info.GetReturnValue().Set(v8::Array::New(isolate, rows.data(), rows.size()));
}

#define NODUS_TYPE_CHECKS(V) \
  V(isExternal, IsExternal)                         \
  V(isDate, IsDate)                                 \
  V(isArgumentsObject, IsArgumentsObject)           \
  V(isBigIntObject, IsBigIntObject)                 \
  V(isBooleanObject, IsBooleanObject)               \
  V(isNumberObject, IsNumberObject)                 \
  V(isStringObject, IsStringObject)                 \
  V(isSymbolObject, IsSymbolObject)                 \
  V(isNativeError, IsNativeError)                   \
  V(isRegExp, IsRegExp)                             \
  V(isAsyncFunction, IsAsyncFunction)               \
  V(isGeneratorFunction, IsGeneratorFunction)       \
  V(isGeneratorObject, IsGeneratorObject)           \
  V(isPromise, IsPromise)                           \
  V(isMap, IsMap)                                   \
  V(isSet, IsSet)                                   \
  V(isMapIterator, IsMapIterator)                   \
  V(isSetIterator, IsSetIterator)                   \
  V(isWeakMap, IsWeakMap)                           \
  V(isWeakSet, IsWeakSet)                           \
  V(isArrayBuffer, IsArrayBuffer)                   \
  V(isDataView, IsDataView)                         \
  V(isSharedArrayBuffer, IsSharedArrayBuffer)       \
  V(isProxy, IsProxy)                               \
  V(isModuleNamespaceObject, IsModuleNamespaceObject)

#define V(js, cc)                                                      \
  void js(const v8::FunctionCallbackInfo<v8::Value>& info) {           \
    info.GetReturnValue().Set(info[0]->cc());                          \
  }
NODUS_TYPE_CHECKS(V)
#undef V

// sleep(msec): blocks the thread (internal/util.sleep, validated in JS).
void Sleep(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsUint32()) return;
  uv_sleep(info[0].As<v8::Uint32>()->Value());
}

// arrayBufferViewHasBuffer(view): false while V8 still keeps a small typed array's
// bytes on its heap (no ArrayBuffer made yet).
void ArrayBufferViewHasBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsArrayBufferView()) return;
  info.GetReturnValue().Set(info[0].As<v8::ArrayBufferView>()->HasBuffer());
}

// parseEnv(text) -> { key: value }: dotenv text parsed as --env-file reads it (a key that
// repeats takes its last value), keys in byte order as node returns them.
void ParseEnv(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!info[0]->IsString()) return;
  v8::String::Utf8Value text(isolate, info[0]);
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  std::map<std::string, std::string> vars;
  for (auto& kv : dotenv::Parse(std::string(*text, text.length()))) vars[kv.first] = kv.second;
  for (const auto& kv : vars) {
    v8::Local<v8::String> k, v;
    if (!v8::String::NewFromUtf8(isolate, kv.first.data(), v8::NewStringType::kNormal,
                                 static_cast<int>(kv.first.size())).ToLocal(&k) ||
        !v8::String::NewFromUtf8(isolate, kv.second.data(), v8::NewStringType::kNormal,
                                 static_cast<int>(kv.second.size())).ToLocal(&v) ||
        result->Set(context, k, v).IsNothing()) {
      return;
    }
  }
  info.GetReturnValue().Set(result);
}

}  // namespace

void InitUtilBinding(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = rt->isolate();
  v8::Local<v8::Context> context = rt->context();
  SetMethod(context, target, "getPromiseDetails", GetPromiseDetails);
  SetMethod(context, target, "getProxyDetails", GetProxyDetails);
  SetMethod(context, target, "previewEntries", PreviewEntries);
  SetMethod(context, target, "getOwnNonIndexProperties", GetOwnNonIndexProperties);
  SetMethod(context, target, "getConstructorName", GetConstructorName);
  SetMethod(context, target, "getExternalValue", GetExternalValue);
  SetMethod(context, target, "getErrorMap", GetErrorMap);
  SetMethod(context, target, "sleep", Sleep);
  SetMethod(context, target, "arrayBufferViewHasBuffer", ArrayBufferViewHasBuffer);
  SetMethod(context, target, "parseEnv", ParseEnv);
  v8::Local<v8::Object> types = v8::Object::New(isolate);
#define V(js, cc) SetMethod(context, types, #js, js);
  NODUS_TYPE_CHECKS(V)
#undef V
  SetValue(context, target, "types", types);
  v8::Local<v8::Object> filters = v8::Object::New(isolate);
  SetValue(context, filters, "ALL_PROPERTIES", v8::Integer::New(isolate, v8::ALL_PROPERTIES));
  SetValue(context, filters, "ONLY_ENUMERABLE", v8::Integer::New(isolate, v8::ONLY_ENUMERABLE));
  SetValue(context, filters, "SKIP_SYMBOLS", v8::Integer::New(isolate, v8::SKIP_SYMBOLS));
  SetValue(context, target, "propertyFilter", filters);
  // Private symbols as JS property keys (V8 keeps them out of ownKeys and proxies), for
  // node's own tests under --expose-internals. ForApi returns the runtime's own keys.
  v8::Local<v8::Object> privates = v8::Object::New(isolate);
  v8::Local<v8::Private> arrow =
      v8::Private::ForApi(isolate, v8::String::NewFromUtf8Literal(isolate, "nodus:arrow"));
  // A v8::Private is a Symbol inside V8 but the API has no cast to Value: a Local is
  // one handle pointer either way.
  SetValue(context, privates, "arrow_message_private_symbol",
           *reinterpret_cast<v8::Local<v8::Value>*>(&arrow));
  SetValue(context, target, "privateSymbols", privates);
}

}  // namespace nodus
