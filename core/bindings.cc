#include "bindings.h"

#include <cstring>

namespace nodus {

// The one list of internal bindings.
static const BindingEntry kBindings[] = {
    {"builtins", InitBuiltinsBinding},   // embedded js/ sources, compile them
    {"task_queue", InitTaskQueueBinding},  // nextTick/microtask/rejection plumbing
    {"timers", InitTimersBinding},       // the one uv timer and the immediate check handle
    {"process", InitProcessBinding},     // pid, cwd, hrtime, env, exit, signals, ...
    {"fs", InitFsBinding},               // the few sync file calls the module loader needs
    {"contextify", InitContextifyBinding},  // compile functions and scripts
    {"util", InitUtilBinding},           // type checks and inspection helpers
    {"stdio", InitStdioBinding},         // synchronous writes to fds, tty queries, stdin
    {"errors", InitErrorsBinding},       // uncaught-exception plumbing
    {"buffer", InitBufferBinding},       // string encodings in native code
    {"async_context", InitAsyncContextBinding},  // promise hooks for AsyncLocalStorage
    {"module_wrap", InitModuleWrapBinding},  // ES modules over V8's module API
    {"serdes", InitSerdesBinding},       // structuredClone on V8's value serializer
    {"encoding_binding", InitEncodingBinding},  // UTF-8/16 and latin1 for TextEncoder/Decoder
    {"performance", InitPerformanceBinding},  // GC timings for PerformanceObserver
    {"messaging", InitMessagingBinding},  // MessagePort/BroadcastChannel deliveries
    {"dlopen", InitDlopenBinding},       // process.dlopen (Node addons) and plugin modules
    {"report", InitReportBinding},       // process.report: loop, heap, libraries, limits
    {"worker", InitWorkerBinding},       // worker_threads: runtimes on threads, messages
    {"v8", InitV8Binding},               // the v8 module: heap statistics, flags, serializer
};

const BindingEntry* FindBinding(const char* name, size_t len) {
  for (const BindingEntry& b : kBindings) {
    if (std::strlen(b.name) == len && std::memcmp(b.name, name, len) == 0) return &b;
  }
  return nullptr;
}

}  // namespace nodus
