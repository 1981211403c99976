// V8's code cache for the embedded js/ library and the in-tree plugins' JS: compiled
// bytecode made once at build time (build/lib/nodus/code-cache.bin) so that start-up and
// first requires deserialize instead of parsing and compiling.
#pragma once
#include <v8.h>

#include <cstddef>

namespace nodus::code_cache {

// The cached data for builtin number `index` (into builtins::kSources), or nullptr when
// there is none: no cache file beside the executable, one made from other sources, or
// V8 refused an earlier entry (different V8 flags), after which the cache is not used.
// Any thread; the file is mapped once per process, read-only.
const v8::ScriptCompiler::CachedData* Find(size_t index);

// The cached data for a plugin's module `id` whose source is `source` (`length` bytes),
// or nullptr. Entries carry a hash of the source they were made from, so a plugin
// rebuilt since the cache was made simply finds none.
const v8::ScriptCompiler::CachedData* FindPlugin(const char* id, const char* source,
                                                 size_t length);

// Called after V8 has seen cached data from Find() or FindPlugin(): when V8 rejected it, stop offering
// the cache for the rest of the process.
void Rejected();

// True when this process makes the cache (NODUS_CODE_CACHE_OUT names the file): the
// build runs nodus once so, over a script that exercises start-up.
bool Recording();

// Keeps builtin `index`'s function (main thread, while Recording()) so its cache includes
// the inner functions the script went on to compile.
void Record(v8::Isolate* isolate, size_t index, v8::Local<v8::Function> fn);

// The same for a plugin's module (see FindPlugin).
void RecordPlugin(v8::Isolate* isolate, const char* id, const char* source, size_t length,
                  v8::Local<v8::Function> fn);

// Compiles the builtins the script did not load, serializes all of them and writes the
// file named by NODUS_CODE_CACHE_OUT. Prints why and returns false on failure.
bool Write(v8::Local<v8::Context> context);

}  // namespace nodus::code_cache
