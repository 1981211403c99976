/* nodus plugin ABI, major version 1.
 *
 * A plugin is a shared library that nodus finds at start-up (see "Startup and plugin
 * discovery" in DESIGN.md) and that provides built-in modules: `require('x')` and
 * `require('node:x')` for each of its module ids. It exports exactly one symbol,
 * `nodus_plugin_v1`, a function returning a pointer to a constant descriptor. nodus
 * reads the descriptor and checks its versions before it calls any other plugin code; a
 * plugin built for a newer ABI or a newer Node-API than the running nodus is refused
 * with a message naming the plugin and both versions, and nodus runs on without it.
 *
 * Everything a plugin does at run time goes through Node-API (node_api.h) and libuv
 * (uv.h, the same shared library and loop nodus uses). Plugins never include V8 or
 * nodus internals. The few helpers Node-API lacks are the nodus_* functions below.
 *
 * Compatibility: within ABI major 1 nothing is removed and no struct shrinks. Versioned
 * structs carry their version first; fields added later are tagged @since and are only
 * read when the plugin's abi_version says they exist.
 *
 * Threads: every function here, like Node-API itself, may only be called on the loop
 * thread (the thread that called the plugin's init), unless it says otherwise.
 */
#ifndef NODUS_PLUGIN_H
#define NODUS_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#include <node_api.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The ABI this header describes. A plugin records the value it was built with; nodus
 * accepts plugins whose abi_version is at most its own.
 *   1: the descriptor up to `init`.
 *   2: adds `versions` (process.versions entries). */
#define NODUS_ABI_VERSION 2

/* nodus's own version, as in `process.versions.nodus`. */
#define NODUS_VERSION_MAJOR 0
#define NODUS_VERSION_MINOR 1
#define NODUS_VERSION_PATCH 0

/* The Node-API level the running nodus implements (also `process.versions.napi`). */
#define NODUS_NAPI_VERSION 9

#if defined(__GNUC__)
#define NODUS_EXPORT __attribute__((visibility("default")))
#else
#define NODUS_EXPORT
#endif

/* One module a plugin provides.
 *
 * `id` is what users require ("fs", "fs/promises"); ids starting with "internal/" are
 * only visible to other built-in modules (plugins' JS included). When `js_source` is NULL
 * the module's exports are the plugin's native binding itself (the object its init
 * built). Otherwise `js_source` (UTF-8, `js_length` bytes, not necessarily
 * NUL-terminated) is the module's code. It runs once, on first require, as the body of
 *   function (exports, require, module, process, internalBinding, binding)
 * where `require` loads built-in ids and `binding` is the plugin's native binding. Stack
 * frames show it as `node:<id>`. The strings must stay valid while the process runs
 * (static storage). */
typedef struct nodus_module_s {
  const char* id;
  const char* js_source;
  size_t js_length;
} nodus_module_t;

/* The descriptor a plugin returns from nodus_plugin_v1().
 *
 * Owned by the plugin, constant, valid for the life of the process. nodus copies
 * nothing out of it and never writes to it. */
typedef struct nodus_plugin_s {
  /* NODUS_ABI_VERSION when the plugin was built. Always the first field. */
  int abi_version;
  /* The Node-API version the plugin's init needs (NAPI_VERSION it was built with). Its
   * napi_env is created at this version. */
  int napi_version;
  /* Short name ("fs"), shown by `nodus --plugins` and in error messages. */
  const char* name;
  /* The plugin's own version ("1.0.0"). */
  const char* version;
  /* The modules it provides, `module_count` of them. Two plugins may not claim one id,
   * and no plugin may claim the id of a core built-in module: such a plugin is refused. */
  const nodus_module_t* modules;
  size_t module_count;
  /* Builds the native binding. Called once, lazily, on the loop thread, the first time
   * one of the plugin's modules is required; `exports` is a new empty object. Returns
   * the binding (usually `exports`) or NULL to mean `exports`. If it throws (leaves a
   * Node-API exception pending), the require that triggered it throws that error and
   * the next require calls init again. */
  napi_value (*init)(napi_env env, napi_value exports);
  /* @since ABI 2. What the plugin adds to `process.versions`, usually the versions of
   * the libraries it wraps, under node's names ("openssl", "zlib"): a NULL-terminated
   * array of name, value, name, value, ... strings, or NULL for nothing. Static storage.
   * Read once per runtime at start-up, before any plugin code runs; a name core or an
   * earlier plugin already set is kept as it was. */
  const char* const* versions;
} nodus_plugin_t;

/* The one symbol a plugin exports. Must not call into nodus: it only returns the
 * descriptor (nodus calls it before it decides to accept the plugin). */
typedef const nodus_plugin_t* (*nodus_plugin_v1_fn)(void);
#define NODUS_PLUGIN_SYMBOL "nodus_plugin_v1"

/* Writes nodus_plugin_v1() for a plugin built with the SDK's nodus_add_plugin(), which
 * generates the module table (`nodus__plugin_modules`, `nodus__plugin_module_count`)
 * from the plugin's JS files and binding ids.
 *
 *   NODUS_PLUGIN("fs", "1.0.0", nodus_fs_init)
 *
 * NODUS_PLUGIN_VERSIONS adds process.versions entries (see `versions` above); the last
 * argument is evaluated once, in the first call of nodus_plugin_v1():
 *
 *   static const char* const versions[] = {"zlib", ZLIB_VERSION, NULL};
 *   NODUS_PLUGIN_VERSIONS("zlib", "1.0.0", nodus_zlib_init, versions)
 */
#define NODUS_PLUGIN(name_, version_, init_) NODUS_PLUGIN_VERSIONS(name_, version_, init_, NULL)

#define NODUS_PLUGIN_VERSIONS(name_, version_, init_, versions_)                  \
  extern const nodus_module_t nodus__plugin_modules[];                             \
  extern const size_t nodus__plugin_module_count;                                  \
  NODUS_EXPORT const nodus_plugin_t* nodus_plugin_v1(void) {                       \
    /* Filled at first call: the module count lives in another translation unit. */ \
    static nodus_plugin_t descriptor;                                              \
    if (descriptor.abi_version != 0) return &descriptor;                           \
    descriptor.napi_version =                                                      \
        NAPI_VERSION > NODUS_NAPI_VERSION ? NODUS_NAPI_VERSION : NAPI_VERSION;     \
    descriptor.name = (name_);                                                     \
    descriptor.version = (version_);                                               \
    descriptor.modules = nodus__plugin_modules;                                    \
    descriptor.module_count = nodus__plugin_module_count;                          \
    descriptor.init = (init_);                                                     \
    descriptor.versions = (versions_);                                             \
    descriptor.abi_version = NODUS_ABI_VERSION;                                    \
    return &descriptor;                                                            \
  }

/* Versions of the running nodus, for plugins that adapt at run time.
 *
 * Writes nodus's version to `major`, `minor`, `patch` and the ABI version to
 * `abi_version` (any of them may be NULL). Always returns napi_ok. May be called from
 * any thread. */
NAPI_EXTERN napi_status nodus_get_version(int* major, int* minor, int* patch,
                                          int* abi_version);

/* Creates the error Node throws for a failed system call, from a libuv error code.
 *
 *   nodus_create_system_error(env, UV_ENOENT, "open", "x", NULL, &err)
 *   -> Error "ENOENT: no such file or directory, open 'x'"
 *      with errno = -2, code = 'ENOENT', syscall = 'open', path = 'x'
 *
 * `uv_err` is a negative libuv code. `syscall` is required; `path` and `dest` may be
 * NULL (then the message and the object omit them; with both, the message ends
 * "'path' -> 'dest'"). The strings are UTF-8 and copied. The error is returned through
 * `result`, not thrown: throw it with napi_throw, or pass it to a callback.
 * Returns napi_invalid_arg when env, syscall or result is NULL, napi_pending_exception
 * when an exception is already pending. */
NAPI_EXTERN napi_status nodus_create_system_error(napi_env env, int uv_err, const char* syscall,
                                                  const char* path, const char* dest,
                                                  napi_value* result);

#ifdef __cplusplus
}
#endif

#endif /* NODUS_PLUGIN_H */
