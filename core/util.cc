#include "util.h"

#include <cstring>

namespace nodus {

void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
               v8::FunctionCallback callback, v8::Local<v8::Value> data) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::String> key = Name(isolate, name);
  v8::Local<v8::Function> fn =
      v8::FunctionTemplate::New(isolate, callback, data, {}, 0,
                                v8::ConstructorBehavior::kThrow)
          ->GetFunction(context)
          .ToLocalChecked();
  fn->SetName(key);
  target->Set(context, key, fn).Check();
}

void SetValue(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
              v8::Local<v8::Value> value) {
  target->Set(context, Name(context->GetIsolate(), name), value).Check();
}

v8::Local<v8::Value> UVException(v8::Isolate* isolate, int err, const char* syscall,
                                 const char* path, const char* dest) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  const char* code = uv_err_name(err);
  std::string msg = std::string(code) + ": " + uv_strerror(err) + ", " + syscall;
  if (path) msg += std::string(" '") + path + "'";
  if (dest) msg += std::string(" -> '") + dest + "'";
  v8::Local<v8::Object> e = v8::Exception::Error(Str(isolate, msg)).As<v8::Object>();
  e->Set(context, Name(isolate, "errno"), v8::Integer::New(isolate, err)).Check();
  e->Set(context, Name(isolate, "code"), Str(isolate, code)).Check();
  e->Set(context, Name(isolate, "syscall"), Str(isolate, syscall)).Check();
  if (path) e->Set(context, Name(isolate, "path"), Str(isolate, path)).Check();
  if (dest) e->Set(context, Name(isolate, "dest"), Str(isolate, dest)).Check();
  return e;
}

v8::Local<v8::Value> ErrnoException(v8::Isolate* isolate, int err, const char* syscall) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  const char* code = uv_err_name(err);
  std::string msg = std::string(syscall) + " " + code;
  v8::Local<v8::Object> e = v8::Exception::Error(Str(isolate, msg)).As<v8::Object>();
  e->Set(context, Name(isolate, "errno"), v8::Integer::New(isolate, err)).Check();
  e->Set(context, Name(isolate, "code"), Str(isolate, code)).Check();
  e->Set(context, Name(isolate, "syscall"), Str(isolate, syscall)).Check();
  return e;
}

void ThrowCodeError(v8::Isolate* isolate, const char* type, const char* code,
                    const std::string& message) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::String> m = Str(isolate, message);
  v8::Local<v8::Value> e;
  if (std::strcmp(type, "TypeError") == 0) e = v8::Exception::TypeError(m);
  else if (std::strcmp(type, "RangeError") == 0) e = v8::Exception::RangeError(m);
  else e = v8::Exception::Error(m);
  e.As<v8::Object>()->Set(context, Name(isolate, "code"), Str(isolate, code)).Check();
  isolate->ThrowException(e);
}

}  // namespace nodus
