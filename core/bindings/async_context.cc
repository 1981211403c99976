// internalBinding('async_context'): V8's promise hooks, through which
// js/internal/async_context.js carries AsyncLocalStorage stores across awaits and
// promise reactions. Installed only once a store is first used, so programs that never
// use AsyncLocalStorage pay nothing on their promises.
#include "bindings.h"
#include "bindings/async_wrap.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

// setPromiseHooks(init, before, after): functions or undefined (to remove them).
void SetPromiseHooks(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  auto fn = [&](int i) {
    return info[i]->IsFunction() ? info[i].As<v8::Function>() : v8::Local<v8::Function>();
  };
  context->SetPromiseHooks(fn(0), fn(1), fn(2), v8::Local<v8::Function>());
}

}  // namespace

void InitAsyncContextBinding(Runtime* rt, v8::Local<v8::Object> target) {
  SetMethod(rt->context(), target, "setPromiseHooks", SetPromiseHooks);
  async_wrap::Init(rt, target);
}

}  // namespace nodus
