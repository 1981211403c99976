// Async ids and async_hooks for resources that native code owns (Node-API async
// contexts, async work, callback scopes). The ids live in a Float64Array and the counts of
// enabled hooks in a Uint32Array, both shared with js/internal/async_hooks.js, so native
// code reads "is any hook enabled?" without calling into JS: with no hook enabled an
// async scope only writes two doubles.
#pragma once
#include <v8.h>

namespace nodus {

class Runtime;

namespace async_wrap {

// Index of each field in the shared id array (internalBinding('async_context').asyncIdFields).
enum IdField { kExecutionAsyncId, kTriggerAsyncId, kAsyncIdCounter, kIdFieldCount };
// Index of each field in the shared hook array (hookFields).
enum HookField {
  kInit,
  kBefore,
  kAfter,
  kDestroy,
  kPromiseResolve,
  kTotals,
  kTrackResources,  // executionAsyncResource() was used: scopes go through JS
  kUsingDomains,    // the domain module is loaded
  kHookFieldCount
};

// A fresh async id.
double NewAsyncId(Runtime* rt);
double ExecutionAsyncId(Runtime* rt);
// True once the domain module is loaded: callbacks without an async context then get a
// Scope with id 0, so that their receiver's `domain` is entered (node's MakeCallback).
bool UsingDomains(Runtime* rt);

// Calls the enabled init hooks (if any) for a new resource. May leave a JS exception to
// the caller's TryCatch only if a hook throws (hooks' errors are fatal, as in node).
void EmitInit(Runtime* rt, double id, double trigger, v8::Local<v8::Value> type,
              v8::Local<v8::Object> resource);

// Queues a destroy hook call; safe during garbage collection (no JS runs there): the
// queued ids are emitted from the loop, soon after, as node does.
void QueueDestroy(Runtime* rt, double id);

// The execution context of one callback into JS: executionAsyncId() is `id` while it
// lives, and before/after hooks are emitted around it when enabled.
class Scope {
 public:
  Scope(Runtime* rt, double id, double trigger, v8::Local<v8::Object> resource);
  ~Scope();
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;
  // The callback threw: its caller handles the exception (after hooks still run).
  void SetThrew() { threw_ = true; }

 private:
  Runtime* rt_;
  double id_;
  double prev_id_ = 0;
  double prev_trigger_ = 0;
  bool via_js_ = false;  // JS keeps the stack (and the resource) for this scope
  bool threw_ = false;
};

// Adds asyncIdFields, hookFields, setCallbacks, queueDestroy to the binding object.
void Init(Runtime* rt, v8::Local<v8::Object> target);

}  // namespace async_wrap
}  // namespace nodus
