// internalBinding('timers'): one uv timer for every setTimeout/setInterval (the lists
// live in js/internal/timers.js), and a check handle that runs setImmediate callbacks.
#include "bindings.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

// Shared with js/internal/timers.js.
enum ImmediateInfo { kCount = 0, kRefCount = 1, kHasOutstanding = 2, kImmediateFields = 3 };

struct TimerState {
  Runtime* rt;
  uv_timer_t timer;
  uv_check_t check;
  uv_idle_t idle;  // running while ref'd immediates wait, so poll does not block
  v8::Global<v8::Function> process_timers;
  v8::Global<v8::Function> process_immediate;
  uint32_t* immediate_info;
  uint64_t time_origin;  // uv_hrtime() when the runtime started: performance.now()'s zero
  // uv_now() when the runtime started. The timer lists see the loop's clock from there,
  // as node's do: uv_now() counts from boot, and after ~18 hours up it no longer fits a
  // small integer, which both node's tests and V8's fast paths expect.
  uint64_t timer_base;
  uv_prepare_t loop_start_probe;
  double loop_start = -1;  // performance.now() when the loop first ran, -1 before
};

// One runtime per thread: the main thread and each worker have their own.
thread_local TimerState* state = nullptr;

// The loop's clock as the timer lists in JS count it (ms since the runtime started).
double LoopNow(uv_loop_t* loop) {
  return static_cast<double>(uv_now(loop) - state->timer_base);
}

void OnTimer(uv_timer_t* handle) {
  Runtime* rt = state->rt;
  v8::Isolate* isolate = rt->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = rt->context();
  v8::Local<v8::Value> now = v8::Number::New(isolate, LoopNow(handle->loop));
  v8::Local<v8::Value> next;
  // processTimers(now) runs what is due and returns the next expiry: 0 for none,
  // positive for a ref'd timer, negative for an unref'd one. A timer that throws is
  // reported as uncaught; if the process survives that, the other due timers still run.
  while (!rt->MakeCallback(rt->process_object.Get(isolate), state->process_timers.Get(isolate),
                           1, &now)
              .ToLocal(&next)) {
  }
  double expiry = next->NumberValue(context).FromMaybe(0);
  if (expiry == 0) return;
  double abs = expiry < 0 ? -expiry : expiry;
  double delay = abs - LoopNow(handle->loop);
  uv_timer_start(&state->timer, OnTimer, delay < 1 ? 1 : static_cast<uint64_t>(delay), 0);
  if (expiry > 0) uv_ref(reinterpret_cast<uv_handle_t*>(&state->timer));
  else uv_unref(reinterpret_cast<uv_handle_t*>(&state->timer));
}

void OnCheck(uv_check_t* handle) {
  if (state->immediate_info[kCount] == 0) return;
  Runtime* rt = state->rt;
  v8::Isolate* isolate = rt->isolate();
  v8::HandleScope scope(isolate);
  // An immediate that throws ends processImmediate early with the rest of its batch
  // still outstanding; once the exception has been handled the batch goes on.
  do {
    rt->MakeCallback(rt->process_object.Get(isolate), state->process_immediate.Get(isolate), 0,
                     nullptr);
  } while (state->immediate_info[kHasOutstanding] != 0);
  if (state->immediate_info[kRefCount] == 0) uv_idle_stop(&state->idle);
}

void OnIdle(uv_idle_t*) {}

void SetupTimers(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  state->process_immediate.Reset(isolate, info[0].As<v8::Function>());
  state->process_timers.Reset(isolate, info[1].As<v8::Function>());
}

void ScheduleTimer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double ms = info[0]->NumberValue(info.GetIsolate()->GetCurrentContext()).FromMaybe(1);
  uv_timer_start(&state->timer, OnTimer, ms < 1 ? 1 : static_cast<uint64_t>(ms), 0);
}

void ToggleTimerRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info[0]->IsTrue()) uv_ref(reinterpret_cast<uv_handle_t*>(&state->timer));
  else uv_unref(reinterpret_cast<uv_handle_t*>(&state->timer));
}

void ToggleImmediateRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info[0]->IsTrue()) uv_idle_start(&state->idle, OnIdle);
  else uv_idle_stop(&state->idle);
}

// The loop's clock, brought up to date first: a timer set after a long synchronous
// stretch counts from when it was set, as in node.
void GetLibuvNow(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uv_update_time(state->rt->loop());
  info.GetReturnValue().Set(LoopNow(state->rt->loop()));
}

// The first prepare phase marks when the event loop started (nodeTiming.loopStart and
// eventLoopUtilization's zero); the probe then stops for good.
void OnLoopStart(uv_prepare_t* handle) {
  state->loop_start = static_cast<double>(uv_hrtime() - state->time_origin) / 1e6;
  uv_prepare_stop(handle);
}

// loopTiming(out: Float64Array[2]): [loopStart, idle time in ms] for eventLoopUtilization.
void LoopTiming(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsFloat64Array()) return;
  v8::Local<v8::Float64Array> out = info[0].As<v8::Float64Array>();
  if (out->Length() < 2) return;
  double* d = reinterpret_cast<double*>(
      static_cast<char*>(out->Buffer()->GetBackingStore()->Data()) + out->ByteOffset());
  d[0] = state->loop_start;
  d[1] = static_cast<double>(uv_metrics_idle_time(state->rt->loop())) / 1e6;
}

// performance.now(): milliseconds since the time origin, with sub-millisecond precision.
void PerformanceNow(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_hrtime() - state->time_origin) / 1e6);
}

}  // namespace

void InitTimersBinding(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = rt->isolate();
  v8::Local<v8::Context> context = rt->context();
  state = new TimerState();
  state->rt = rt;
  state->time_origin = uv_hrtime();
  state->timer_base = uv_now(rt->loop());
  // The wall-clock time at the origin, for performance.timeOrigin.
  uv_timeval64_t tv;
  double origin_ms = 0;
  if (uv_gettimeofday(&tv) == 0) {
    origin_ms = static_cast<double>(tv.tv_sec) * 1e3 + static_cast<double>(tv.tv_usec) / 1e3;
  }
  uv_timer_init(rt->loop(), &state->timer);
  uv_unref(reinterpret_cast<uv_handle_t*>(&state->timer));
  uv_check_init(rt->loop(), &state->check);
  uv_check_start(&state->check, OnCheck);
  uv_unref(reinterpret_cast<uv_handle_t*>(&state->check));
  uv_idle_init(rt->loop(), &state->idle);
  // Idle-time accounting for performance.eventLoopUtilization(); libuv only keeps it
  // when asked, and the cost is two clock reads per poll.
  uv_loop_configure(rt->loop(), UV_METRICS_IDLE_TIME);
  uv_prepare_init(rt->loop(), &state->loop_start_probe);
  uv_prepare_start(&state->loop_start_probe, OnLoopStart);
  uv_unref(reinterpret_cast<uv_handle_t*>(&state->loop_start_probe));

  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, sizeof(uint32_t) * kImmediateFields);
  state->immediate_info = static_cast<uint32_t*>(ab->GetBackingStore()->Data());
  SetValue(context, target, "immediateInfo", v8::Uint32Array::New(ab, 0, kImmediateFields));
  SetMethod(context, target, "setupTimers", SetupTimers);
  SetMethod(context, target, "scheduleTimer", ScheduleTimer);
  SetMethod(context, target, "toggleTimerRef", ToggleTimerRef);
  SetMethod(context, target, "toggleImmediateRef", ToggleImmediateRef);
  SetMethod(context, target, "getLibuvNow", GetLibuvNow);
  SetMethod(context, target, "performanceNow", PerformanceNow);
  SetMethod(context, target, "loopTiming", LoopTiming);
  SetValue(context, target, "timeOriginTimestamp", v8::Number::New(isolate, origin_ms));
  // The origin in uv_hrtime() nanoseconds, to place native timings (GC) on the timeline.
  SetValue(context, target, "timeOriginHr",
           v8::Number::New(isolate, static_cast<double>(state->time_origin)));
}

}  // namespace nodus
