#include "plugins.h"

#include <dirent.h>
#include <dlfcn.h>
#include <uv.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>

#include "builtins.h"

namespace nodus::plugins {
namespace {

std::vector<Plugin> accepted;
std::map<std::string, size_t> id_owner;  // module id -> index in `accepted`

std::string ExeDir() {
  char buf[4096];
  size_t size = sizeof(buf);
  if (uv_exepath(buf, &size) != 0) return "";
  std::string path(buf, size);
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

std::vector<std::string> SharedObjects(const std::string& dir) {
  std::vector<std::string> out;
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) return out;
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name.size() > 3 && name.compare(name.size() - 3, 3, ".so") == 0)
      out.push_back(dir + "/" + name);
  }
  closedir(d);
  // Directory order is arbitrary: sort so that which of two clashing plugins wins does
  // not depend on the file system.
  std::sort(out.begin(), out.end());
  return out;
}

void Refuse(const std::string& path, const std::string& name, const std::string& reason) {
  if (name.empty())
    std::fprintf(stderr, "nodus: plugin %s: %s; skipped\n", path.c_str(), reason.c_str());
  else
    std::fprintf(stderr, "nodus: plugin '%s' (%s): %s; skipped\n", name.c_str(), path.c_str(),
                 reason.c_str());
}

void Load(const std::string& path) {
  // RTLD_NOW: a missing symbol is reported here, naming plugin and symbol, instead of
  // crashing later. RTLD_LOCAL: plugins do not see each other's symbols.
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* err = dlerror();
    Refuse(path, "", std::string("cannot be loaded: ") + (err ? err : "unknown dlopen error"));
    return;
  }
  auto entry = reinterpret_cast<nodus_plugin_v1_fn>(dlsym(handle, NODUS_PLUGIN_SYMBOL));
  if (entry == nullptr) {
    Refuse(path, "", "not a nodus plugin (no " NODUS_PLUGIN_SYMBOL " symbol)");
    dlclose(handle);
    return;
  }
  const nodus_plugin_t* d = entry();
  if (d == nullptr || d->name == nullptr) {
    Refuse(path, "", NODUS_PLUGIN_SYMBOL "() returned no descriptor");
    dlclose(handle);
    return;
  }
  std::string name = d->name;
  // Versions first: nothing else in a descriptor from a newer ABI may be read.
  if (d->abi_version > NODUS_ABI_VERSION || d->abi_version < 1) {
    Refuse(path, name, "built for plugin ABI " + std::to_string(d->abi_version) +
                           ", this nodus has ABI " + std::to_string(NODUS_ABI_VERSION));
    dlclose(handle);
    return;
  }
  if (d->napi_version > NODUS_NAPI_VERSION) {
    Refuse(path, name, "needs Node-API " + std::to_string(d->napi_version) +
                           ", this nodus has Node-API " + std::to_string(NODUS_NAPI_VERSION));
    dlclose(handle);
    return;
  }
  for (const Plugin& p : accepted) {
    if (name == p.descriptor->name) {
      // Same plugin in a later directory: the earlier one (e.g. --plugin-path) wins.
      dlclose(handle);
      return;
    }
  }
  if (d->init == nullptr || (d->module_count > 0 && d->modules == nullptr)) {
    Refuse(path, name, "descriptor has no init function or no module table");
    dlclose(handle);
    return;
  }
  for (size_t i = 0; i < d->module_count; i++) {
    const char* id = d->modules[i].id;
    if (id == nullptr || *id == '\0') {
      Refuse(path, name, "module " + std::to_string(i) + " has no id");
      dlclose(handle);
      return;
    }
    auto owner = id_owner.find(id);
    if (owner != id_owner.end()) {
      const Plugin& other = accepted[owner->second];
      Refuse(path, name, std::string("module '") + id + "' is already provided by plugin '" +
                             other.descriptor->name + "' (" + other.path + ")");
      dlclose(handle);
      return;
    }
    const builtins::Source* core = builtins::Find(id, std::strlen(id));
    if (core != nullptr) {
      Refuse(path, name, std::string("module '") + id + "' is a core module");
      dlclose(handle);
      return;
    }
  }
  for (size_t i = 0; i < d->module_count; i++) id_owner[d->modules[i].id] = accepted.size();
  accepted.push_back(Plugin{path, d});
}

}  // namespace

void Discover(const Options& options) {
  std::vector<std::string> dirs = options.plugin_paths;
  if (const char* env = std::getenv("NODUS_PLUGIN_PATH")) {
    std::string list = env;
    size_t start = 0;
    while (start <= list.size()) {
      size_t colon = list.find(':', start);
      if (colon == std::string::npos) colon = list.size();
      if (colon > start) dirs.push_back(list.substr(start, colon - start));
      start = colon + 1;
    }
  }
  dirs.push_back(ExeDir() + "/../lib/nodus/plugins");
  for (const std::string& dir : dirs) {
    // Resolved, so `nodus --plugins` and messages show plain paths.
    char* real = realpath(dir.c_str(), nullptr);
    if (real == nullptr) continue;
    std::string resolved = real;
    std::free(real);
    for (const std::string& path : SharedObjects(resolved)) Load(path);
  }
}

std::vector<Plugin>& All() { return accepted; }

void PrintList() {
  if (accepted.empty()) {
    std::printf("no plugins loaded\n");
    return;
  }
  for (const Plugin& p : accepted) {
    const nodus_plugin_t* d = p.descriptor;
    std::printf("%s %s (ABI %d, Node-API %d) %s\n", d->name, d->version ? d->version : "?",
                d->abi_version, d->napi_version, p.path.c_str());
    std::printf("  modules:");
    for (size_t i = 0; i < d->module_count; i++) std::printf(" %s", d->modules[i].id);
    std::printf("\n");
  }
}

}  // namespace nodus::plugins
