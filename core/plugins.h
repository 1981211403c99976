// Plugin discovery and loading: find *.so files in the plugin directories, check each
// one's descriptor (abi/include/nodus/plugin.h) before running any of its code, and keep
// the accepted ones for the module loader (js/internal/plugins.js).
#pragma once
#include <nodus/plugin.h>
#include <v8.h>

#include <string>
#include <vector>

#include "cli.h"

namespace nodus::plugins {

struct Plugin {
  std::string path;
  const nodus_plugin_t* descriptor;
};

// Scans --plugin-path dirs, then NODUS_PLUGIN_PATH, then <dir of exe>/../lib/nodus/plugins.
// A plugin that cannot be used is reported on stderr ("nodus: plugin ...: reason") and
// skipped; a plugin whose name was already loaded from an earlier directory is shadowed.
void Discover(const Options& options);

// The accepted plugins, in discovery order.
std::vector<Plugin>& All();

// `nodus --plugins`: name, version, ABI, Node-API, path and ids of each, on stdout.
void PrintList();

}  // namespace nodus::plugins
