// Internal bindings: native objects the JS library in js/ reaches through
// internalBinding(name). One table of them lives in bindings.cc; each is built by one
// function in core/bindings/<name>.cc.
#pragma once
#include <v8.h>

namespace nodus {

class Runtime;

using BindingInit = void (*)(Runtime* runtime, v8::Local<v8::Object> target);

struct BindingEntry {
  const char* name;
  BindingInit init;
};

// Finds a binding by name; nullptr when there is none.
const BindingEntry* FindBinding(const char* name, size_t len);

// Declared here, defined in core/bindings/*.cc.
void InitBuiltinsBinding(Runtime*, v8::Local<v8::Object>);
void InitTaskQueueBinding(Runtime*, v8::Local<v8::Object>);
void InitTimersBinding(Runtime*, v8::Local<v8::Object>);
void InitProcessBinding(Runtime*, v8::Local<v8::Object>);
void InitFsBinding(Runtime*, v8::Local<v8::Object>);
void InitContextifyBinding(Runtime*, v8::Local<v8::Object>);
void InitUtilBinding(Runtime*, v8::Local<v8::Object>);
void InitStdioBinding(Runtime*, v8::Local<v8::Object>);
void InitErrorsBinding(Runtime*, v8::Local<v8::Object>);
void InitBufferBinding(Runtime*, v8::Local<v8::Object>);
void InitAsyncContextBinding(Runtime*, v8::Local<v8::Object>);
void InitModuleWrapBinding(Runtime*, v8::Local<v8::Object>);
void InitSerdesBinding(Runtime*, v8::Local<v8::Object>);
void InitEncodingBinding(Runtime*, v8::Local<v8::Object>);
void InitPerformanceBinding(Runtime*, v8::Local<v8::Object>);
void InitMessagingBinding(Runtime*, v8::Local<v8::Object>);
void InitDlopenBinding(Runtime*, v8::Local<v8::Object>);
void InitReportBinding(Runtime*, v8::Local<v8::Object>);
void InitWorkerBinding(Runtime*, v8::Local<v8::Object>);
void InitV8Binding(Runtime*, v8::Local<v8::Object>);

}  // namespace nodus
