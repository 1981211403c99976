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
#include <vector>

#include "builtins.h"

namespace nodus::code_cache {
namespace {

// The file: a header, then one entry per cached builtin, then the data they point at.
// Entries name builtins by their index in kSources, which the sources hash pins down.
constexpr char kMagic[8] = {'N', 'O', 'D', 'U', 'S', 'C', 'C', '1'};
struct Header {
  char magic[8];
  uint64_t sources_hash;
  uint32_t count;
  uint32_t reserved;
};
struct Entry {
  uint32_t index;
  uint32_t offset;  // from the start of the file
  uint32_t length;
  uint32_t reserved;
};

std::once_flag load_once;
// One slot per builtin; nullptr when it has no cached data. Never freed: V8 reads the
// mapped bytes in place.
std::vector<std::unique_ptr<v8::ScriptCompiler::CachedData>> slots;
std::atomic<bool> disabled{false};

std::string CacheFile() {
  char buf[4096];
  size_t size = sizeof(buf);
  if (uv_exepath(buf, &size) != 0) return "";
  std::string path(buf, size);
  size_t slash = path.rfind('/');
  std::string dir = slash == std::string::npos ? "." : path.substr(0, slash);
  return dir + "/../lib/nodus/code-cache.bin";
}

// Maps the file and checks every entry lies inside it; any mismatch means no cache.
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
  size_t table_end = sizeof(Header) + static_cast<size_t>(h.count) * sizeof(Entry);
  if (std::memcmp(h.magic, kMagic, sizeof(kMagic)) != 0 ||
      h.sources_hash != builtins::kSourcesHash || h.count > builtins::kSourceCount ||
      table_end > size) {
    munmap(map, size);
    return;
  }
  slots.resize(builtins::kSourceCount);
  for (uint32_t i = 0; i < h.count; i++) {
    Entry e;
    std::memcpy(&e, bytes + sizeof(Header) + i * sizeof(Entry), sizeof(e));
    if (e.index >= builtins::kSourceCount || e.offset < table_end || e.offset > size ||
        e.length > size - e.offset || e.length == 0)
      continue;
    slots[e.index] = std::make_unique<v8::ScriptCompiler::CachedData>(
        bytes + e.offset, static_cast<int>(e.length),
        v8::ScriptCompiler::CachedData::BufferNotOwned);
  }
}

// Functions compiled while recording, by builtin index, from the first isolate that
// compiled any (the main thread's; a worker's builtins are not recorded).
std::vector<v8::Global<v8::Function>> recorded;
v8::Isolate* recording_isolate = nullptr;

}  // namespace

const v8::ScriptCompiler::CachedData* Find(size_t index) {
  if (disabled.load(std::memory_order_relaxed)) return nullptr;
  std::call_once(load_once, Load);
  return index < slots.size() ? slots[index].get() : nullptr;
}

void Rejected() { disabled.store(true, std::memory_order_relaxed); }

bool Recording() {
  static const bool recording = std::getenv("NODUS_CODE_CACHE_OUT") != nullptr;
  return recording;
}

void Record(v8::Isolate* isolate, size_t index, v8::Local<v8::Function> fn) {
  if (recording_isolate == nullptr) recording_isolate = isolate;
  if (isolate != recording_isolate) return;
  if (recorded.empty()) recorded.resize(builtins::kSourceCount);
  if (index < recorded.size() && recorded[index].IsEmpty()) recorded[index].Reset(isolate, fn);
}

bool Write(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  const char* out_path = std::getenv("NODUS_CODE_CACHE_OUT");
  if (recorded.empty()) recorded.resize(builtins::kSourceCount);
  std::vector<Entry> entries;
  std::vector<std::unique_ptr<v8::ScriptCompiler::CachedData>> blobs;
  uint32_t offset = 0;
  for (size_t i = 0; i < builtins::kSourceCount; i++) {
    v8::Local<v8::Function> fn;
    if (!recorded[i].IsEmpty()) {
      fn = recorded[i].Get(isolate);
    } else {
      v8::TryCatch tc(isolate);
      if (!builtins::Compile(context, builtins::kSources[i]).ToLocal(&fn)) continue;
    }
    std::unique_ptr<v8::ScriptCompiler::CachedData> data(
        v8::ScriptCompiler::CreateCodeCacheForFunction(fn));
    if (!data || data->length <= 0) continue;
    entries.push_back({static_cast<uint32_t>(i), offset, static_cast<uint32_t>(data->length), 0});
    offset += (static_cast<uint32_t>(data->length) + 7u) & ~7u;  // keep each blob aligned
    blobs.push_back(std::move(data));
  }
  uint32_t base = static_cast<uint32_t>(sizeof(Header) + entries.size() * sizeof(Entry));
  for (Entry& e : entries) e.offset += base;

  std::string tmp = std::string(out_path) + ".tmp";
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr) {
    std::fprintf(stderr, "nodus: cannot write %s\n", tmp.c_str());
    return false;
  }
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof(kMagic));
  h.sources_hash = builtins::kSourcesHash;
  h.count = static_cast<uint32_t>(entries.size());
  bool ok = std::fwrite(&h, sizeof(h), 1, f) == 1;
  if (!entries.empty())
    ok = ok && std::fwrite(entries.data(), sizeof(Entry), entries.size(), f) == entries.size();
  static const char kPad[8] = {};
  for (const auto& b : blobs) {
    size_t len = static_cast<size_t>(b->length);
    ok = ok && std::fwrite(b->data, 1, len, f) == len;
    size_t pad = ((len + 7) & ~size_t{7}) - len;
    ok = ok && std::fwrite(kPad, 1, pad, f) == pad;
  }
  ok = std::fclose(f) == 0 && ok;
  if (!ok || std::rename(tmp.c_str(), out_path) != 0) {
    std::fprintf(stderr, "nodus: cannot write %s\n", out_path);
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

}  // namespace nodus::code_cache
