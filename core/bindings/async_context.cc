// internalBinding('async_context'): V8's promise hooks, through which
// js/internal/async_context.js carries AsyncLocalStorage stores across awaits and
// promise reactions and async_hooks sees promises. Installed only once a store is first
// used or a hook enabled, so other programs pay nothing on their promises. Async ids and
// hooks for native resources: async_wrap.cc.
#include "bindings.h"
#include "bindings/async_wrap.h"
#include "runtime.h"
#include "util.h"

#include <unordered_map>
#include <vector>

namespace nodus {
namespace {

// Two users of V8's one set of promise hooks per context: AsyncLocalStorage
// (setPromiseHooks) and async_hooks.createHook (setAsyncHooksPromiseHooks). Each keeps
// its own set; when both are present, each installed hook calls both.
enum Slot { kAls, kAsyncHooks, kSlots };
enum Kind { kInitHook, kBeforeHook, kAfterHook, kResolveHook, kKinds };

struct PromiseHookSets {
  v8::Global<v8::Function> fns[kSlots][kKinds];
};

PromiseHookSets& Sets(Runtime* rt) {
  static thread_local std::unordered_map<Runtime*, PromiseHookSets> sets;
  return sets[rt];
}

// Calls each function in the data array with this call's arguments.
void CallBoth(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> fns = info.Data().As<v8::Array>();
  std::vector<v8::Local<v8::Value>> args;
  for (int i = 0; i < info.Length(); i++) args.push_back(info[i]);
  for (uint32_t i = 0; i < fns->Length(); i++) {
    v8::Local<v8::Value> fn;
    if (!fns->Get(context, i).ToLocal(&fn) || !fn->IsFunction()) continue;
    v8::Local<v8::Value> ignored;
    if (!fn.As<v8::Function>()
             ->Call(context, v8::Undefined(isolate), static_cast<int>(args.size()), args.data())
             .ToLocal(&ignored))
      return;
  }
}

void Install(Runtime* rt) {
  v8::Isolate* isolate = rt->isolate();
  v8::Local<v8::Context> context = rt->context();
  PromiseHookSets& sets = Sets(rt);
  v8::Local<v8::Function> installed[kKinds];
  for (int k = 0; k < kKinds; k++) {
    v8::Local<v8::Function> a = sets.fns[kAls][k].Get(isolate);
    v8::Local<v8::Function> b = sets.fns[kAsyncHooks][k].Get(isolate);
    if (a.IsEmpty() || b.IsEmpty()) {
      installed[k] = a.IsEmpty() ? b : a;
      continue;
    }
    v8::Local<v8::Array> both = v8::Array::New(isolate, 2);
    if (both->Set(context, 0, a).IsNothing() || both->Set(context, 1, b).IsNothing()) return;
    if (!v8::Function::New(context, CallBoth, both).ToLocal(&installed[k])) return;
  }
  context->SetPromiseHooks(installed[kInitHook], installed[kBeforeHook], installed[kAfterHook],
                           installed[kResolveHook]);
}

void SetSlot(const v8::FunctionCallbackInfo<v8::Value>& info, Slot slot) {
  v8::Isolate* isolate = info.GetIsolate();
  Runtime* rt = Runtime::From(isolate);
  PromiseHookSets& sets = Sets(rt);
  for (int k = 0; k < kKinds; k++) {
    if (info[k]->IsFunction()) {
      sets.fns[slot][k].Reset(isolate, info[k].As<v8::Function>());
    } else {
      sets.fns[slot][k].Reset();
    }
  }
  Install(rt);
}

// setPromiseHooks(init, before, after): AsyncLocalStorage's; undefined removes them.
void SetPromiseHooks(const v8::FunctionCallbackInfo<v8::Value>& info) { SetSlot(info, kAls); }

// setAsyncHooksPromiseHooks(init, before, after, resolve): createHook's.
void SetAsyncHooksPromiseHooks(const v8::FunctionCallbackInfo<v8::Value>& info) {
  SetSlot(info, kAsyncHooks);
}

}  // namespace

void InitAsyncContextBinding(Runtime* rt, v8::Local<v8::Object> target) {
  SetMethod(rt->context(), target, "setPromiseHooks", SetPromiseHooks);
  SetMethod(rt->context(), target, "setAsyncHooksPromiseHooks", SetAsyncHooksPromiseHooks);
  async_wrap::Init(rt, target);
}

}  // namespace nodus
