// What the rest of core uses from core/napi: loading Node addons and plugin bindings.
#pragma once
#include <node_api.h>
#include <v8.h>

#include <string>

namespace nodus {
class Runtime;
namespace napi {

// process.dlopen(module, filename, flags): opens `filename`, finds its Node-API module
// (napi_module_register during dlopen, or napi_register_module_v1), runs its init on
// module.exports and stores what init returned there. False with a JS exception pending
// (code ERR_DLOPEN_FAILED for libraries that are not addons).
bool LoadAddon(Runtime* runtime, v8::Local<v8::Object> module, const std::string& filename,
               int flags);

// Builds a plugin's binding: a fresh env of `api_version`, `init` run on a new object.
// Empty with a JS exception pending when init throws.
v8::MaybeLocal<v8::Value> InitPlugin(Runtime* runtime, napi_addon_register_func init,
                                     int32_t api_version, const std::string& filename);

// Buffer.prototype, for the Buffers Node-API creates.
void SetBufferPrototype(v8::Isolate* isolate, v8::Local<v8::Object> prototype);

}  // namespace napi
}  // namespace nodus
