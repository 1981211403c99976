// The V8 platform: V8's default platform, with each isolate's foreground tasks run from
// its libuv loop.
//
// V8 posts work for an isolate's own thread (FinalizationRegistry cleanup after a GC,
// finished background compilations, GC heuristics) to the platform's foreground task
// runner and expects the embedder to run it. The default platform only queues it; this
// wrapper also wakes the loop of the isolate's runtime (an unref'd uv_async, plus an
// unref'd timer for delayed tasks), so the tasks run between callbacks as in node.
#pragma once
#include <uv.h>
#include <v8-platform.h>
#include <v8.h>

#include <memory>

namespace nodus::platform {

// Makes the process's platform (call once, before V8 initializes).
std::unique_ptr<v8::Platform> Create(int worker_threads);

// Foreground tasks of `isolate` run on `loop` from now on: `run` is called on the loop's
// thread when tasks may be waiting (see RunTasks).
void Attach(v8::Isolate* isolate, uv_loop_t* loop, void (*run)(void* arg), void* arg);
// The runtime of `isolate` is gone: no more wake-ups (tasks posted later are dropped
// with the isolate's queue).
void Detach(v8::Isolate* isolate);
// Runs the foreground tasks of `isolate` that are due. True if any ran.
bool RunTasks(v8::Isolate* isolate);

}  // namespace nodus::platform
