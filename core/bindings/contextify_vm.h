// The vm module's native half: contextified sandboxes (a V8 context whose global object
// forwards to a plain JS object), compiled scripts run in any context, timeouts.
#pragma once
#include <v8.h>

namespace nodus {

class Runtime;

namespace vm {

// Adds makeContext, isContext, ContextifyScript, compileFunctionVm to the binding.
void Init(Runtime* rt, v8::Local<v8::Object> target);

}  // namespace vm
}  // namespace nodus
