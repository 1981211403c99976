// Values: primitives, strings, symbols, BigInt, dates, typeof, coercion.
#include <climits>
#include <cmath>

#include "fast.h"
#include "internal.h"

using nodus::napi::ClearLastError;
using nodus::napi::JsValue;
using nodus::napi::SetLastError;
using nodus::napi::V8Value;

namespace nodus::napi {

v8::MaybeLocal<v8::String> NewString(v8::Isolate* isolate, const char* str, size_t length) {
  if (length != NAPI_AUTO_LENGTH && length > INT_MAX) return {};
  return v8::String::NewFromUtf8(isolate, str, v8::NewStringType::kNormal,
                                 length == NAPI_AUTO_LENGTH ? -1 : static_cast<int>(length));
}

}  // namespace nodus::napi

namespace {

// The common shape of the create_string family: NULL str is only fine with length 0,
// lengths above INT_MAX are invalid.
template <typename Make>
napi_status CreateString(napi_env env, const void* str, size_t length, napi_value* result,
                         Make make) {
  NAPI_CHECK_ENV(env);
  if (length > 0) NAPI_CHECK_ARG(env, str);
  NAPI_CHECK_ARG(env, result);
  NAPI_RETURN_IF_FALSE(env, length == NAPI_AUTO_LENGTH || length <= INT_MAX, napi_invalid_arg);
  v8::MaybeLocal<v8::String> s = make(env->isolate, length);
  NAPI_CHECK_MAYBE_EMPTY(env, s, napi_generic_failure);
  *result = JsValue(s.ToLocalChecked());
  return ClearLastError(env);
}

int Len(size_t length) { return length == NAPI_AUTO_LENGTH ? -1 : static_cast<int>(length); }

}  // namespace

extern "C" {

napi_status NAPI_CDECL napi_get_undefined(napi_env env, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Undefined(env->isolate));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_null(napi_env env, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Null(env->isolate));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_global(napi_env env, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(env->context()->Global());
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_boolean(napi_env env, bool value, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Boolean::New(env->isolate, value));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_int32(napi_env env, int32_t value, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(nodus::napi::fast::NewInt32(env->isolate, value));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_uint32(napi_env env, uint32_t value, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Integer::NewFromUnsigned(env->isolate, value));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_int64(napi_env env, int64_t value, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Number::New(env->isolate, static_cast<double>(value)));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_double(napi_env env, double value, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(nodus::napi::fast::NewNumber(env->isolate, value));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_bigint_int64(napi_env env, int64_t value, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::BigInt::New(env->isolate, value));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_bigint_uint64(napi_env env, uint64_t value,
                                                 napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::BigInt::NewFromUnsigned(env->isolate, value));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_bigint_words(napi_env env, int sign_bit, size_t word_count,
                                                const uint64_t* words, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, words);
  NAPI_CHECK_ARG(env, result);
  NAPI_RETURN_IF_FALSE(env, word_count <= INT_MAX, napi_invalid_arg);
  v8::MaybeLocal<v8::BigInt> b = v8::BigInt::NewFromWords(env->context(), sign_bit,
                                                          static_cast<int>(word_count), words);
  NAPI_CHECK_MAYBE_EMPTY(env, b, napi_generic_failure);
  *result = JsValue(b.ToLocalChecked());
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_create_string_latin1(napi_env env, const char* str, size_t length,
                                                 napi_value* result) {
  return CreateString(env, str, length, result, [&](v8::Isolate* isolate, size_t len) {
    return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(str),
                                      v8::NewStringType::kNormal, Len(len));
  });
}

napi_status NAPI_CDECL napi_create_string_utf8(napi_env env, const char* str, size_t length,
                                               napi_value* result) {
  return CreateString(env, str, length, result, [&](v8::Isolate* isolate, size_t len) {
    return v8::String::NewFromUtf8(isolate, str, v8::NewStringType::kNormal, Len(len));
  });
}

napi_status NAPI_CDECL napi_create_string_utf16(napi_env env, const char16_t* str,
                                                size_t length, napi_value* result) {
  return CreateString(env, str, length, result, [&](v8::Isolate* isolate, size_t len) {
    return v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(str),
                                      v8::NewStringType::kNormal, Len(len));
  });
}

}  // extern "C"

// External strings: V8 keeps the module's memory; the finalizer runs when V8 disposes
// of the string (from the collector, so it is called without JS, as a pure finalizer).
template <typename Base, typename Char>
class ExternalString : public Base {
 public:
  ExternalString(napi_env env, Char* data, size_t length, napi_finalize cb, void* hint)
      : env_(env), data_(data), length_(length), cb_(cb), hint_(hint) {}
  const Char* data() const override { return data_; }
  size_t length() const override { return length_; }
  void Dispose() override {
    if (cb_ != nullptr) cb_(env_, data_, hint_);
    delete this;
  }

 private:
  napi_env env_;
  Char* data_;
  size_t length_;
  napi_finalize cb_;
  void* hint_;
};

extern "C" {

napi_status NAPI_CDECL node_api_create_external_string_latin1(
    napi_env env, char* str, size_t length, node_api_basic_finalize finalize_callback,
    void* finalize_hint, napi_value* result, bool* copied) {
  NAPI_CHECK_ENV(env);
  if (length > 0) NAPI_CHECK_ARG(env, str);
  NAPI_CHECK_ARG(env, result);
  NAPI_RETURN_IF_FALSE(env, length == NAPI_AUTO_LENGTH || length <= INT_MAX, napi_invalid_arg);
  if (length == NAPI_AUTO_LENGTH) length = str == nullptr ? 0 : std::strlen(str);
  auto* resource = new ExternalString<v8::String::ExternalOneByteStringResource, char>(
      env, str, length, finalize_callback, finalize_hint);
  v8::MaybeLocal<v8::String> s = v8::String::NewExternalOneByte(env->isolate, resource);
  NAPI_CHECK_MAYBE_EMPTY(env, s, napi_generic_failure);
  *result = JsValue(s.ToLocalChecked());
  if (copied != nullptr) *copied = false;
  return ClearLastError(env);
}

napi_status NAPI_CDECL node_api_create_external_string_utf16(
    napi_env env, char16_t* str, size_t length, node_api_basic_finalize finalize_callback,
    void* finalize_hint, napi_value* result, bool* copied) {
  NAPI_CHECK_ENV(env);
  if (length > 0) NAPI_CHECK_ARG(env, str);
  NAPI_CHECK_ARG(env, result);
  NAPI_RETURN_IF_FALSE(env, length == NAPI_AUTO_LENGTH || length <= INT_MAX, napi_invalid_arg);
  if (length == NAPI_AUTO_LENGTH) {
    size_t n = 0;
    while (str != nullptr && str[n] != 0) n++;
    length = n;
  }
  auto* resource = new ExternalString<v8::String::ExternalStringResource, uint16_t>(
      env, reinterpret_cast<uint16_t*>(str), length, finalize_callback, finalize_hint);
  v8::MaybeLocal<v8::String> s = v8::String::NewExternalTwoByte(env->isolate, resource);
  NAPI_CHECK_MAYBE_EMPTY(env, s, napi_generic_failure);
  *result = JsValue(s.ToLocalChecked());
  if (copied != nullptr) *copied = false;
  return ClearLastError(env);
}

// Property keys are internalized strings: faster as keys, same value otherwise.
napi_status NAPI_CDECL node_api_create_property_key_latin1(napi_env env, const char* str,
                                                           size_t length, napi_value* result) {
  return CreateString(env, str, length, result, [&](v8::Isolate* isolate, size_t len) {
    return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(str),
                                      v8::NewStringType::kInternalized, Len(len));
  });
}

napi_status NAPI_CDECL node_api_create_property_key_utf8(napi_env env, const char* str,
                                                         size_t length, napi_value* result) {
  return CreateString(env, str, length, result, [&](v8::Isolate* isolate, size_t len) {
    return v8::String::NewFromUtf8(isolate, str, v8::NewStringType::kInternalized, Len(len));
  });
}

napi_status NAPI_CDECL node_api_create_property_key_utf16(napi_env env, const char16_t* str,
                                                          size_t length, napi_value* result) {
  return CreateString(env, str, length, result, [&](v8::Isolate* isolate, size_t len) {
    return v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(str),
                                      v8::NewStringType::kInternalized, Len(len));
  });
}

napi_status NAPI_CDECL napi_create_symbol(napi_env env, napi_value description,
                                          napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  if (description == nullptr) {
    *result = JsValue(v8::Symbol::New(env->isolate));
  } else {
    v8::Local<v8::Value> desc = V8Value(description);
    NAPI_RETURN_IF_FALSE(env, desc->IsString(), napi_string_expected);
    *result = JsValue(v8::Symbol::New(env->isolate, desc.As<v8::String>()));
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL node_api_symbol_for(napi_env env, const char* utf8description,
                                           size_t length, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::String> key;
  // (NULL, 0) is the empty description.
  if (utf8description == nullptr && length == 0) {
    key = v8::String::Empty(env->isolate);
  } else {
    NAPI_CHECK_NEW_STRING(env, key, utf8description, length);
  }
  *result = JsValue(v8::Symbol::For(env->isolate, key));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_typeof(napi_env env, napi_value value, napi_valuetype* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  if (v->IsNumber()) *result = napi_number;
  else if (v->IsBigInt()) *result = napi_bigint;
  else if (v->IsString()) *result = napi_string;
  else if (v->IsFunction()) *result = napi_function;
  else if (v->IsExternal()) *result = napi_external;
  else if (v->IsObject()) *result = napi_object;
  else if (v->IsBoolean()) *result = napi_boolean;
  else if (v->IsUndefined()) *result = napi_undefined;
  else if (v->IsSymbol()) *result = napi_symbol;
  else if (v->IsNull()) *result = napi_null;
  else return SetLastError(env, napi_invalid_arg);
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_double(napi_env env, napi_value value, double* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  NAPI_RETURN_IF_FALSE(env, nodus::napi::fast::NumberValue(V8Value(value), result),
                       napi_number_expected);
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_int32(napi_env env, napi_value value, int32_t* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  if (nodus::napi::fast::IsSmi(v)) {
    *result = nodus::napi::fast::SmiValue(v);
  } else if (v->IsInt32()) {
    *result = v.As<v8::Int32>()->Value();
  } else {
    NAPI_RETURN_IF_FALSE(env, v->IsNumber(), napi_number_expected);
    // ToInt32 semantics (wrap modulo 2^32; NaN and infinities give 0).
    *result = v->Int32Value(env->context()).FromMaybe(0);
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_uint32(napi_env env, napi_value value, uint32_t* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  if (v->IsUint32()) {
    *result = v.As<v8::Uint32>()->Value();
  } else {
    NAPI_RETURN_IF_FALSE(env, v->IsNumber(), napi_number_expected);
    *result = v->Uint32Value(env->context()).FromMaybe(0);
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_int64(napi_env env, napi_value value, int64_t* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  if (v->IsInt32()) {
    *result = v.As<v8::Int32>()->Value();
    return ClearLastError(env);
  }
  NAPI_RETURN_IF_FALSE(env, v->IsNumber(), napi_number_expected);
  // Node's rule: non-finite values give 0, out-of-range values saturate.
  double d = v.As<v8::Number>()->Value();
  if (std::isfinite(d)) {
    if (d >= 9223372036854775808.0) *result = INT64_MAX;
    else if (d <= -9223372036854775808.0) *result = INT64_MIN;
    else *result = static_cast<int64_t>(d);
  } else {
    *result = 0;
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_bool(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsBoolean(), napi_boolean_expected);
  *result = v.As<v8::Boolean>()->Value();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_bigint_int64(napi_env env, napi_value value,
                                                   int64_t* result, bool* lossless) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, lossless);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsBigInt(), napi_bigint_expected);
  *result = v.As<v8::BigInt>()->Int64Value(lossless);
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_bigint_uint64(napi_env env, napi_value value,
                                                    uint64_t* result, bool* lossless) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, lossless);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsBigInt(), napi_bigint_expected);
  *result = v.As<v8::BigInt>()->Uint64Value(lossless);
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_bigint_words(napi_env env, napi_value value,
                                                   int* sign_bit, size_t* word_count,
                                                   uint64_t* words) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, word_count);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsBigInt(), napi_bigint_expected);
  v8::Local<v8::BigInt> big = v.As<v8::BigInt>();
  int count = big->WordCount();
  if (sign_bit == nullptr && words == nullptr) {
    *word_count = count;
  } else {
    NAPI_CHECK_ARG(env, sign_bit);
    NAPI_CHECK_ARG(env, words);
    int n = static_cast<int>(*word_count);
    big->ToWordsArray(sign_bit, &n, words);
    *word_count = n;
  }
  return ClearLastError(env);
}

// The get_value_string family: with buf NULL, result is the length (in the encoding's
// units, no terminator); otherwise copies what fits in bufsize-1 units, NUL-terminates,
// and result is the units copied.
napi_status NAPI_CDECL napi_get_value_string_latin1(napi_env env, napi_value value, char* buf,
                                                    size_t bufsize, size_t* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsString(), napi_string_expected);
  v8::Local<v8::String> s = v.As<v8::String>();
  if (buf == nullptr) {
    NAPI_CHECK_ARG(env, result);
    *result = s->Length();
  } else if (bufsize != 0) {
    int copied = s->WriteOneByte(env->isolate, reinterpret_cast<uint8_t*>(buf), 0,
                                 static_cast<int>(std::min<size_t>(bufsize - 1, INT_MAX)),
                                 v8::String::NO_NULL_TERMINATION);
    buf[copied] = '\0';
    if (result != nullptr) *result = copied;
  } else if (result != nullptr) {
    *result = 0;
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_string_utf8(napi_env env, napi_value value, char* buf,
                                                  size_t bufsize, size_t* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsString(), napi_string_expected);
  v8::Local<v8::String> s = v.As<v8::String>();
  if (buf == nullptr) {
    NAPI_CHECK_ARG(env, result);
    *result = s->Utf8Length(env->isolate);
  } else if (bufsize != 0) {
    int copied = s->WriteUtf8(env->isolate, buf,
                              static_cast<int>(std::min<size_t>(bufsize - 1, INT_MAX)), nullptr,
                              v8::String::REPLACE_INVALID_UTF8 | v8::String::NO_NULL_TERMINATION);
    buf[copied] = '\0';
    if (result != nullptr) *result = copied;
  } else if (result != nullptr) {
    *result = 0;
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_string_utf16(napi_env env, napi_value value,
                                                   char16_t* buf, size_t bufsize,
                                                   size_t* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsString(), napi_string_expected);
  v8::Local<v8::String> s = v.As<v8::String>();
  if (buf == nullptr) {
    NAPI_CHECK_ARG(env, result);
    *result = s->Length();
  } else if (bufsize != 0) {
    int copied = s->Write(env->isolate, reinterpret_cast<uint16_t*>(buf), 0,
                          static_cast<int>(std::min<size_t>(bufsize - 1, INT_MAX)),
                          v8::String::NO_NULL_TERMINATION);
    buf[copied] = 0;
    if (result != nullptr) *result = copied;
  } else if (result != nullptr) {
    *result = 0;
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_coerce_to_bool(napi_env env, napi_value value, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Boolean::New(env->isolate, V8Value(value)->BooleanValue(env->isolate)));
  return NAPI_GET_RETURN_STATUS(env);
}

#define NODUS_COERCE(Name, Method, status)                                               \
  napi_status NAPI_CDECL napi_coerce_to_##Name(napi_env env, napi_value value,           \
                                               napi_value* result) {                     \
    NAPI_PREAMBLE(env);                                                                  \
    NAPI_CHECK_ARG(env, value);                                                          \
    NAPI_CHECK_ARG(env, result);                                                         \
    auto maybe = V8Value(value)->Method(env->context());                                 \
    NAPI_CHECK_MAYBE_EMPTY(env, maybe, status);                                          \
    *result = JsValue(maybe.ToLocalChecked());                                           \
    return NAPI_GET_RETURN_STATUS(env);                                                  \
  }
NODUS_COERCE(number, ToNumber, napi_number_expected)
NODUS_COERCE(object, ToObject, napi_object_expected)
NODUS_COERCE(string, ToString, napi_string_expected)
#undef NODUS_COERCE

napi_status NAPI_CDECL napi_strict_equals(napi_env env, napi_value lhs, napi_value rhs,
                                          bool* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, lhs);
  NAPI_CHECK_ARG(env, rhs);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(lhs)->StrictEquals(V8Value(rhs));
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_create_date(napi_env env, double time, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  v8::MaybeLocal<v8::Value> date = v8::Date::New(env->context(), time);
  NAPI_CHECK_MAYBE_EMPTY(env, date, napi_generic_failure);
  *result = JsValue(date.ToLocalChecked());
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_is_date(napi_env env, napi_value value, bool* is_date) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, is_date);
  *is_date = V8Value(value)->IsDate();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_date_value(napi_env env, napi_value value, double* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsDate(), napi_date_expected);
  *result = v.As<v8::Date>()->ValueOf();
  return NAPI_GET_RETURN_STATUS(env);
}

}  // extern "C"
