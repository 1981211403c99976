// internalBinding('module_wrap'): ES modules over V8's module API. The JS loader in
// js/internal/modules/esm/ decides what to load; this file only owns the V8 objects:
//
//   new ModuleWrap(url, source, lineOffset, columnOffset)   a source text module
//   new ModuleWrap(url, exportNames, evaluate)               a synthetic module whose
//       evaluate() (called with the wrap as `this`) fills exports with setExport()
//   wrap.getRequests()   [{ specifier, type }] in source order
//   wrap.link(map)       map: { [specifier]: ModuleWrap } used by instantiate()
//   wrap.instantiate(), wrap.evaluate() -> promise, wrap.getNamespace(),
//   wrap.getStatus(), wrap.getError(), wrap.isGraphAsync(), wrap.setExport(name, value)
//
// and the two isolate hooks: dynamic import() and import.meta, both forwarded to JS.
#include <unordered_map>
#include <vector>

#include "bindings.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

struct ModuleWrap {
  v8::Global<v8::Module> module;
  v8::Global<v8::Object> object;    // the JS face; kept strongly: the module map never forgets
  v8::Global<v8::Object> linked;    // specifier -> ModuleWrap object
  v8::Global<v8::Function> steps;   // synthetic modules only
};

// Per thread: each worker has its own isolate and module graph. Hash collisions are
// possible, hence the multimap and the identity check.
std::unordered_multimap<int, ModuleWrap*>& ByHash() {
  static thread_local std::unordered_multimap<int, ModuleWrap*> map;
  return map;
}
thread_local v8::Global<v8::FunctionTemplate> wrap_template;  // per thread: workers have their own isolate
thread_local v8::Global<v8::Function> import_dynamically_fn;
thread_local v8::Global<v8::Function> import_meta_fn;

ModuleWrap* FromModule(v8::Local<v8::Module> module) {
  auto range = ByHash().equal_range(module->GetIdentityHash());
  v8::Isolate* isolate = v8::Isolate::GetCurrent();
  for (auto it = range.first; it != range.second; ++it) {
    if (it->second->module.Get(isolate) == module) return it->second;
  }
  return nullptr;
}

ModuleWrap* Unwrap(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Object> self = info.This();
  if (self->InternalFieldCount() < 1) return nullptr;
  return static_cast<ModuleWrap*>(self->GetAlignedPointerFromInternalField(0));
}

#define UNWRAP_OR_THROW(var)                                                        \
  ModuleWrap* var = Unwrap(info);                                                   \
  if (var == nullptr) {                                                             \
    ThrowCodeError(info.GetIsolate(), "TypeError", "ERR_INVALID_THIS",              \
                   "Value of \"this\" must be of type ModuleWrap");                 \
    return;                                                                         \
  }

v8::MaybeLocal<v8::Value> SyntheticSteps(v8::Local<v8::Context> context,
                                         v8::Local<v8::Module> module) {
  v8::Isolate* isolate = context->GetIsolate();
  ModuleWrap* wrap = FromModule(module);
  if (wrap == nullptr || wrap->steps.IsEmpty()) {
    ThrowCodeError(isolate, "Error", "ERR_INTERNAL_ASSERTION", "unknown synthetic module");
    return {};
  }
  v8::Local<v8::Function> steps = wrap->steps.Get(isolate);
  if (steps->Call(context, wrap->object.Get(isolate), 0, nullptr).IsEmpty()) return {};
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return {};
  if (resolver->Resolve(context, v8::Undefined(isolate)).IsNothing()) return {};
  return resolver->GetPromise();
}

// new ModuleWrap(url, source, lineOffset, columnOffset) or (url, exportNames, evaluate)
void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!info.IsConstructCall() || !info[0]->IsString()) {
    ThrowCodeError(isolate, "TypeError", "ERR_INVALID_ARG_TYPE",
                   "new ModuleWrap(url, source | exportNames, ...)");
    return;
  }
  v8::Local<v8::String> url = info[0].As<v8::String>();
  v8::Local<v8::Module> module;
  v8::Local<v8::Function> steps;
  if (info[1]->IsString()) {
    int line_offset = info[2]->IsInt32() ? info[2].As<v8::Int32>()->Value() : 0;
    int column_offset = info[3]->IsInt32() ? info[3].As<v8::Int32>()->Value() : 0;
    v8::ScriptOrigin origin(isolate, url, line_offset, column_offset, false, -1,
                            v8::Local<v8::Value>(), false, false, /*is_module=*/true);
    v8::ScriptCompiler::Source source(info[1].As<v8::String>(), origin);
    v8::TryCatch tc(isolate);
    if (!v8::ScriptCompiler::CompileModule(isolate, &source).ToLocal(&module)) {
      if (tc.CanContinue()) {
        Runtime::From(isolate)->DecorateErrorWithArrow(tc.Exception(), tc.Message());
        tc.ReThrow();
      }
      return;
    }
  } else if (info[1]->IsArray() && info[2]->IsFunction()) {
    v8::Local<v8::Array> names = info[1].As<v8::Array>();
    std::vector<v8::Local<v8::String>> export_names;
    for (uint32_t i = 0; i < names->Length(); i++) {
      v8::Local<v8::Value> name;
      if (!names->Get(context, i).ToLocal(&name)) return;
      if (!name->IsString()) {
        ThrowCodeError(isolate, "TypeError", "ERR_INVALID_ARG_TYPE",
                       "export names must be strings");
        return;
      }
      export_names.push_back(name.As<v8::String>());
    }
    module = v8::Module::CreateSyntheticModule(isolate, url, export_names, SyntheticSteps);
    steps = info[2].As<v8::Function>();
  } else {
    ThrowCodeError(isolate, "TypeError", "ERR_INVALID_ARG_TYPE",
                   "new ModuleWrap(url, source | exportNames, ...)");
    return;
  }
  auto* wrap = new ModuleWrap();
  wrap->module.Reset(isolate, module);
  wrap->object.Reset(isolate, info.This());
  if (!steps.IsEmpty()) wrap->steps.Reset(isolate, steps);
  info.This()->SetAlignedPointerInInternalField(0, wrap);
  ByHash().emplace(module->GetIdentityHash(), wrap);
  // A data property of its own: no setter on Object.prototype may see it.
  static_cast<void>(info.This()->CreateDataProperty(context, Name(isolate, "url"), url).IsNothing());
}

void GetRequests(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_OR_THROW(wrap);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Module> module = wrap->module.Get(isolate);
  v8::Local<v8::FixedArray> requests = module->GetModuleRequests();
  v8::Local<v8::Array> out = v8::Array::New(isolate, requests->Length());
  for (int i = 0; i < requests->Length(); i++) {
    v8::Local<v8::ModuleRequest> req = requests->Get(context, i).As<v8::ModuleRequest>();
    v8::Local<v8::Object> entry = v8::Object::New(isolate);
    static_cast<void>(entry->Set(context, Name(isolate, "specifier"), req->GetSpecifier()).IsNothing());
    // Assertions come as [key, value, offset, ...]; only `type` means anything to node.
    v8::Local<v8::FixedArray> assertions = req->GetImportAssertions();
    v8::Local<v8::Object> attrs = v8::Object::New(isolate);
    for (int j = 0; j + 1 < assertions->Length(); j += 3) {
      v8::Local<v8::Value> key = assertions->Get(context, j).As<v8::Value>();
      v8::Local<v8::Value> value = assertions->Get(context, j + 1).As<v8::Value>();
      static_cast<void>(attrs->Set(context, key, value).IsNothing());
    }
    static_cast<void>(entry->Set(context, Name(isolate, "attributes"), attrs).IsNothing());
    // 1-based line of the import, for messages about it (the deprecated `assert`).
    int line = module->SourceOffsetToLocation(req->GetSourceOffset()).GetLineNumber() + 1;
    static_cast<void>(entry->Set(context, Name(isolate, "line"), v8::Integer::New(isolate, line)).IsNothing());
    static_cast<void>(out->Set(context, i, entry).IsNothing());
  }
  info.GetReturnValue().Set(out);
}

void Link(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_OR_THROW(wrap);
  if (!info[0]->IsObject()) return;
  wrap->linked.Reset(info.GetIsolate(), info[0].As<v8::Object>());
}

v8::MaybeLocal<v8::Module> ResolveCallback(v8::Local<v8::Context> context,
                                           v8::Local<v8::String> specifier,
                                           v8::Local<v8::FixedArray> /*assertions*/,
                                           v8::Local<v8::Module> referrer) {
  v8::Isolate* isolate = context->GetIsolate();
  ModuleWrap* wrap = FromModule(referrer);
  v8::Local<v8::Value> dep;
  if (wrap == nullptr || wrap->linked.IsEmpty() ||
      !wrap->linked.Get(isolate)->Get(context, specifier).ToLocal(&dep) || !dep->IsObject() ||
      dep.As<v8::Object>()->InternalFieldCount() < 1) {
    Utf8 s(isolate, specifier);
    ThrowCodeError(isolate, "Error", "ERR_VM_MODULE_LINK_FAILURE",
                   "request for '" + s.str() + "' is not in cache");
    return {};
  }
  auto* target = static_cast<ModuleWrap*>(dep.As<v8::Object>()->GetAlignedPointerFromInternalField(0));
  return target->module.Get(isolate);
}

void Instantiate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_OR_THROW(wrap);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::TryCatch tc(isolate);
  if (wrap->module.Get(isolate)->InstantiateModule(context, ResolveCallback).IsNothing()) {
    // "does not provide an export named" points at the importing line: node shows that
    // line with a caret under each character of the name, and no blank line after it.
    if (tc.CanContinue()) {
      v8::Local<v8::Message> message = tc.Message();
      v8::Local<v8::Value> error = tc.Exception();
      v8::Local<v8::String> line;
      if (!message.IsEmpty() && error->IsObject() && message->GetSourceLine(context).ToLocal(&line)) {
        Utf8 file(isolate, message->GetScriptResourceName());
        Utf8 src(isolate, line);
        int start = message->GetStartColumn(context).FromMaybe(0);
        int end = message->GetEndColumn(context).FromMaybe(start + 1);
        std::string arrow = file.str() + ":" +
                            std::to_string(message->GetLineNumber(context).FromMaybe(0)) + "\n" +
                            src.str() + "\n";
        std::string s = src.str();
        for (int i = 0; i < start && i < static_cast<int>(s.size()); i++) arrow += s[i] == '\t' ? '\t' : ' ';
        arrow.append(end > start ? end - start : 1, '^');
        v8::Local<v8::Private> key = v8::Private::ForApi(isolate, Name(isolate, "nodus:arrow"));
        static_cast<void>(error.As<v8::Object>()->SetPrivate(context, key, Str(isolate, arrow)).IsNothing());
      }
      tc.ReThrow();
    }
  }
}

void Evaluate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_OR_THROW(wrap);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> result;
  if (wrap->module.Get(isolate)->Evaluate(context).ToLocal(&result))
    info.GetReturnValue().Set(result);
}

void GetNamespace(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_OR_THROW(wrap);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Module> module = wrap->module.Get(isolate);
  if (module->GetStatus() < v8::Module::kInstantiated) {
    ThrowCodeError(isolate, "Error", "ERR_MODULE_NOT_INSTANTIATED",
                   "cannot get namespace, module has not been instantiated");
    return;
  }
  info.GetReturnValue().Set(module->GetModuleNamespace());
}

void GetStatus(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_OR_THROW(wrap);
  info.GetReturnValue().Set(static_cast<int>(wrap->module.Get(info.GetIsolate())->GetStatus()));
}

void GetError(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_OR_THROW(wrap);
  v8::Local<v8::Module> module = wrap->module.Get(info.GetIsolate());
  if (module->GetStatus() == v8::Module::kErrored) info.GetReturnValue().Set(module->GetException());
}

void IsGraphAsync(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_OR_THROW(wrap);
  v8::Local<v8::Module> module = wrap->module.Get(info.GetIsolate());
  if (module->GetStatus() < v8::Module::kInstantiated) {
    info.GetReturnValue().Set(false);
    return;
  }
  info.GetReturnValue().Set(module->IsGraphAsync());
}

void SetExport(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_OR_THROW(wrap);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Module> module = wrap->module.Get(isolate);
  if (!module->IsSyntheticModule() || !info[0]->IsString()) {
    ThrowCodeError(isolate, "TypeError", "ERR_INVALID_ARG_TYPE", "setExport(name, value)");
    return;
  }
  static_cast<void>(module->SetSyntheticModuleExport(isolate, info[0].As<v8::String>(), info[1]).IsNothing());
}

v8::MaybeLocal<v8::Promise> ImportModuleDynamically(v8::Local<v8::Context> context,
                                                    v8::Local<v8::Data> /*host_defined*/,
                                                    v8::Local<v8::Value> resource_name,
                                                    v8::Local<v8::String> specifier,
                                                    v8::Local<v8::FixedArray> assertions) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::EscapableHandleScope scope(isolate);
  if (import_dynamically_fn.IsEmpty()) {
    ThrowCodeError(isolate, "TypeError", "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING",
                   "A dynamic import callback was not specified.");
    return {};
  }
  // Dynamic import assertions come as [key, value, ...] (no offsets).
  v8::Local<v8::Object> attrs = v8::Object::New(isolate);
  for (int i = 0; i + 1 < assertions->Length(); i += 2) {
    static_cast<void>(attrs->Set(context, assertions->Get(context, i).As<v8::Value>(),
                     assertions->Get(context, i + 1).As<v8::Value>()).IsNothing());
  }
  v8::Local<v8::Value> referrer = resource_name.IsEmpty() ? v8::Undefined(isolate).As<v8::Value>()
                                                          : resource_name;
  v8::Local<v8::Value> args[] = {specifier, referrer, attrs};
  v8::Local<v8::Value> result;
  if (!import_dynamically_fn.Get(isolate)
           ->Call(context, v8::Undefined(isolate), 3, args)
           .ToLocal(&result))
    return {};
  if (!result->IsPromise()) {
    ThrowCodeError(isolate, "TypeError", "ERR_INTERNAL_ASSERTION",
                   "import() callback did not return a promise");
    return {};
  }
  return scope.Escape(result.As<v8::Promise>());
}

void InitializeImportMeta(v8::Local<v8::Context> context, v8::Local<v8::Module> module,
                          v8::Local<v8::Object> meta) {
  v8::Isolate* isolate = context->GetIsolate();
  ModuleWrap* wrap = FromModule(module);
  if (wrap == nullptr || import_meta_fn.IsEmpty()) return;
  v8::Local<v8::Value> args[] = {wrap->object.Get(isolate), meta};
  // An exception here propagates to the `import.meta` expression.
  static_cast<void>(import_meta_fn.Get(isolate)->Call(context, v8::Undefined(isolate), 2, args).IsEmpty());
}

void SetImportModuleDynamicallyCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsFunction()) return;
  v8::Isolate* isolate = info.GetIsolate();
  import_dynamically_fn.Reset(isolate, info[0].As<v8::Function>());
  isolate->SetHostImportModuleDynamicallyCallback(ImportModuleDynamically);
}

void SetInitializeImportMetaObjectCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsFunction()) return;
  v8::Isolate* isolate = info.GetIsolate();
  import_meta_fn.Reset(isolate, info[0].As<v8::Function>());
  isolate->SetHostInitializeImportMetaObjectCallback(InitializeImportMeta);
}

// setArrow(error, text): the "file:line / source / caret" header node prints above an
// uncaught error, for errors whose location V8 does not report (module evaluation
// errors arrive as promise rejections, without a message).
void SetArrow(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsObject() || !info[1]->IsString()) return;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Private> key = v8::Private::ForApi(isolate, Name(isolate, "nodus:arrow"));
  v8::Local<v8::Object> obj = info[0].As<v8::Object>();
  if (obj->HasPrivate(context, key).FromMaybe(true)) return;
  static_cast<void>(obj->SetPrivate(context, key, info[1]).IsNothing());
}

// Under --abort-on-uncaught-exception V8 aborts on any exception no JavaScript handler
// catches, including those compiling probes below catch in C++. While one runs, say no.
thread_local int probe_depth = 0;
bool ShouldAbortOnUncaughtException(v8::Isolate*) { return probe_depth == 0; }

bool IsESMOnlySyntaxError(v8::Isolate* isolate, v8::Local<v8::Value> error) {
  if (!error->IsNativeError()) return false;
  v8::Local<v8::Value> message;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!error.As<v8::Object>()->Get(context, Name(isolate, "message")).ToLocal(&message)) return false;
  Utf8 m(isolate, message);
  static const char* kESMOnly[] = {
      "Cannot use import statement outside a module",
      "Unexpected token 'export'",
      "Cannot use 'import.meta' outside a module",
  };
  for (const char* e : kESMOnly)
    if (m.str() == e) return true;
  return false;
}

bool IsTopLevelAwaitError(v8::Isolate* isolate, v8::Local<v8::Value> error) {
  if (!error->IsNativeError()) return false;
  v8::Local<v8::Value> message;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!error.As<v8::Object>()->Get(context, Name(isolate, "message")).ToLocal(&message)) return false;
  Utf8 m(isolate, message);
  return m.str() == "await is only valid in async functions and the top level bodies of modules";
}

// containsModuleSyntax(source, filename) -> whether the source fails to compile as a
// CommonJS function for a reason only ES module syntax explains (import/export,
// import.meta, or a top-level await that compiles as a module). No exception escapes.
void ContainsModuleSyntax(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!info[0]->IsString() || !info[1]->IsString()) {
    ThrowCodeError(isolate, "TypeError", "ERR_INVALID_ARG_TYPE",
                   "containsModuleSyntax(source, filename)");
    return;
  }
  static thread_local bool installed = false;  // per isolate
  if (!installed) {
    isolate->SetAbortOnUncaughtExceptionCallback(ShouldAbortOnUncaughtException);
    installed = true;
  }
  probe_depth++;
  bool esm = false;
  {
    v8::TryCatch tc(isolate);
    v8::ScriptOrigin origin(isolate, info[1]);
    v8::ScriptCompiler::Source source(info[0].As<v8::String>(), origin);
    v8::Local<v8::String> params[] = {Name(isolate, "exports"), Name(isolate, "require"),
                                      Name(isolate, "module"), Name(isolate, "__filename"),
                                      Name(isolate, "__dirname")};
    v8::Local<v8::Function> fn;
    if (!v8::ScriptCompiler::CompileFunction(context, &source, 5, params, 0, nullptr).ToLocal(&fn) &&
        tc.HasCaught()) {
      v8::Local<v8::Value> error = tc.Exception();
      if (IsESMOnlySyntaxError(isolate, error)) {
        esm = true;
      } else if (IsTopLevelAwaitError(isolate, error)) {
        v8::TryCatch tc2(isolate);
        v8::ScriptOrigin morigin(isolate, info[1], 0, 0, false, -1, v8::Local<v8::Value>(), false,
                                 false, /*is_module=*/true);
        v8::ScriptCompiler::Source msource(info[0].As<v8::String>(), morigin);
        v8::Local<v8::Module> module;
        esm = v8::ScriptCompiler::CompileModule(isolate, &msource).ToLocal(&module);
      }
    }
  }
  probe_depth--;
  info.GetReturnValue().Set(esm);
}

}  // namespace

void InitModuleWrapBinding(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = rt->isolate();
  v8::Local<v8::Context> context = rt->context();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, New);
  tmpl->SetClassName(Name(isolate, "ModuleWrap"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  struct {
    const char* name;
    v8::FunctionCallback fn;
  } methods[] = {
      {"getRequests", GetRequests}, {"link", Link},
      {"instantiate", Instantiate}, {"evaluate", Evaluate},
      {"getNamespace", GetNamespace}, {"getStatus", GetStatus},
      {"getError", GetError},       {"isGraphAsync", IsGraphAsync},
      {"setExport", SetExport},
  };
  for (const auto& m : methods) {
    tmpl->PrototypeTemplate()->Set(Name(isolate, m.name),
                                   v8::FunctionTemplate::New(isolate, m.fn));
  }
  wrap_template.Reset(isolate, tmpl);
  v8::Local<v8::Function> ctor;
  if (tmpl->GetFunction(context).ToLocal(&ctor)) SetValue(context, target, "ModuleWrap", ctor);
  SetMethod(context, target, "setImportModuleDynamicallyCallback",
            SetImportModuleDynamicallyCallback);
  SetMethod(context, target, "setInitializeImportMetaObjectCallback",
            SetInitializeImportMetaObjectCallback);
  SetMethod(context, target, "setArrow", SetArrow);
  SetMethod(context, target, "containsModuleSyntax", ContainsModuleSyntax);
  // Status numbers as V8 has them, for JS to compare against getStatus().
  static const char* kStatus[] = {"kUninstantiated", "kInstantiating", "kInstantiated",
                                  "kEvaluating",     "kEvaluated",     "kErrored"};
  for (int i = 0; i < 6; i++) SetValue(context, target, kStatus[i], v8::Integer::New(isolate, i));
}

}  // namespace nodus
