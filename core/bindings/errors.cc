// internalBinding('errors'): how JS takes part in uncaught-exception handling and exit.
#include "bindings.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

// setUncaughtHandler(fn(error, arrow, fromPromise) -> handled)
void SetUncaughtHandler(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsFunction()) return;
  Runtime::From(info.GetIsolate())->uncaught_handler.Reset(info.GetIsolate(), info[0].As<v8::Function>());
}

// setProcessEventEmitter(fn(name) -> exitCode): emits 'beforeExit' and 'exit'.
void SetProcessEventEmitter(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsFunction()) return;
  Runtime::From(info.GetIsolate())
      ->emit_process_event.Reset(info.GetIsolate(), info[0].As<v8::Function>());
}

// triggerUncaughtException(error, fromPromise): as if `error` were thrown by a callback.
void TriggerUncaughtException(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Runtime* rt = Runtime::From(isolate);
  v8::Local<v8::Message> message = v8::Exception::CreateMessage(isolate, info[0]);
  rt->HandleUncaught(info[0], message, info[1]->IsTrue());
}

// setCaptureCallbackActive(bool): whether a capture callback takes uncaught errors.
void SetCaptureCallbackActive(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Runtime::From(info.GetIsolate())->capture_callback_active = info[0]->IsTrue();
}

// getArrow(error): the "file:line\nsource\n   ^" text recorded when it was thrown.
void GetArrow(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(Runtime::From(info.GetIsolate())->GetArrow(info[0]));
}

}  // namespace

void InitErrorsBinding(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = rt->context();
  SetMethod(context, target, "setUncaughtHandler", SetUncaughtHandler);
  SetMethod(context, target, "setProcessEventEmitter", SetProcessEventEmitter);
  SetMethod(context, target, "triggerUncaughtException", TriggerUncaughtException);
  SetMethod(context, target, "getArrow", GetArrow);
  SetMethod(context, target, "setCaptureCallbackActive", SetCaptureCallbackActive);
}

}  // namespace nodus
