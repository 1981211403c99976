#include "code_cache.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "builtins.h"

namespace nodus::code_cache {
namespace {

// The file: a header, the entries, then the ids and data they point at. A core entry
// names its builtin by index in kSources, which the sources hash pins down; a plugin
// entry names its module by id and the hash of the source it was made from.
constexpr char kMagic[8] = {'N', 'O', 'D', 'U', 'S', 'C', 'C', '2'};
constexpr uint32_t kPluginEntry = 0xffffffffu;  // Entry::index of a plugin module
struct Header {
  char magic[8];
  uint64_t sources_hash;
  uint32_t count;
  uint32_t reserved;
};
struct Entry {
  uint32_t index;      // builtin index, or kPluginEntry
  uint32_t id_offset;  // plugin entries: the module id (not NUL-terminated)
  uint32_t id_length;
  uint32_t offset;  // the cached data, from the start of the file
  uint32_t length;
  uint32_t reserved;
  uint64_t source_hash;  // plugin entries: Hash() of the module's source
};

uint64_t Hash(const char* data, size_t length) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (size_t i = 0; i < length; i++) h = (h ^ static_cast<unsigned char>(data[i])) * 1099511628211ull;
  return h;
}

struct PluginSlot {
  uint64_t source_hash;
  std::unique_ptr<v8::ScriptCompiler::CachedData> data;
};

std::once_flag load_once;
// Filled once, then only read (from any thread). The mapped file is never unmapped: V8
// reads the bytes in place.
std::vector<std::unique_ptr<v8::ScriptCompiler::CachedData>> slots;  // by builtin index
std::unordered_map<std::string, PluginSlot> plugin_slots;             // by module id
std::atomic<bool> disabled{false};

std::unique_ptr<v8::ScriptCompiler::CachedData> InPlace(const uint8_t* data, uint32_t length) {
  return std::make_unique<v8::ScriptCompiler::CachedData>(
      data, static_cast<int>(length), v8::ScriptCompiler::CachedData::BufferNotOwned);
}

std::string CacheFile() {
  char buf[4096];
  size_t size = sizeof(buf);
  if (uv_exepath(buf, &size) != 0) return "";
  std::string path(buf, size);
  size_t slash = path.rfind('/');
  std::string dir = slash == std::string::npos ? "." : path.substr(0, slash);
  return dir + "/../lib/nodus/code-cache.bin";
}

// Maps the file and checks every entry lies inside it; a bad header means no cache, a
// bad entry means no cache for that module.
void Load() {
  if (Recording()) return;  // the cache is being made from source
  int fd = open(CacheFile().c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  struct stat st;
  void* map = MAP_FAILED;
  if (fstat(fd, &st) == 0 && static_cast<size_t>(st.st_size) >= sizeof(Header))
    map = mmap(nullptr, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (map == MAP_FAILED) return;
  const auto* bytes = static_cast<const uint8_t*>(map);
  size_t size = static_cast<size_t>(st.st_size);
  Header h;
  std::memcpy(&h, bytes, sizeof(h));
  if (std::memcmp(h.magic, kMagic, sizeof(kMagic)) != 0 ||
      h.sources_hash != builtins::kSourcesHash || h.count > size / sizeof(Entry) ||
      sizeof(Header) + static_cast<size_t>(h.count) * sizeof(Entry) > size) {
    munmap(map, size);
    return;
  }
  auto inside = [size](uint32_t offset, uint32_t length) {
    return offset <= size && length <= size - offset;
  };
  slots.resize(builtins::kSourceCount);
  for (uint32_t i = 0; i < h.count; i++) {
    Entry e;
    std::memcpy(&e, bytes + sizeof(Header) + i * sizeof(Entry), sizeof(e));
    if (e.length == 0 || !inside(e.offset, e.length)) continue;
    if (e.index == kPluginEntry) {
      if (!inside(e.id_offset, e.id_length)) continue;
      std::string id(reinterpret_cast<const char*>(bytes + e.id_offset), e.id_length);
      plugin_slots[id] = PluginSlot{e.source_hash, InPlace(bytes + e.offset, e.length)};
    } else if (e.index < builtins::kSourceCount) {
      slots[e.index] = InPlace(bytes + e.offset, e.length);
    }
  }
}

// What the recording run compiled, from the first isolate that compiled anything (the
// main thread's; a worker's modules are not recorded).
v8::Isolate* recording_isolate = nullptr;
std::vector<v8::Global<v8::Function>> recorded;  // by builtin index
struct RecordedPlugin {
  std::string id;
  uint64_t source_hash;
  v8::Global<v8::Function> fn;
};
std::vector<RecordedPlugin> recorded_plugins;

bool RecordingHere(v8::Isolate* isolate) {
  if (recording_isolate == nullptr) recording_isolate = isolate;
  if (recorded.empty()) recorded.resize(builtins::kSourceCount);
  return isolate == recording_isolate;
}

}  // namespace

const v8::ScriptCompiler::CachedData* Find(size_t index) {
  if (disabled.load(std::memory_order_relaxed)) return nullptr;
  std::call_once(load_once, Load);
  return index < slots.size() ? slots[index].get() : nullptr;
}

const v8::ScriptCompiler::CachedData* FindPlugin(const char* id, const char* source,
                                                 size_t length) {
  if (disabled.load(std::memory_order_relaxed)) return nullptr;
  std::call_once(load_once, Load);
  auto it = plugin_slots.find(id);
  if (it == plugin_slots.end() || it->second.source_hash != Hash(source, length)) return nullptr;
  return it->second.data.get();
}

void Rejected() { disabled.store(true, std::memory_order_relaxed); }

bool Recording() {
  static const bool recording = std::getenv("NODUS_CODE_CACHE_OUT") != nullptr;
  return recording;
}

void Record(v8::Isolate* isolate, size_t index, v8::Local<v8::Function> fn) {
  if (!RecordingHere(isolate)) return;
  if (index < recorded.size() && recorded[index].IsEmpty()) recorded[index].Reset(isolate, fn);
}

void RecordPlugin(v8::Isolate* isolate, const char* id, const char* source, size_t length,
                  v8::Local<v8::Function> fn) {
  if (!RecordingHere(isolate)) return;
  for (const RecordedPlugin& r : recorded_plugins)
    if (r.id == id) return;
  recorded_plugins.push_back({id, Hash(source, length), v8::Global<v8::Function>(isolate, fn)});
}

bool Write(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  const char* out_path = std::getenv("NODUS_CODE_CACHE_OUT");
  RecordingHere(isolate);
  std::vector<Entry> entries;
  std::vector<std::unique_ptr<v8::ScriptCompiler::CachedData>> blobs;
  std::string ids;  // plugin module ids, one after the other
  // False when V8 cannot serialize the function.
  auto add = [&](v8::Local<v8::Function> fn, Entry e) {
    std::unique_ptr<v8::ScriptCompiler::CachedData> data(
        v8::ScriptCompiler::CreateCodeCacheForFunction(fn));
    if (!data || data->length <= 0) return false;
    e.length = static_cast<uint32_t>(data->length);
    entries.push_back(e);
    blobs.push_back(std::move(data));
    return true;
  };
  for (size_t i = 0; i < builtins::kSourceCount; i++) {
    v8::Local<v8::Function> fn;
    if (!recorded[i].IsEmpty()) {
      fn = recorded[i].Get(isolate);
    } else {
      v8::TryCatch tc(isolate);
      if (!builtins::Compile(context, builtins::kSources[i]).ToLocal(&fn)) continue;
    }
    add(fn, Entry{static_cast<uint32_t>(i), 0, 0, 0, 0, 0, 0});
  }
  for (const RecordedPlugin& r : recorded_plugins) {
    if (add(r.fn.Get(isolate), Entry{kPluginEntry, static_cast<uint32_t>(ids.size()),
                                     static_cast<uint32_t>(r.id.size()), 0, 0, 0, r.source_hash}))
      ids += r.id;
  }
  // Layout: header, entries, ids, then each blob 8-byte aligned.
  size_t ids_at = sizeof(Header) + entries.size() * sizeof(Entry);
  size_t at = (ids_at + ids.size() + 7) & ~size_t{7};
  for (size_t i = 0; i < entries.size(); i++) {
    if (entries[i].index == kPluginEntry) entries[i].id_offset += static_cast<uint32_t>(ids_at);
    entries[i].offset = static_cast<uint32_t>(at);
    at = (at + entries[i].length + 7) & ~size_t{7};
  }

  std::string out(at, '\0');
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof(kMagic));
  h.sources_hash = builtins::kSourcesHash;
  h.count = static_cast<uint32_t>(entries.size());
  std::memcpy(&out[0], &h, sizeof(h));
  if (!entries.empty())
    std::memcpy(&out[sizeof(Header)], entries.data(), entries.size() * sizeof(Entry));
  std::memcpy(&out[ids_at], ids.data(), ids.size());
  for (size_t i = 0; i < entries.size(); i++)
    std::memcpy(&out[entries[i].offset], blobs[i]->data, entries[i].length);

  std::string tmp = std::string(out_path) + ".tmp";
  FILE* f = std::fopen(tmp.c_str(), "wb");
  bool ok = f != nullptr && std::fwrite(out.data(), 1, out.size(), f) == out.size();
  if (f != nullptr) ok = std::fclose(f) == 0 && ok;
  if (!ok || std::rename(tmp.c_str(), out_path) != 0) {
    std::fprintf(stderr, "nodus: cannot write %s\n", out_path);
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

}  // namespace nodus::code_cache
