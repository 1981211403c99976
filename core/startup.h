// Start-up work that is about the process, not about JavaScript.
#pragma once

namespace nodus {

// Gives back the read-only pages that loading the shared libraries touched (symbol and
// relocation tables, code run only by static initialisers). See startup.cc.
void ReleaseLoaderPages();

}  // namespace nodus
