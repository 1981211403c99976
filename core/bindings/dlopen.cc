// internalBinding('dlopen'): process.dlopen for Node addons, and the plugins found at
// start-up (their module ids, embedded JS and lazily built native bindings) for
// js/internal/plugins.js.
#include <dlfcn.h>

#include "bindings.h"
#include "code_cache.h"
#include "napi/node_api_loader.h"
#include "plugins.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

// dlopen(module, filename, flags)
void DLOpen(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!info[0]->IsObject() || !info[1]->IsString()) {
    ThrowCodeError(isolate, "TypeError", "ERR_INVALID_ARG_TYPE",
                   "The \"module\" and \"filename\" arguments must be an object and a string");
    return;
  }
  int flags = RTLD_LAZY;
  if (info.Length() > 2 && !info[2]->IsUndefined()) {
    if (!info[2]->IsInt32()) {
      ThrowCodeError(isolate, "TypeError", "ERR_INVALID_ARG_TYPE",
                     "The \"flags\" argument must be an integer.");
      return;
    }
    flags = info[2].As<v8::Int32>()->Value();
  }
  Utf8 filename(isolate, info[1]);
  (void)context;
  napi::LoadAddon(Runtime::From(isolate), info[0].As<v8::Object>(), filename.str(), flags);
}

void SetBufferPrototype(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info[0]->IsObject()) napi::SetBufferPrototype(info.GetIsolate(), info[0].As<v8::Object>());
}

// plugins() -> [{ name, version, path, ids: [...] }] in discovery order.
void Plugins(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::vector<plugins::Plugin>& all = plugins::All();
  v8::Local<v8::Array> out = v8::Array::New(isolate, static_cast<int>(all.size()));
  for (size_t i = 0; i < all.size(); i++) {
    const nodus_plugin_t* d = all[i].descriptor;
    v8::Local<v8::Object> p = v8::Object::New(isolate);
    SetValue(context, p, "name", Str(isolate, d->name));
    SetValue(context, p, "version", Str(isolate, d->version ? d->version : ""));
    SetValue(context, p, "path", Str(isolate, all[i].path));
    v8::Local<v8::Array> ids = v8::Array::New(isolate, static_cast<int>(d->module_count));
    for (size_t m = 0; m < d->module_count; m++)
      ids->Set(context, static_cast<uint32_t>(m), Str(isolate, d->modules[m].id)).Check();
    SetValue(context, p, "ids", ids);
    out->Set(context, static_cast<uint32_t>(i), p).Check();
  }
  info.GetReturnValue().Set(out);
}

bool PluginIndex(const v8::FunctionCallbackInfo<v8::Value>& info, int arg, size_t* out) {
  if (!info[arg]->IsUint32()) return false;
  *out = info[arg].As<v8::Uint32>()->Value();
  return *out < plugins::All().size();
}

// compile(plugin, module) -> function (exports, require, module, process,
// internalBinding, binding), or null for a module without JS (its exports are the binding).
void Compile(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  size_t p;
  if (!PluginIndex(info, 0, &p) || !info[1]->IsUint32()) return;
  const nodus_plugin_t* d = plugins::All()[p].descriptor;
  uint32_t m = info[1].As<v8::Uint32>()->Value();
  if (m >= d->module_count) return;
  const nodus_module_t& mod = d->modules[m];
  if (mod.js_source == nullptr) {
    info.GetReturnValue().SetNull();
    return;
  }
  v8::Local<v8::String> code;
  if (!v8::String::NewFromUtf8(isolate, mod.js_source, v8::NewStringType::kNormal,
                               static_cast<int>(mod.js_length))
           .ToLocal(&code))
    return;
  v8::ScriptOrigin origin(isolate, Str(isolate, std::string("node:") + mod.id));
  // In-tree plugins' modules have code-cache entries made at build time (a copy of the
  // descriptor: V8 owns what a Source holds).
  const v8::ScriptCompiler::CachedData* cached =
      code_cache::FindPlugin(mod.id, mod.js_source, mod.js_length);
  v8::ScriptCompiler::Source source(
      code, origin,
      cached ? new v8::ScriptCompiler::CachedData(cached->data, cached->length,
                                                  v8::ScriptCompiler::CachedData::BufferNotOwned)
             : nullptr);
  v8::Local<v8::String> params[] = {Name(isolate, "exports"), Name(isolate, "require"),
                                    Name(isolate, "module"), Name(isolate, "process"),
                                    Name(isolate, "internalBinding"), Name(isolate, "binding")};
  v8::Local<v8::Function> fn;
  if (!v8::ScriptCompiler::CompileFunction(
           context, &source, 6, params, 0, nullptr,
           cached ? v8::ScriptCompiler::kConsumeCodeCache : v8::ScriptCompiler::kNoCompileOptions)
           .ToLocal(&fn))
    return;
  if (cached && source.GetCachedData()->rejected) code_cache::Rejected();
  if (code_cache::Recording())
    code_cache::RecordPlugin(isolate, mod.id, mod.js_source, mod.js_length, fn);
  info.GetReturnValue().Set(fn);
}

// Each plugin's binding, by plugin index, for this thread's isolate: a worker runs the
// plugin's init again for its own isolate (and gets its own napi_env), as a Node addon
// loaded in a worker does.
thread_local std::vector<v8::Global<v8::Value>> plugin_bindings;

// binding(plugin) -> the plugin's native binding, built by its init on first use.
void Binding(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  size_t p;
  if (!PluginIndex(info, 0, &p)) return;
  plugins::Plugin& plugin = plugins::All()[p];
  if (plugin_bindings.size() <= p) plugin_bindings.resize(plugins::All().size());
  v8::Global<v8::Value>& slot = plugin_bindings[p];
  if (slot.IsEmpty()) {
    v8::Local<v8::Value> binding;
    if (!napi::InitPlugin(Runtime::From(isolate), plugin.descriptor->init,
                          plugin.descriptor->napi_version, plugin.path)
             .ToLocal(&binding))
      return;  // init threw: the require fails, the next one tries again
    slot.Reset(isolate, binding);
  }
  info.GetReturnValue().Set(slot.Get(isolate));
}

}  // namespace

void InitDlopenBinding(Runtime* runtime, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = runtime->context();
  SetMethod(context, target, "dlopen", DLOpen);
  SetMethod(context, target, "setBufferPrototype", SetBufferPrototype);
  SetMethod(context, target, "plugins", Plugins);
  SetMethod(context, target, "compile", Compile);
  SetMethod(context, target, "binding", Binding);
}

}  // namespace nodus
