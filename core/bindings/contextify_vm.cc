// The vm module's native half; see contextify_vm.h. The JS half (validation, options,
// Buffers) is js/vm.js.
//
// A contextified sandbox: a new V8 context whose global object has interceptors that
// read, write, define, delete and list properties on the sandbox object, so what the
// script sets on its global is seen on the sandbox and what the caller sets on the
// sandbox is a global in the script. Properties the sandbox lacks fall through to the
// context's own global (its builtins). The sandbox refers to the context through a
// private property holding the context's global proxy, so sandbox and context are
// collected together.
#include "bindings/contextify_vm.h"

#include <chrono>
#include <cstring>
#include <memory>
#include <string>
#include <vector>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "runtime.h"
#include "util.h"

namespace nodus::vm {
namespace {

v8::Local<v8::Private> ContextKey(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, Name(isolate, "nodus:vm:context"));
}
// Set once the arrow is in the stack; Runtime::GetArrow then reports none.
v8::Local<v8::Private> DecoratedKey(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, Name(isolate, "nodus:decorated"));
}

// The context of a contextified sandbox, or empty.
v8::MaybeLocal<v8::Context> ContextOf(v8::Isolate* isolate, v8::Local<v8::Value> sandbox) {
  if (!sandbox->IsObject()) return {};
  v8::Local<v8::Context> current = isolate->GetCurrentContext();
  v8::Local<v8::Value> global;
  if (!sandbox.As<v8::Object>()->GetPrivate(current, ContextKey(isolate)).ToLocal(&global) ||
      !global->IsObject())
    return {};
  return global.As<v8::Object>()->GetCreationContext();
}

// --- the global object's interceptors (data: the sandbox) ---

template <typename T>
v8::Local<v8::Object> SandboxOf(const v8::PropertyCallbackInfo<T>& info) {
  return info.Data().template As<v8::Object>();
}

void Getter(v8::Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> sandbox = SandboxOf(info);
  bool has;
  if (!sandbox->Has(context, name).To(&has) || !has) return;  // the context's own global
  v8::Local<v8::Value> value;
  if (!sandbox->Get(context, name).ToLocal(&value)) return;
  // Inside the context the sandbox is the global: `window = this` patterns keep identity.
  if (value->StrictEquals(sandbox)) {
    v8::Local<v8::Context> own;
    if (info.Holder()->GetCreationContext().ToLocal(&own)) value = own->Global();
  }
  info.GetReturnValue().Set(value);
}

void Setter(v8::Local<v8::Name> name, v8::Local<v8::Value> value,
            const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> sandbox = SandboxOf(info);
  // Read-only globals (undefined, NaN, Infinity) stay as the language has them.
  v8::PropertyAttribute attrs;
  if (info.Holder()->GetRealNamedPropertyAttributes(context, name).To(&attrs) &&
      (attrs & v8::ReadOnly))
    return;
  // A read-only property of the sandbox: ignored in sloppy mode, a TypeError in strict.
  // (`x = 1` in the script reaches here with the global object as receiver; `g.x = 1`
  // through the global proxy is an ordinary property store, left to V8.)
  v8::Local<v8::Context> own;
  bool contextual = info.Holder()->GetCreationContext().ToLocal(&own) &&
                    !info.This()->StrictEquals(own->Global());
  if (sandbox->GetRealNamedPropertyAttributes(context, name).To(&attrs) && (attrs & v8::ReadOnly)) {
    if (!contextual) return;
    if (info.ShouldThrowOnError()) {
      Utf8 key(isolate, name->IsSymbol() ? name.As<v8::Symbol>()->Description(isolate)
                                         : v8::Local<v8::Value>(name));
      isolate->ThrowException(v8::Exception::TypeError(Str(
          isolate, "Cannot assign to read only property '" + key.str() + "' of object '#<Object>'")));
      return;
    }
    info.GetReturnValue().Set(value);
    return;
  }
  // A strict-mode assignment to an undeclared name is left to V8 (a ReferenceError).
  bool declared = sandbox->Has(context, name).FromMaybe(false) ||
                  info.Holder()->HasRealNamedProperty(context, name).FromMaybe(false);
  if (!declared && info.ShouldThrowOnError() && !value->IsFunction() && contextual) return;
  if (sandbox->Set(context, name, value).IsNothing()) return;
  info.GetReturnValue().Set(value);
}

void Descriptor(v8::Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> sandbox = SandboxOf(info);
  bool has;
  if (!sandbox->HasOwnProperty(context, name).To(&has) || !has) return;
  v8::Local<v8::Value> desc;
  if (sandbox->GetOwnPropertyDescriptor(context, name).ToLocal(&desc))
    info.GetReturnValue().Set(desc);
}

void Definer(v8::Local<v8::Name> name, const v8::PropertyDescriptor& desc,
             const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> sandbox = SandboxOf(info);
  // A non-configurable property of the real global (e.g. undefined) is not redefined.
  v8::PropertyAttribute attrs;
  if (info.Holder()->GetRealNamedPropertyAttributes(context, name).To(&attrs) &&
      (attrs & v8::DontDelete))
    return;
  bool ok;
  if (!sandbox->DefineProperty(context, name, const_cast<v8::PropertyDescriptor&>(desc))
           .To(&ok))
    return;
  info.GetReturnValue().Set(ok);
}

void Deleter(v8::Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> sandbox = SandboxOf(info);
  bool has;
  if (!sandbox->HasOwnProperty(context, name).To(&has) || !has) return;
  bool ok;
  if (sandbox->Delete(context, name).To(&ok)) info.GetReturnValue().Set(ok);
}

void Enumerator(const v8::PropertyCallbackInfo<v8::Array>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> names;
  if (SandboxOf(info)
          ->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly, v8::ALL_PROPERTIES,
                             v8::IndexFilter::kIncludeIndices)
          .ToLocal(&names))
    info.GetReturnValue().Set(names);
}

// Indexed properties: the same, by the index's string name.
v8::Local<v8::Name> IndexName(v8::Isolate* isolate, uint32_t index) {
  return Str(isolate, std::to_string(index));
}
void IndexedGetter(uint32_t index, const v8::PropertyCallbackInfo<v8::Value>& info) {
  Getter(IndexName(info.GetIsolate(), index), info);
}
void IndexedSetter(uint32_t index, v8::Local<v8::Value> value,
                   const v8::PropertyCallbackInfo<v8::Value>& info) {
  Setter(IndexName(info.GetIsolate(), index), value, info);
}
void IndexedDescriptor(uint32_t index, const v8::PropertyCallbackInfo<v8::Value>& info) {
  Descriptor(IndexName(info.GetIsolate(), index), info);
}
void IndexedDefiner(uint32_t index, const v8::PropertyDescriptor& desc,
                    const v8::PropertyCallbackInfo<v8::Value>& info) {
  Definer(IndexName(info.GetIsolate(), index), desc, info);
}
void IndexedDeleter(uint32_t index, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  Deleter(IndexName(info.GetIsolate(), index), info);
}

// makeContext(sandbox, name, allowStrings, allowWasm): contextifies `sandbox`.
void MakeContext(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> current = isolate->GetCurrentContext();
  if (!info[0]->IsObject()) return;
  v8::Local<v8::Object> sandbox = info[0].As<v8::Object>();
  v8::Local<v8::ObjectTemplate> global = v8::ObjectTemplate::New(isolate);
  global->SetHandler(v8::NamedPropertyHandlerConfiguration(
      Getter, Setter, Descriptor, Deleter, Enumerator, Definer, sandbox,
      v8::PropertyHandlerFlags::kHasNoSideEffect));
  global->SetHandler(v8::IndexedPropertyHandlerConfiguration(
      IndexedGetter, IndexedSetter, IndexedDescriptor, IndexedDeleter, Enumerator,
      IndexedDefiner, sandbox, v8::PropertyHandlerFlags::kHasNoSideEffect));
  v8::Local<v8::Context> context = v8::Context::New(isolate, nullptr, global);
  if (context.IsEmpty()) {
    ThrowCodeError(isolate, "Error", "ERR_MEMORY_ALLOCATION_FAILED", "Failed to create a context");
    return;
  }
  // Same token: objects pass between the contexts without access checks.
  context->SetSecurityToken(current->GetSecurityToken());
  if (info[2]->IsFalse()) context->AllowCodeGenerationFromStrings(false);
  if (sandbox->SetPrivate(current, ContextKey(isolate), context->Global()).IsNothing()) return;
  info.GetReturnValue().Set(true);
}

void IsContext(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(!ContextOf(info.GetIsolate(), info[0]).IsEmpty());
}

// Ends a script that runs past its time: TerminateExecution from another thread.
class Watchdog {
 public:
  Watchdog(v8::Isolate* isolate, int64_t ms) {
    thread_ = std::thread([this, isolate, ms] {
      std::unique_lock<std::mutex> lock(mutex_);
      if (!cond_.wait_for(lock, std::chrono::milliseconds(ms), [this] { return done_; })) {
        fired_ = true;
        isolate->TerminateExecution();
      }
    });
  }
  ~Watchdog() { Stop(); }
  // Returns true when the time ran out.
  bool Stop() {
    if (thread_.joinable()) {
      {
        std::lock_guard<std::mutex> lock(mutex_);
        done_ = true;
      }
      cond_.notify_all();
      thread_.join();
    }
    return fired_;
  }

 private:
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable cond_;
  bool done_ = false;
  bool fired_ = false;
};

// "file:line\nsource line\n   ^^^\n" for a message. Columns on the script's first line
// count from the columnOffset the script was compiled with; the caret is placed in the
// source line as written.
v8::Local<v8::Value> ArrowFor(v8::Isolate* isolate, v8::Local<v8::Message> message) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::String> source_line;
  if (!message->GetSourceLine(context).ToLocal(&source_line)) return v8::Undefined(isolate);
  Utf8 file(isolate, message->GetScriptResourceName());
  Utf8 src(isolate, source_line);
  int line = message->GetLineNumber(context).FromMaybe(0);
  int start = message->GetStartColumn(context).FromMaybe(0);
  int end = message->GetEndColumn(context).FromMaybe(start + 1);
  v8::ScriptOrigin origin = message->GetScriptOrigin();
  if (line == origin.LineOffset() + 1 && origin.ColumnOffset() > 0) {
    start -= origin.ColumnOffset();
    end -= origin.ColumnOffset();
    if (start < 0) start = 0;
  }
  std::string out = file.str() + ":" + std::to_string(line) + "\n" + src.str() + "\n";
  std::string s = src.str();
  for (int i = 0; i < start && i < static_cast<int>(s.size()); i++) out += s[i] == '\t' ? '\t' : ' ';
  out.append(end < start ? 1 : end - start, '^');
  out += "\n";
  return Str(isolate, out);
}

// Puts node's "file:line / source / caret" text in front of an error's stack (once), as
// vm does with displayErrors.
void DecorateStack(Runtime* rt, v8::Local<v8::Value> error, v8::Local<v8::Message> message) {
  v8::Isolate* isolate = rt->isolate();
  if (!error->IsObject() || message.IsEmpty()) return;
  v8::Local<v8::Object> obj = error.As<v8::Object>();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (obj->HasPrivate(context, DecoratedKey(isolate)).FromMaybe(true)) return;
  v8::Local<v8::Value> arrow = ArrowFor(isolate, message);
  v8::Local<v8::Value> stack;
  if (!arrow->IsString() || !obj->Get(context, Name(isolate, "stack")).ToLocal(&stack) ||
      !stack->IsString())
    return;
  v8::Local<v8::String> text = v8::String::Concat(
      isolate, v8::String::Concat(isolate, arrow.As<v8::String>(), Name(isolate, "\n")),
      stack.As<v8::String>());
  if (obj->Set(context, Name(isolate, "stack"), text).IsNothing()) return;
  // The arrow is in the stack now: an uncaught report must not print it again.
  (void)obj->SetPrivate(context, DecoratedKey(isolate), v8::True(isolate));
}

// What a compile or run left in `tc`: rethrown, decorated when displayErrors.
void Rethrow(Runtime* rt, v8::TryCatch& tc, bool display_errors) {
  if (!tc.CanContinue() || !tc.HasCaught()) return;
  if (display_errors) DecorateStack(rt, tc.Exception(), tc.Message());
  tc.ReThrow();
}

// --- ContextifyScript ---

struct ScriptHolder {
  v8::Global<v8::UnboundScript> script;
  v8::Global<v8::Object> wrapper;
};

ScriptHolder* Unwrap(v8::Local<v8::Object> obj) {
  if (obj->InternalFieldCount() < 1) return nullptr;
  return static_cast<ScriptHolder*>(obj->GetAlignedPointerFromInternalField(0));
}

v8::Local<v8::Value> BytesOf(v8::Isolate* isolate, v8::ScriptCompiler::CachedData* data) {
  std::unique_ptr<v8::BackingStore> store =
      v8::ArrayBuffer::NewBackingStore(isolate, data->length);
  if (data->length > 0) memcpy(store->Data(), data->data, data->length);
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, std::move(store));
  return v8::Uint8Array::New(ab, 0, data->length);
}

// Copies an ArrayBufferView's bytes into CachedData V8 owns.
v8::ScriptCompiler::CachedData* CachedDataFrom(v8::Local<v8::Value> v) {
  if (!v->IsArrayBufferView()) return nullptr;
  v8::Local<v8::ArrayBufferView> view = v.As<v8::ArrayBufferView>();
  size_t len = view->ByteLength();
  auto* bytes = new uint8_t[len];
  view->CopyContents(bytes, len);
  return new v8::ScriptCompiler::CachedData(bytes, static_cast<int>(len),
                                            v8::ScriptCompiler::CachedData::BufferOwned);
}

// new ContextifyScript(code, filename, lineOffset, columnOffset, cachedData,
//                      produceCachedData)
void ScriptNew(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Runtime* rt = Runtime::From(isolate);
  if (!info.IsConstructCall() || !info[0]->IsString() || !info[1]->IsString()) {
    ThrowCodeError(isolate, "TypeError", "ERR_INVALID_ARG_TYPE", "ContextifyScript(code, filename)");
    return;
  }
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  int line_offset = info[2]->IsInt32() ? info[2].As<v8::Int32>()->Value() : 0;
  int column_offset = info[3]->IsInt32() ? info[3].As<v8::Int32>()->Value() : 0;
  v8::ScriptOrigin origin(isolate, info[1], line_offset, column_offset);
  v8::ScriptCompiler::CachedData* cached = CachedDataFrom(info[4]);
  v8::ScriptCompiler::Source source(info[0].As<v8::String>(), origin, cached);
  v8::ScriptCompiler::CompileOptions options =
      cached != nullptr ? v8::ScriptCompiler::kConsumeCodeCache : v8::ScriptCompiler::kNoCompileOptions;
  v8::TryCatch tc(isolate);
  v8::Local<v8::UnboundScript> script;
  if (!v8::ScriptCompiler::CompileUnboundScript(isolate, &source, options).ToLocal(&script)) {
    Rethrow(rt, tc, true);
    return;
  }
  v8::Local<v8::Object> self = info.This();
  if (cached != nullptr) {
    SetValue(context, self, "cachedDataRejected",
             v8::Boolean::New(isolate, source.GetCachedData()->rejected));
  }
  if (info[5]->IsTrue()) {
    std::unique_ptr<v8::ScriptCompiler::CachedData> data(
        v8::ScriptCompiler::CreateCodeCache(script));
    if (data) {
      SetValue(context, self, "cachedData", BytesOf(isolate, data.get()));
      SetValue(context, self, "cachedDataProduced", v8::True(isolate));
    } else {
      SetValue(context, self, "cachedDataProduced", v8::False(isolate));
    }
  }
  SetValue(context, self, "sourceMapURL", script->GetSourceMappingURL());
  auto* holder = new ScriptHolder();
  holder->script.Reset(isolate, script);
  holder->wrapper.Reset(isolate, self);
  self->SetAlignedPointerInInternalField(0, holder);
  holder->wrapper.SetWeak(
      holder,
      [](const v8::WeakCallbackInfo<ScriptHolder>& data) { delete data.GetParameter(); },
      v8::WeakCallbackType::kParameter);
}

// script.runInContext(sandbox | null, timeout, displayErrors)
void ScriptRun(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Runtime* rt = Runtime::From(isolate);
  ScriptHolder* holder = info.This()->IsObject() ? Unwrap(info.This()) : nullptr;
  if (holder == nullptr) {
    ThrowCodeError(isolate, "TypeError", "ERR_INVALID_THIS", "Value of \"this\" must be of type Script");
    return;
  }
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!info[0]->IsNullOrUndefined()) {
    if (!ContextOf(isolate, info[0]).ToLocal(&context)) {
      ThrowCodeError(isolate, "TypeError", "ERR_INVALID_ARG_TYPE",
                     "The \"contextifiedObject\" argument must be an vm.Context");
      return;
    }
  }
  int64_t timeout = info[1]->IsNumber() ? static_cast<int64_t>(info[1].As<v8::Number>()->Value()) : -1;
  bool display_errors = !info[2]->IsFalse();
  bool timed_out = false;
  {
    v8::Context::Scope context_scope(context);
    v8::TryCatch tc(isolate);
    v8::Local<v8::Script> script = holder->script.Get(isolate)->BindToCurrentContext();
    v8::MaybeLocal<v8::Value> result;
    if (timeout > 0) {
      Watchdog watchdog(isolate, timeout);
      result = script->Run(context);
      timed_out = watchdog.Stop();
    } else {
      result = script->Run(context);
    }
    if (timed_out) {
      // Also when the script finished just as the time ran out: the termination request
      // must not reach the caller.
      isolate->CancelTerminateExecution();
    } else {
      v8::Local<v8::Value> value;
      if (!result.ToLocal(&value)) {
        Rethrow(rt, tc, display_errors);
        return;
      }
      info.GetReturnValue().Set(value);
      return;
    }
  }
  // Thrown outside the TryCatch above, which would otherwise take it.
  ThrowCodeError(isolate, "Error", "ERR_SCRIPT_EXECUTION_TIMEOUT",
                 "Script execution timed out after " + std::to_string(timeout) + "ms");
}

void ScriptCreateCachedData(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  ScriptHolder* holder = info.This()->IsObject() ? Unwrap(info.This()) : nullptr;
  if (holder == nullptr) return;
  std::unique_ptr<v8::ScriptCompiler::CachedData> data(
      v8::ScriptCompiler::CreateCodeCache(holder->script.Get(isolate)));
  if (!data) {
    info.GetReturnValue().Set(v8::Uint8Array::New(v8::ArrayBuffer::New(isolate, 0), 0, 0));
    return;
  }
  info.GetReturnValue().Set(BytesOf(isolate, data.get()));
}

// compileFunctionVm(code, filename, lineOffset, columnOffset, cachedData,
//                   produceCachedData, parsingContext, contextExtensions, params)
//   -> { function, cachedDataRejected?, cachedData?, sourceMapURL }
void CompileFunctionVm(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Runtime* rt = Runtime::From(isolate);
  if (!info[0]->IsString() || !info[1]->IsString()) {
    ThrowCodeError(isolate, "TypeError", "ERR_INVALID_ARG_TYPE", "compileFunction(code, filename)");
    return;
  }
  v8::Local<v8::Context> current = isolate->GetCurrentContext();
  v8::Local<v8::Context> context = current;
  if (!info[6]->IsNullOrUndefined() && !ContextOf(isolate, info[6]).ToLocal(&context)) {
    ThrowCodeError(isolate, "TypeError", "ERR_INVALID_ARG_TYPE",
                   "The \"options.parsingContext\" property must be an vm.Context");
    return;
  }
  std::vector<v8::Local<v8::Object>> extensions;
  if (info[7]->IsArray()) {
    v8::Local<v8::Array> list = info[7].As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      v8::Local<v8::Value> v;
      if (!list->Get(current, i).ToLocal(&v)) return;
      if (v->IsObject()) extensions.push_back(v.As<v8::Object>());
    }
  }
  std::vector<v8::Local<v8::String>> params;
  if (info[8]->IsArray()) {
    v8::Local<v8::Array> list = info[8].As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      v8::Local<v8::Value> v;
      if (!list->Get(current, i).ToLocal(&v)) return;
      if (v->IsString()) params.push_back(v.As<v8::String>());
    }
  }
  int line_offset = info[2]->IsInt32() ? info[2].As<v8::Int32>()->Value() : 0;
  int column_offset = info[3]->IsInt32() ? info[3].As<v8::Int32>()->Value() : 0;
  v8::ScriptOrigin origin(isolate, info[1], line_offset, column_offset);
  v8::ScriptCompiler::CachedData* cached = CachedDataFrom(info[4]);
  v8::ScriptCompiler::Source source(info[0].As<v8::String>(), origin, cached);
  v8::ScriptCompiler::CompileOptions options =
      cached != nullptr ? v8::ScriptCompiler::kConsumeCodeCache : v8::ScriptCompiler::kNoCompileOptions;
  v8::TryCatch tc(isolate);
  v8::Local<v8::Function> fn;
  {
    v8::Context::Scope context_scope(context);
    if (!v8::ScriptCompiler::CompileFunction(context, &source, params.size(), params.data(),
                                             extensions.size(), extensions.data(), options)
             .ToLocal(&fn)) {
      Rethrow(rt, tc, true);
      return;
    }
  }
  v8::Local<v8::Object> out = v8::Object::New(isolate);
  SetValue(current, out, "function", fn);
  if (cached != nullptr) {
    SetValue(current, out, "cachedDataRejected",
             v8::Boolean::New(isolate, source.GetCachedData()->rejected));
  }
  if (info[5]->IsTrue()) {
    std::unique_ptr<v8::ScriptCompiler::CachedData> data(
        v8::ScriptCompiler::CreateCodeCacheForFunction(fn));
    SetValue(current, out, "cachedDataProduced", v8::Boolean::New(isolate, data != nullptr));
    if (data) SetValue(current, out, "cachedData", BytesOf(isolate, data.get()));
  }
  SetValue(current, out, "sourceMapURL", fn->GetScriptOrigin().SourceMapUrl());
  info.GetReturnValue().Set(out);
}

}  // namespace

void Init(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = rt->isolate();
  v8::Local<v8::Context> context = rt->context();
  SetMethod(context, target, "makeContext", MakeContext);
  SetMethod(context, target, "isContext", IsContext);
  SetMethod(context, target, "compileFunctionVm", CompileFunctionVm);
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, ScriptNew);
  tmpl->SetClassName(Name(isolate, "ContextifyScript"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  tmpl->PrototypeTemplate()->Set(isolate, "runInContext",
                                 v8::FunctionTemplate::New(isolate, ScriptRun));
  tmpl->PrototypeTemplate()->Set(isolate, "createCachedData",
                                 v8::FunctionTemplate::New(isolate, ScriptCreateCachedData));
  v8::Local<v8::Function> ctor;
  if (tmpl->GetFunction(context).ToLocal(&ctor)) SetValue(context, target, "ContextifyScript", ctor);
}

}  // namespace nodus::vm
