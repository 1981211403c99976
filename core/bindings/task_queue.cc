// internalBinding('task_queue'): the plumbing behind process.nextTick, queueMicrotask
// and unhandled-rejection tracking. The JS half is js/internal/process/task_queues.js.
#include "bindings.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

void RunMicrotasks(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetIsolate()->PerformMicrotaskCheckpoint();
}

void SetTickCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsFunction()) return;
  Runtime::From(info.GetIsolate())->tick_callback.Reset(info.GetIsolate(), info[0].As<v8::Function>());
}

void SetPromiseRejectHandler(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsFunction()) return;
  Runtime::From(info.GetIsolate())
      ->promise_reject_handler.Reset(info.GetIsolate(), info[0].As<v8::Function>());
}

void EnqueueMicrotask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsFunction()) return;
  info.GetIsolate()->EnqueueMicrotask(info[0].As<v8::Function>());
}

}  // namespace

void InitTaskQueueBinding(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = rt->isolate();
  v8::Local<v8::Context> context = rt->context();
  // tickInfo is shared memory: JS flips the flags, core reads them after each callback
  // without calling into JS.
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, sizeof(int32_t) * kTickInfoFields);
  rt->tick_info = static_cast<int32_t*>(ab->GetBackingStore()->Data());
  SetValue(context, target, "tickInfo", v8::Int32Array::New(ab, 0, kTickInfoFields));
  SetMethod(context, target, "runMicrotasks", RunMicrotasks);
  SetMethod(context, target, "setTickCallback", SetTickCallback);
  SetMethod(context, target, "setPromiseRejectHandler", SetPromiseRejectHandler);
  SetMethod(context, target, "enqueueMicrotask", EnqueueMicrotask);
  v8::Local<v8::Object> events = v8::Object::New(isolate);
  SetValue(context, events, "kPromiseRejectWithNoHandler",
           v8::Integer::New(isolate, v8::kPromiseRejectWithNoHandler));
  SetValue(context, events, "kPromiseHandlerAddedAfterReject",
           v8::Integer::New(isolate, v8::kPromiseHandlerAddedAfterReject));
  SetValue(context, events, "kPromiseRejectAfterResolved",
           v8::Integer::New(isolate, v8::kPromiseRejectAfterResolved));
  SetValue(context, events, "kPromiseResolveAfterResolved",
           v8::Integer::New(isolate, v8::kPromiseResolveAfterResolved));
  SetValue(context, target, "promiseRejectEvents", events);
}

}  // namespace nodus
