// The nodus_* helpers of abi/include/nodus/plugin.h.
#include <nodus/plugin.h>

#include <string>

#include "internal.h"

using nodus::napi::ClearLastError;
using nodus::napi::JsValue;
using nodus::napi::SetLastError;

extern "C" {

napi_status nodus_get_version(int* major, int* minor, int* patch, int* abi_version) {
  if (major != nullptr) *major = NODUS_VERSION_MAJOR;
  if (minor != nullptr) *minor = NODUS_VERSION_MINOR;
  if (patch != nullptr) *patch = NODUS_VERSION_PATCH;
  if (abi_version != nullptr) *abi_version = NODUS_ABI_VERSION;
  return napi_ok;
}

napi_status nodus_create_system_error(napi_env env, int uv_err, const char* syscall,
                                      const char* path, const char* dest, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, syscall);
  NAPI_CHECK_ARG(env, result);
  v8::Isolate* isolate = env->isolate;
  v8::Local<v8::Context> context = env->context();
  // node's uvException text: "CODE: description, syscall 'path' -> 'dest'".
  const char* code = uv_err_name(uv_err);
  std::string message = std::string(code) + ": " + uv_strerror(uv_err) + ", " + syscall;
  if (path != nullptr) message += std::string(" '") + path + "'";
  if (dest != nullptr) message += std::string(" -> '") + dest + "'";
  v8::Local<v8::String> text;
  NAPI_CHECK_NEW_STRING(env, text, message.c_str(), message.size());
  v8::Local<v8::Object> error = v8::Exception::Error(text).As<v8::Object>();
  auto set = [&](const char* key, v8::Local<v8::Value> value) {
    return error->Set(context, v8::String::NewFromUtf8(isolate, key).ToLocalChecked(), value)
        .FromMaybe(false);
  };
  auto str = [&](const char* s) -> v8::Local<v8::Value> {
    v8::Local<v8::String> out;
    if (!v8::String::NewFromUtf8(isolate, s).ToLocal(&out)) return v8::Undefined(isolate);
    return out;
  };
  bool ok = set("errno", v8::Integer::New(isolate, uv_err)) && set("code", str(code)) &&
            set("syscall", str(syscall));
  if (ok && path != nullptr) ok = set("path", str(path));
  if (ok && dest != nullptr) ok = set("dest", str(dest));
  NAPI_RETURN_IF_FALSE(env, ok, napi_generic_failure);
  *result = JsValue(error);
  return NAPI_GET_RETURN_STATUS(env);
}

}  // extern "C"
