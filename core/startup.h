// Start-up work that is about the process, not about JavaScript.
#pragma once

namespace nodus {

// Gives back the read-only pages that loading the shared libraries touched (symbol and
// relocation tables, code run only by static initialisers). See startup.cc.
void ReleaseLoaderPages();

// Keeps freed heap memory for reuse instead of handing it back to the kernel at once, so
// programs that allocate and drop large Buffers do not fault their pages in again on
// every allocation. Leaves malloc alone when the user tunes it (GLIBC_TUNABLES or
// MALLOC_*_ variables). Call before the first large allocation. See startup.cc.
void TuneHeap();

}  // namespace nodus
