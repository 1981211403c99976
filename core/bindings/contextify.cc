// internalBinding('contextify'): compiling user code. Syntax errors are decorated with
// node's "file:line / source / caret" text before they are rethrown. The vm module's
// half (contexts over a sandbox object, scripts, timeouts) is contextify_vm.cc.
#include "bindings.h"
#include "bindings/contextify_vm.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

// compileFunction(code, filename, params[, lineOffset, columnOffset]) -> function
void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!info[0]->IsString() || !info[1]->IsString() || !info[2]->IsArray()) {
    ThrowCodeError(isolate, "TypeError", "ERR_INVALID_ARG_TYPE", "compileFunction(code, filename, params)");
    return;
  }
  v8::Local<v8::Array> params_array = info[2].As<v8::Array>();
  std::vector<v8::Local<v8::String>> params;
  for (uint32_t i = 0; i < params_array->Length(); i++) {
    v8::Local<v8::Value> p;
    if (!params_array->Get(context, i).ToLocal(&p) || !p->IsString()) return;
    params.push_back(p.As<v8::String>());
  }
  int line_offset = info[3]->IsInt32() ? info[3].As<v8::Int32>()->Value() : 0;
  int column_offset = info[4]->IsInt32() ? info[4].As<v8::Int32>()->Value() : 0;
  v8::ScriptOrigin origin(isolate, info[1], line_offset, column_offset);
  v8::ScriptCompiler::Source source(info[0].As<v8::String>(), origin);
  v8::TryCatch tc(isolate);
  v8::Local<v8::Function> fn;
  if (!v8::ScriptCompiler::CompileFunction(context, &source, params.size(), params.data(), 0,
                                           nullptr)
           .ToLocal(&fn)) {
    if (tc.CanContinue()) {
      Runtime::From(isolate)->DecorateErrorWithArrow(tc.Exception(), tc.Message());
      tc.ReThrow();
    }
    return;
  }
  info.GetReturnValue().Set(fn);
}

// runInThisContext(code, filename) -> completion value of the script
void RunInThisContext(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!info[0]->IsString() || !info[1]->IsString()) {
    ThrowCodeError(isolate, "TypeError", "ERR_INVALID_ARG_TYPE", "runInThisContext(code, filename)");
    return;
  }
  v8::ScriptOrigin origin(isolate, info[1]);
  v8::ScriptCompiler::Source source(info[0].As<v8::String>(), origin);
  v8::TryCatch tc(isolate);
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> result;
  if (!v8::ScriptCompiler::Compile(context, &source).ToLocal(&script) ||
      !script->Run(context).ToLocal(&result)) {
    if (tc.CanContinue()) {
      Runtime::From(isolate)->DecorateErrorWithArrow(tc.Exception(), tc.Message());
      tc.ReThrow();
    }
    return;
  }
  info.GetReturnValue().Set(result);
}

}  // namespace

void InitContextifyBinding(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = rt->context();
  SetMethod(context, target, "compileFunction", CompileFunction);
  SetMethod(context, target, "runInThisContext", RunInThisContext);
  vm::Init(rt, target);
}

}  // namespace nodus
