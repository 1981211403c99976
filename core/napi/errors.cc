// Errors: creating and throwing them, the pending exception, fatal errors.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "internal.h"
#include "runtime.h"

using nodus::napi::ClearLastError;
using nodus::napi::JsValue;
using nodus::napi::SetLastError;
using nodus::napi::V8Value;

namespace {

using ErrorFactory = v8::Local<v8::Value> (*)(v8::Local<v8::String>);

napi_status SetCode(napi_env env, v8::Local<v8::Value> error, v8::Local<v8::Value> code) {
  if (code.IsEmpty()) return napi_ok;
  NAPI_RETURN_IF_FALSE(env, code->IsString(), napi_string_expected);
  v8::Local<v8::Object> obj = error.As<v8::Object>();
  v8::Maybe<bool> r =
      obj->Set(env->context(), v8::String::NewFromUtf8Literal(env->isolate, "code"), code);
  NAPI_RETURN_IF_FALSE(env, r.FromMaybe(false), napi_generic_failure);
  return napi_ok;
}

napi_status CreateError(napi_env env, napi_value code, napi_value msg, napi_value* result,
                        ErrorFactory make) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, msg);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> message = V8Value(msg);
  NAPI_RETURN_IF_FALSE(env, message->IsString(), napi_string_expected);
  v8::Local<v8::Value> error = make(message.As<v8::String>());
  napi_status status = SetCode(env, error, code != nullptr ? V8Value(code) : v8::Local<v8::Value>());
  if (status != napi_ok) return SetLastError(env, status);
  *result = JsValue(error);
  return ClearLastError(env);
}

napi_status ThrowError(napi_env env, const char* code, const char* msg, ErrorFactory make) {
  NAPI_PREAMBLE(env);
  v8::Local<v8::String> message;
  NAPI_CHECK_NEW_STRING(env, message, msg, NAPI_AUTO_LENGTH);
  v8::Local<v8::Value> error = make(message);
  if (code != nullptr) {
    v8::Local<v8::String> c;
    NAPI_CHECK_NEW_STRING(env, c, code, NAPI_AUTO_LENGTH);
    napi_status status = SetCode(env, error, c);
    if (status != napi_ok) return SetLastError(env, status);
  }
  env->isolate->ThrowException(error);
  // try_catch moves it into the env's pending exception.
  return ClearLastError(env);
}

}  // namespace

extern "C" {

napi_status NAPI_CDECL napi_create_error(napi_env env, napi_value code, napi_value msg,
                                         napi_value* result) {
  return CreateError(env, code, msg, result, v8::Exception::Error);
}

napi_status NAPI_CDECL napi_create_type_error(napi_env env, napi_value code, napi_value msg,
                                              napi_value* result) {
  return CreateError(env, code, msg, result, v8::Exception::TypeError);
}

napi_status NAPI_CDECL napi_create_range_error(napi_env env, napi_value code, napi_value msg,
                                               napi_value* result) {
  return CreateError(env, code, msg, result, v8::Exception::RangeError);
}

napi_status NAPI_CDECL node_api_create_syntax_error(napi_env env, napi_value code,
                                                    napi_value msg, napi_value* result) {
  return CreateError(env, code, msg, result, v8::Exception::SyntaxError);
}

napi_status NAPI_CDECL napi_throw(napi_env env, napi_value error) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, error);
  env->isolate->ThrowException(V8Value(error));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_throw_error(napi_env env, const char* code, const char* msg) {
  return ThrowError(env, code, msg, v8::Exception::Error);
}

napi_status NAPI_CDECL napi_throw_type_error(napi_env env, const char* code, const char* msg) {
  return ThrowError(env, code, msg, v8::Exception::TypeError);
}

napi_status NAPI_CDECL napi_throw_range_error(napi_env env, const char* code, const char* msg) {
  return ThrowError(env, code, msg, v8::Exception::RangeError);
}

napi_status NAPI_CDECL node_api_throw_syntax_error(napi_env env, const char* code,
                                                   const char* msg) {
  return ThrowError(env, code, msg, v8::Exception::SyntaxError);
}

napi_status NAPI_CDECL napi_is_error(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(value)->IsNativeError();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_is_exception_pending(napi_env env, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = !env->last_exception.IsEmpty();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_and_clear_last_exception(napi_env env, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  if (env->last_exception.IsEmpty()) return napi_get_undefined(env, result);
  *result = JsValue(env->last_exception.Get(env->isolate));
  env->last_exception.Reset();
  return ClearLastError(env);
}

void NAPI_CDECL napi_fatal_error(const char* location, size_t location_len, const char* message,
                                 size_t message_len) {
  std::string loc = location == nullptr ? ""
                    : location_len == NAPI_AUTO_LENGTH ? std::string(location)
                                                       : std::string(location, location_len);
  std::string msg = message == nullptr ? ""
                    : message_len == NAPI_AUTO_LENGTH ? std::string(message)
                                                      : std::string(message, message_len);
  std::fprintf(stderr, "FATAL ERROR: %s %s\n", loc.c_str(), msg.c_str());
  std::fflush(stderr);
  std::abort();
}

napi_status NAPI_CDECL napi_fatal_exception(napi_env env, napi_value err) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, err);
  v8::Local<v8::Value> error = V8Value(err);
  env->runtime->HandleUncaught(error, v8::Exception::CreateMessage(env->isolate, error));
  return ClearLastError(env);
}

}  // extern "C"
