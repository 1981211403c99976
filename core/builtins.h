// The JavaScript library embedded by tools/js2c, and how core compiles it.
#pragma once
#include <cstddef>
#include <cstdint>
#include <v8.h>

namespace nodus::builtins {

struct Source {
  const char* id;      // "events", "internal/bootstrap"
  const void* data;    // char[] when one_byte, else uint16_t[]
  size_t length;       // in characters
  bool one_byte;
};

extern const Source kSources[];
extern const size_t kSourceCount;
// A hash of every id and source, made by js2c: what the code cache is checked against.
extern const uint64_t kSourcesHash;

// Looks up an embedded module by id; nullptr when there is none.
const Source* Find(const char* id, size_t len);

// True when `id` names a module users may require (not under internal/).
bool IsPublic(const Source& s);

// Compiles builtin `id` as a function of (exports, require, module, process,
// internalBinding, primordials) with origin "node:<id>". Empty with an exception pending
// when the id is unknown or the source fails to compile.
v8::MaybeLocal<v8::Function> Compile(v8::Local<v8::Context> context, const Source& s);

}  // namespace nodus::builtins
