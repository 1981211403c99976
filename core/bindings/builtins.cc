// internalBinding('builtins'): the embedded js/ library.
#include "bindings.h"
#include "builtins.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

// compile(id) -> function(exports, require, module, process, internalBinding)
void CompileBuiltin(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Utf8 id(isolate, info[0]);
  const builtins::Source* s = builtins::Find(*id, id.length());
  if (!s) {
    ThrowCodeError(isolate, "Error", "ERR_UNKNOWN_BUILTIN_MODULE",
                   "No such built-in module: " + id.str());
    return;
  }
  v8::Local<v8::Function> fn;
  if (builtins::Compile(isolate->GetCurrentContext(), *s).ToLocal(&fn))
    info.GetReturnValue().Set(fn);
}

}  // namespace

void InitBuiltinsBinding(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = rt->isolate();
  v8::Local<v8::Context> context = rt->context();
  SetMethod(context, target, "compile", CompileBuiltin);
  // ids: every embedded module; publicIds: those users may require.
  v8::Local<v8::Array> ids = v8::Array::New(isolate);
  v8::Local<v8::Array> public_ids = v8::Array::New(isolate);
  uint32_t n = 0, np = 0;
  for (size_t i = 0; i < builtins::kSourceCount; i++) {
    v8::Local<v8::String> id = Str(isolate, builtins::kSources[i].id);
    ids->Set(context, n++, id).Check();
    if (builtins::IsPublic(builtins::kSources[i])) public_ids->Set(context, np++, id).Check();
  }
  SetValue(context, target, "ids", ids);
  SetValue(context, target, "publicIds", public_ids);
}

}  // namespace nodus
