#include "startup.h"

#include <link.h>
#include <malloc.h>
#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace nodus {
namespace {

// Resolving libnode's symbols and running its static initialisers touches ~25 MB of its
// read-only segments (dynamic symbol tables, relocations, ICU and OpenSSL set-up code)
// before main() runs; most of it is never needed again. Dropping those pages from the
// process (they are clean, file-backed and refault from the page cache if touched) takes
// a hello-world's resident set from ~38 MB to ~27 MB. Writable segments (GOT, .data,
// RELRO, all possibly modified) are never touched here.
int DropReadOnlySegments(struct dl_phdr_info* info, size_t, void*) {
  if (info->dlpi_name == nullptr || std::strstr(info->dlpi_name, "libnode.so") == nullptr) return 0;
  const uintptr_t page = 4096;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_LOAD || (ph.p_flags & PF_W)) continue;
    uintptr_t start = (info->dlpi_addr + ph.p_vaddr + page - 1) & ~(page - 1);
    uintptr_t end = (info->dlpi_addr + ph.p_vaddr + ph.p_memsz) & ~(page - 1);
    if (end > start) {
      madvise(reinterpret_cast<void*>(start), end - start, MADV_DONTNEED);
      madvise(reinterpret_cast<void*>(start), end - start, MADV_NOHUGEPAGE);
    }
  }
  return 0;
}

}  // namespace

void ReleaseLoaderPages() { dl_iterate_phdr(DropReadOnlySegments, nullptr); }

// glibc's defaults give freed memory at the top of the heap back to the kernel once more
// than twice the (adaptive) mmap threshold is free, and serve blocks above that
// threshold with a fresh mmap. A program churning through Buffers of a few MiB (concat,
// file reads, codecs) then pays a page fault per 4 KiB on every allocation: concatenating
// two 1 MiB Buffers spent most of its time in the kernel, where reused memory is 2x
// faster. Up to 8 MiB now comes from the heap, and up to 32 MiB of free heap top is kept.
// Node keeps glibc's defaults; this costs that much more resident memory after a burst of
// large allocations, never more than the program's peak.
constexpr int kMmapThreshold = 8 * 1024 * 1024;
constexpr int kTrimThreshold = 32 * 1024 * 1024;

void TuneHeap() {
  const char* tunables = getenv("GLIBC_TUNABLES");
  if (tunables != nullptr && strstr(tunables, "malloc") != nullptr) return;
  if (getenv("MALLOC_TRIM_THRESHOLD_") != nullptr || getenv("MALLOC_MMAP_THRESHOLD_") != nullptr ||
      getenv("MALLOC_TOP_PAD_") != nullptr || getenv("MALLOC_MMAP_MAX_") != nullptr) {
    return;
  }
  mallopt(M_MMAP_THRESHOLD, kMmapThreshold);
  mallopt(M_TRIM_THRESHOLD, kTrimThreshold);
}

}  // namespace nodus
