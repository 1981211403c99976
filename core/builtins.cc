#include "builtins.h"

#include <cstring>

#include "code_cache.h"
#include "util.h"

namespace nodus::builtins {

const Source* Find(const char* id, size_t len) {
  for (size_t i = 0; i < kSourceCount; i++) {
    const Source& s = kSources[i];
    if (std::strlen(s.id) == len && std::memcmp(s.id, id, len) == 0) return &s;
  }
  return nullptr;
}

bool IsPublic(const Source& s) { return std::strncmp(s.id, "internal/", 9) != 0; }

namespace {

// The embedded sources live as long as the process: hand them to V8 without a copy.
class OneByteResource : public v8::String::ExternalOneByteStringResource {
 public:
  OneByteResource(const char* data, size_t length) : data_(data), length_(length) {}
  const char* data() const override { return data_; }
  size_t length() const override { return length_; }
  void Dispose() override {}  // static data

 private:
  const char* data_;
  size_t length_;
};

class TwoByteResource : public v8::String::ExternalStringResource {
 public:
  TwoByteResource(const uint16_t* data, size_t length) : data_(data), length_(length) {}
  const uint16_t* data() const override { return data_; }
  size_t length() const override { return length_; }
  void Dispose() override {}

 private:
  const uint16_t* data_;
  size_t length_;
};

v8::MaybeLocal<v8::String> SourceString(v8::Isolate* isolate, const Source& s) {
  if (s.one_byte)
    return v8::String::NewExternalOneByte(
        isolate, new OneByteResource(static_cast<const char*>(s.data), s.length));
  return v8::String::NewExternalTwoByte(
      isolate, new TwoByteResource(static_cast<const uint16_t*>(s.data), s.length));
}

}  // namespace

v8::MaybeLocal<v8::Function> Compile(v8::Local<v8::Context> context, const Source& s) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::String> code;
  if (!SourceString(isolate, s).ToLocal(&code)) return {};
  std::string origin_name = std::string("node:") + s.id;
  v8::ScriptOrigin origin(isolate, Str(isolate, origin_name));
  size_t index = static_cast<size_t>(&s - kSources);
  // V8 takes ownership of the CachedData given to a Source, so it gets a copy of the
  // descriptor; the bytes themselves stay in the mapped file.
  const v8::ScriptCompiler::CachedData* cached = code_cache::Find(index);
  v8::ScriptCompiler::Source source(
      code, origin,
      cached ? new v8::ScriptCompiler::CachedData(cached->data, cached->length,
                                                  v8::ScriptCompiler::CachedData::BufferNotOwned)
             : nullptr);
  v8::Local<v8::String> params[] = {
      Name(isolate, "exports"), Name(isolate, "require"), Name(isolate, "module"),
      Name(isolate, "process"), Name(isolate, "internalBinding")};
  v8::Local<v8::Function> fn;
  if (!v8::ScriptCompiler::CompileFunction(
           context, &source, 5, params, 0, nullptr,
           cached ? v8::ScriptCompiler::kConsumeCodeCache : v8::ScriptCompiler::kNoCompileOptions)
           .ToLocal(&fn))
    return {};
  if (cached && source.GetCachedData()->rejected) code_cache::Rejected();
  if (code_cache::Recording()) code_cache::Record(isolate, index, fn);
  return scope.Escape(fn);
}

}  // namespace nodus::builtins
