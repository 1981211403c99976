// internalBinding('performance'): garbage-collection timings for PerformanceObserver
// 'gc' entries. V8 reports each collection to prologue/epilogue callbacks, where no
// JavaScript may run; the records wait in a list and an unref'd async handle delivers
// them from the loop (so observing GC never keeps a process alive).
#include <vector>

#include "bindings.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

struct GCRecord {
  double start_ns;     // uv_hrtime() at the prologue
  double duration_ns;
  int type;            // v8::GCType, which node's NODE_PERFORMANCE_GC_* kinds equal
  int flags;           // v8::GCCallbackFlags, likewise
};

struct GCState {
  Runtime* rt;
  uv_async_t async;
  v8::Global<v8::Function> deliver;  // deliver(Float64Array of 4-tuples)
  std::vector<GCRecord> pending;
  uint64_t start = 0;
  bool tracking = false;
};

// One runtime per thread: the main thread and each worker have their own.
thread_local GCState* gc_state = nullptr;

void OnGCPrologue(v8::Isolate*, v8::GCType, v8::GCCallbackFlags, void*) {
  gc_state->start = uv_hrtime();
}

void OnGCEpilogue(v8::Isolate*, v8::GCType type, v8::GCCallbackFlags flags, void*) {
  uint64_t end = uv_hrtime();
  gc_state->pending.push_back({static_cast<double>(gc_state->start),
                               static_cast<double>(end - gc_state->start), static_cast<int>(type),
                               static_cast<int>(flags)});
  uv_async_send(&gc_state->async);
}

void OnDeliver(uv_async_t*) {
  if (gc_state->pending.empty() || gc_state->deliver.IsEmpty()) return;
  Runtime* rt = gc_state->rt;
  v8::Isolate* isolate = rt->isolate();
  v8::HandleScope scope(isolate);
  std::vector<GCRecord> records;
  records.swap(gc_state->pending);
  size_t n = records.size() * 4;
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, n * sizeof(double));
  double* d = static_cast<double*>(ab->GetBackingStore()->Data());
  for (size_t i = 0; i < records.size(); i++) {
    d[4 * i] = records[i].start_ns;
    d[4 * i + 1] = records[i].duration_ns;
    d[4 * i + 2] = records[i].type;
    d[4 * i + 3] = records[i].flags;
  }
  v8::Local<v8::Value> arg = v8::Float64Array::New(ab, 0, n);
  rt->MakeCallback(rt->process_object.Get(isolate), gc_state->deliver.Get(isolate), 1, &arg);
}

// trackGC(deliver | null): starts (or with null, stops) reporting collections.
void TrackGC(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info[0]->IsFunction()) {
    gc_state->deliver.Reset(isolate, info[0].As<v8::Function>());
    if (!gc_state->tracking) {
      gc_state->tracking = true;
      isolate->AddGCPrologueCallback(OnGCPrologue, nullptr);
      isolate->AddGCEpilogueCallback(OnGCEpilogue, nullptr);
    }
  } else if (gc_state->tracking) {
    gc_state->tracking = false;
    isolate->RemoveGCPrologueCallback(OnGCPrologue, nullptr);
    isolate->RemoveGCEpilogueCallback(OnGCEpilogue, nullptr);
    gc_state->pending.clear();
  }
}

}  // namespace

void InitPerformanceBinding(Runtime* rt, v8::Local<v8::Object> target) {
  gc_state = new GCState();
  gc_state->rt = rt;
  uv_async_init(rt->loop(), &gc_state->async, OnDeliver);
  uv_unref(reinterpret_cast<uv_handle_t*>(&gc_state->async));
  SetMethod(rt->context(), target, "trackGC", TrackGC);
}

}  // namespace nodus
