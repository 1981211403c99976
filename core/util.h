// Small helpers every core file uses: strings, methods on objects, errors.
#pragma once
#include <uv.h>
#include <v8.h>

#include <string>

namespace nodus {

inline v8::Local<v8::String> Str(v8::Isolate* isolate, const char* s, int len = -1) {
  return v8::String::NewFromUtf8(isolate, s, v8::NewStringType::kNormal, len).ToLocalChecked();
}
inline v8::Local<v8::String> Str(v8::Isolate* isolate, const std::string& s) {
  return Str(isolate, s.data(), static_cast<int>(s.size()));
}
// For short ASCII names known at compile time: internalized, so property lookups are fast.
inline v8::Local<v8::String> Name(v8::Isolate* isolate, const char* s) {
  return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(s),
                                    v8::NewStringType::kInternalized)
      .ToLocalChecked();
}

// The UTF-8 bytes of a JS value, converted with ToString.
class Utf8 {
 public:
  Utf8(v8::Isolate* isolate, v8::Local<v8::Value> v) : value_(isolate, v) {}
  const char* operator*() const { return *value_ ? *value_ : ""; }
  size_t length() const { return value_.length(); }
  std::string str() const { return std::string(**this, length()); }

 private:
  v8::String::Utf8Value value_;
};

// Defines a function-valued property `name` on `target`.
void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
               v8::FunctionCallback callback, v8::Local<v8::Value> data = {});
// Defines a plain data property.
void SetValue(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
              v8::Local<v8::Value> value);

// A Node-style system error for a libuv error code:
// "ENOENT: no such file or directory, open 'x' -> 'y'" with errno, code, syscall, path, dest.
v8::Local<v8::Value> UVException(v8::Isolate* isolate, int err, const char* syscall,
                                 const char* path = nullptr, const char* dest = nullptr);
// node's errnoException: message "<syscall> <CODE>", with errno, code, syscall.
v8::Local<v8::Value> ErrnoException(v8::Isolate* isolate, int err, const char* syscall);
// Throws a TypeError/RangeError/Error carrying Node's `code` property.
void ThrowCodeError(v8::Isolate* isolate, const char* type, const char* code,
                    const std::string& message);

}  // namespace nodus
