// The runtime: one V8 isolate and context on one libuv loop, and the rules for calling
// from native code into JavaScript.
#pragma once
#include <uv.h>
#include <v8.h>

#include <cstdint>
#include <vector>

#include "cli.h"

namespace nodus {

class Runtime {
 public:
  Runtime(const Options& options, v8::Isolate* isolate, uv_loop_t* loop);
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // Runs the program: bootstrap, the entry (script, -e, stdin), the loop until nothing
  // keeps it alive (emitting beforeExit), then exit. Returns the process exit code.
  int Run();

  static Runtime* From(v8::Isolate* isolate) {
    return static_cast<Runtime*>(isolate->GetData(0));
  }

  v8::Isolate* isolate() const { return isolate_; }
  v8::Local<v8::Context> context() const { return context_.Get(isolate_); }
  uv_loop_t* loop() const { return loop_; }
  const Options& options() const { return options_; }

  // Calls `fn` from a native callback the way Node's MakeCallback does: if it throws,
  // the error goes to 'uncaughtException' (or ends the process); when the outermost such
  // call returns normally, process.nextTick callbacks and then microtasks are drained
  // (after a throw they wait for the next callback, as in node).
  // Empty when the callback threw (the exception has been handled as uncaught).
  v8::MaybeLocal<v8::Value> MakeCallback(v8::Local<v8::Object> recv, v8::Local<v8::Function> fn,
                                         int argc, v8::Local<v8::Value>* argv);

  // Routes a caught exception to JS's uncaught-exception handler. Returns normally only if
  // an 'uncaughtException' listener handled it; otherwise the process exits.
  void HandleUncaught(v8::Local<v8::Value> error, v8::Local<v8::Message> message,
                      bool from_promise = false);

  // Runs exit-time cleanup (Node-API cleanup hooks) and ends the process with `code`.
  [[noreturn]] void Exit(int code);

  // A worker's end (process.exit() in it, or terminate()): the loop stops at its next
  // turn and Run() returns; JS is stopped by the caller (TerminateExecution).
  void RequestStop(int code) {
    stop_requested_ = true;
    stop_code_ = code;
    uv_stop(loop_);
  }
  bool stop_requested() const { return stop_requested_; }
  int stop_code() const { return stop_code_; }
  // A worker's exit: the cleanup hooks Exit() runs, without ending the process.
  void RunCleanupHooks();

  // Runs V8's foreground tasks for this isolate (FinalizationRegistry cleanup, ...),
  // then the ticks and microtasks they queued. True if any task ran.
  bool RunPlatformTasks();

  // Env cleanup hooks (napi_add_env_cleanup_hook): run in reverse order at exit.
  using CleanupHook = void (*)(void* arg);
  void AddCleanupHook(CleanupHook fn, void* arg);
  void RemoveCleanupHook(CleanupHook fn, void* arg);
  // Work started by a cleanup hook that finishes later on the loop (Node-API async
  // cleanup hooks): RunCleanupHooks turns the loop until every hold is released.
  void HoldCleanup() { cleanup_holds_++; }
  void ReleaseCleanup() { cleanup_holds_--; }

  // Decorates `error` with the "file:line / source / caret" text node prints above an
  // uncaught error, taken from `message`, unless it already has one.
  void DecorateErrorWithArrow(v8::Local<v8::Value> error, v8::Local<v8::Message> message);
  // The text stored by DecorateErrorWithArrow, or empty.
  v8::Local<v8::Value> GetArrow(v8::Local<v8::Value> error);

  // Set by the bootstrap (internalBinding('task_queue') and friends).
  v8::Global<v8::Function> tick_callback;       // drains nextTicks, microtasks, rejections
  v8::Global<v8::Function> uncaught_handler;    // (error, arrow, fromPromise) -> handled
  v8::Global<v8::Function> promise_reject_handler;
  v8::Global<v8::Function> emit_process_event;  // ('beforeExit'|'exit', code)
  int32_t* tick_info = nullptr;                 // [hasTickScheduled, hasRejectionToWarn]
  // process.setUncaughtExceptionCaptureCallback is set: --abort-on-uncaught-exception
  // must not abort then (node's rule).
  bool capture_callback_active = false;
  v8::Global<v8::Object> process_object;

 private:
  void DrainTasks();
  bool Bootstrap();
  int RunLoop();

  const Options& options_;
  v8::Isolate* isolate_;
  uv_loop_t* loop_;
  v8::Global<v8::Context> context_;
  v8::Global<v8::Private> arrow_key_;
  v8::Global<v8::Private> decorated_key_;
  int callback_depth_ = 0;
  bool exiting_ = false;
  bool stop_requested_ = false;
  int stop_code_ = 0;
  std::vector<std::pair<CleanupHook, void*>> cleanup_hooks_;
  int cleanup_holds_ = 0;
};

// Kinds of tick_info slots, shared with js/internal/process/task_queues.js.
enum TickInfoField { kHasTickScheduled = 0, kHasRejectionToWarn = 1, kTickInfoFields = 2 };

}  // namespace nodus
