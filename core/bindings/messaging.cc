// internalBinding('messaging'): the wake-up behind MessagePort and BroadcastChannel
// (js/internal/messaging.js keeps the queues). Messages are delivered from the loop's
// poll phase, as node delivers port messages, each through its own MakeCallback so
// ticks and microtasks run between two messages.
#include "bindings.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

struct MessagingState {
  Runtime* rt;
  uv_async_t async;
  v8::Global<v8::Function> begin;    // () -> how many deliveries are queued now
  v8::Global<v8::Function> deliver;  // () -> delivers the next one
};

// One runtime per thread: the main thread and each worker have their own.
thread_local MessagingState* msg_state = nullptr;

void OnAsync(uv_async_t*) {
  Runtime* rt = msg_state->rt;
  v8::Isolate* isolate = rt->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Object> process = rt->process_object.Get(isolate);
  v8::Local<v8::Value> count;
  if (!rt->MakeCallback(process, msg_state->begin.Get(isolate), 0, nullptr).ToLocal(&count)) return;
  // Only what was queued when this wake-up began: a message posted from a handler waits
  // for the next loop iteration, so two ports talking to each other cannot starve it.
  int64_t n = count->IntegerValue(rt->context()).FromMaybe(0);
  for (int64_t i = 0; i < n; i++) {
    rt->MakeCallback(process, msg_state->deliver.Get(isolate), 0, nullptr);
  }
}

// setup(begin, deliver)
void Setup(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsFunction() || !info[1]->IsFunction()) return;
  v8::Isolate* isolate = info.GetIsolate();
  msg_state->begin.Reset(isolate, info[0].As<v8::Function>());
  msg_state->deliver.Reset(isolate, info[1].As<v8::Function>());
}

// wake(): asks for a delivery round from the next poll phase.
void Wake(const v8::FunctionCallbackInfo<v8::Value>&) { uv_async_send(&msg_state->async); }

// setRef(bool): whether open ports keep the loop alive.
void SetRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uv_handle_t* h = reinterpret_cast<uv_handle_t*>(&msg_state->async);
  if (info[0]->IsTrue()) uv_ref(h);
  else uv_unref(h);
}

}  // namespace

void InitMessagingBinding(Runtime* rt, v8::Local<v8::Object> target) {
  msg_state = new MessagingState();
  msg_state->rt = rt;
  uv_async_init(rt->loop(), &msg_state->async, OnAsync);
  uv_unref(reinterpret_cast<uv_handle_t*>(&msg_state->async));
  v8::Local<v8::Context> context = rt->context();
  SetMethod(context, target, "setup", Setup);
  SetMethod(context, target, "wake", Wake);
  SetMethod(context, target, "setRef", SetRef);
}

}  // namespace nodus
