// Async ids and hooks for native resources; see async_wrap.h. The JS half (the hook
// registry, the resource stack, AsyncResource) is js/internal/async_hooks.js.
#include "async_wrap.h"

#include <uv.h>

#include <memory>
#include <unordered_map>
#include <vector>

#include "runtime.h"
#include "util.h"

namespace nodus::async_wrap {
namespace {

struct State {
  std::shared_ptr<v8::BackingStore> id_store;
  std::shared_ptr<v8::BackingStore> hook_store;
  double* ids = nullptr;
  uint32_t* hooks = nullptr;
  // Set by js/internal/async_hooks.js once async_hooks is loaded.
  v8::Global<v8::Function> init_fn, before_fn, after_fn, destroy_fn;
  std::vector<double> destroy_queue;
  uv_timer_t* destroy_timer = nullptr;  // never freed: lives as long as the loop
};

// One state per runtime (workers will have their own).
thread_local std::unordered_map<Runtime*, std::unique_ptr<State>> states;

State& Get(Runtime* rt) {
  std::unique_ptr<State>& s = states[rt];
  if (!s) {
    s = std::make_unique<State>();
    s->id_store = v8::ArrayBuffer::NewBackingStore(rt->isolate(), kIdFieldCount * sizeof(double));
    s->hook_store =
        v8::ArrayBuffer::NewBackingStore(rt->isolate(), kHookFieldCount * sizeof(uint32_t));
    s->ids = static_cast<double*>(s->id_store->Data());
    s->hooks = static_cast<uint32_t*>(s->hook_store->Data());
    for (int i = 0; i < kHookFieldCount; i++) s->hooks[i] = 0;
    // The main script runs as async id 1, triggered by 0 (node's numbering).
    s->ids[kExecutionAsyncId] = 1;
    s->ids[kTriggerAsyncId] = 0;
    s->ids[kAsyncIdCounter] = 1;
  }
  return *s;
}

// Calls a hook dispatcher; its own errors are handled in JS (they end the process).
void CallJs(Runtime* rt, const v8::Global<v8::Function>& fn, int argc, v8::Local<v8::Value>* argv) {
  if (fn.IsEmpty()) return;
  v8::Isolate* isolate = rt->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = rt->context();
  v8::Context::Scope context_scope(context);
  v8::TryCatch tc(isolate);
  v8::Local<v8::Value> ignored;
  if (!fn.Get(isolate)->Call(context, v8::Undefined(isolate), argc, argv).ToLocal(&ignored)) return;
}

void FlushDestroys(uv_timer_t* timer) {
  Runtime* rt = static_cast<Runtime*>(timer->data);
  State& s = Get(rt);
  std::vector<double> ids;
  ids.swap(s.destroy_queue);
  if (s.destroy_fn.IsEmpty()) return;
  v8::Isolate* isolate = rt->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = rt->context();
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Array> list = v8::Array::New(isolate, static_cast<int>(ids.size()));
  for (size_t i = 0; i < ids.size(); i++) {
    if (list->Set(context, static_cast<uint32_t>(i), v8::Number::New(isolate, ids[i])).IsNothing())
      return;
  }
  v8::Local<v8::Value> args[] = {list};
  // Through MakeCallback: ticks queued by destroy hooks run after them.
  rt->MakeCallback(context->Global(), s.destroy_fn.Get(isolate), 1, args);
}

// setCallbacks({init, before, after, destroy}): the JS dispatchers.
void SetCallbacks(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!info[0]->IsObject()) return;
  v8::Local<v8::Object> fns = info[0].As<v8::Object>();
  State& s = Get(Runtime::From(isolate));
  auto take = [&](const char* name, v8::Global<v8::Function>* slot) {
    v8::Local<v8::Value> v;
    if (fns->Get(context, Name(isolate, name)).ToLocal(&v) && v->IsFunction())
      slot->Reset(isolate, v.As<v8::Function>());
  };
  take("init", &s.init_fn);
  take("before", &s.before_fn);
  take("after", &s.after_fn);
  take("destroy", &s.destroy_fn);
}

// queueDestroy(id): AsyncResource#emitDestroy, emitted later as native destroys are.
void QueueDestroyJs(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsNumber()) return;
  QueueDestroy(Runtime::From(info.GetIsolate()), info[0].As<v8::Number>()->Value());
}

}  // namespace

double NewAsyncId(Runtime* rt) {
  State& s = Get(rt);
  return ++s.ids[kAsyncIdCounter];
}

double ExecutionAsyncId(Runtime* rt) { return Get(rt).ids[kExecutionAsyncId]; }

bool UsingDomains(Runtime* rt) { return Get(rt).hooks[kUsingDomains] != 0; }

void EmitInit(Runtime* rt, double id, double trigger, v8::Local<v8::Value> type,
              v8::Local<v8::Object> resource) {
  State& s = Get(rt);
  if (s.hooks[kInit] == 0) return;
  v8::Isolate* isolate = rt->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Value> args[] = {v8::Number::New(isolate, id), type,
                                 v8::Number::New(isolate, trigger), resource};
  CallJs(rt, s.init_fn, 4, args);
}

void QueueDestroy(Runtime* rt, double id) {
  State& s = Get(rt);
  if (s.hooks[kDestroy] == 0) return;
  s.destroy_queue.push_back(id);
  if (s.destroy_queue.size() > 1) return;  // already scheduled
  if (s.destroy_timer == nullptr) {
    s.destroy_timer = new uv_timer_t;
    uv_timer_init(rt->loop(), s.destroy_timer);
    s.destroy_timer->data = rt;
  }
  // A zero timeout runs in the next timers phase: before the check phase's immediates,
  // as node's destroy-id immediate is queued ahead of them.
  uv_timer_start(s.destroy_timer, FlushDestroys, 0, 0);
}

Scope::Scope(Runtime* rt, double id, double trigger, v8::Local<v8::Object> resource)
    : rt_(rt), id_(id) {
  State& s = Get(rt);
  if (s.hooks[kTotals] > 0 || s.hooks[kTrackResources] > 0) {
    if (!s.before_fn.IsEmpty()) {
      via_js_ = true;
      v8::Isolate* isolate = rt->isolate();
      v8::HandleScope scope(isolate);
      v8::Local<v8::Value> args[] = {v8::Number::New(isolate, id),
                                     v8::Number::New(isolate, trigger), resource};
      CallJs(rt, s.before_fn, 3, args);
      return;
    }
  }
  prev_id_ = s.ids[kExecutionAsyncId];
  prev_trigger_ = s.ids[kTriggerAsyncId];
  s.ids[kExecutionAsyncId] = id;
  s.ids[kTriggerAsyncId] = trigger;
}

Scope::~Scope() {
  State& s = Get(rt_);
  if (via_js_) {
    v8::HandleScope scope(rt_->isolate());
    v8::Local<v8::Value> args[] = {v8::Number::New(rt_->isolate(), id_),
                                   v8::Boolean::New(rt_->isolate(), threw_)};
    CallJs(rt_, s.after_fn, 2, args);
    return;
  }
  s.ids[kExecutionAsyncId] = prev_id_;
  s.ids[kTriggerAsyncId] = prev_trigger_;
}

void Init(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = rt->isolate();
  v8::Local<v8::Context> context = rt->context();
  State& s = Get(rt);
  v8::Local<v8::ArrayBuffer> ids = v8::ArrayBuffer::New(isolate, s.id_store);
  v8::Local<v8::ArrayBuffer> hooks = v8::ArrayBuffer::New(isolate, s.hook_store);
  SetValue(context, target, "asyncIdFields", v8::Float64Array::New(ids, 0, kIdFieldCount));
  SetValue(context, target, "hookFields", v8::Uint32Array::New(hooks, 0, kHookFieldCount));
  SetMethod(context, target, "setCallbacks", SetCallbacks);
  SetMethod(context, target, "queueDestroy", QueueDestroyJs);
}

}  // namespace nodus::async_wrap
