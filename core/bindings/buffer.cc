// internalBinding('buffer'): string encodings in native code, for js/buffer.js.
#include "bindings.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

// byteLengthUtf8(string) -> number of UTF-8 bytes
void ByteLengthUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsString()) return;
  info.GetReturnValue().Set(info[0].As<v8::String>()->Utf8Length(info.GetIsolate()));
}

}  // namespace

void InitBufferBinding(Runtime* rt, v8::Local<v8::Object> target) {
  SetMethod(rt->context(), target, "byteLengthUtf8", ByteLengthUtf8);
}

}  // namespace nodus
