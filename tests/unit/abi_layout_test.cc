// The plugin ABI is additive only: no field moves and no struct shrinks; a new version
// only appends. These are the layouts as released (x86-64); a change that moves a field
// fails here.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <cstddef>
#include <string>

#include <nodus/plugin.h>

TEST_CASE("abi: nodus_plugin_t keeps its ABI 1 layout") {
  CHECK(offsetof(nodus_plugin_t, abi_version) == 0);  // the version always comes first
  CHECK(offsetof(nodus_plugin_t, napi_version) == 4);
  CHECK(offsetof(nodus_plugin_t, name) == 8);
  CHECK(offsetof(nodus_plugin_t, version) == 16);
  CHECK(offsetof(nodus_plugin_t, modules) == 24);
  CHECK(offsetof(nodus_plugin_t, module_count) == 32);
  CHECK(offsetof(nodus_plugin_t, init) == 40);
  CHECK(sizeof(nodus_plugin_t) >= 48);
}

TEST_CASE("abi: ABI 2 appends versions to nodus_plugin_t") {
  CHECK(offsetof(nodus_plugin_t, versions) == 48);
  CHECK(sizeof(nodus_plugin_t) == 56);
}

TEST_CASE("abi: nodus_module_t keeps its ABI 1 layout") {
  CHECK(offsetof(nodus_module_t, id) == 0);
  CHECK(offsetof(nodus_module_t, js_source) == 8);
  CHECK(offsetof(nodus_module_t, js_length) == 16);
  CHECK(sizeof(nodus_module_t) == 24);  // modules are an array: its stride is ABI
}

TEST_CASE("abi: version macros") {
  CHECK(NODUS_ABI_VERSION == 2);
  CHECK(NODUS_NAPI_VERSION == 9);
  // The entry symbol keeps its name across additive versions: ABI 2 plugins still
  // export nodus_plugin_v1 (the descriptor's abi_version says which fields exist).
  CHECK(std::string(NODUS_PLUGIN_SYMBOL) == "nodus_plugin_v1");
}
