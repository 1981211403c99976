'use strict';
// The first JavaScript to run. Builds requireBuiltin() over the embedded js/ library,
// then sets up the process (internal/bootstrap/node) and leaves process._runMain for
// core to call. Called by core with (exports, undefined, module, process, internalBinding).

const { compile, ids, publicIds } = internalBinding('builtins');

const known = new Set(ids);
const userVisible = new Set(publicIds);
const cache = new Map();

// Modules that come from elsewhere than js/ (plugins): id -> function(exports, require,
// module, process, internalBinding) that fills module.exports.
const external = new Map();

function requireBuiltin(id) {
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  const mod = { id, exports: {}, loaded: false };
  const ext = external.get(id);
  if (ext === undefined && !known.has(id)) {
    const err = new Error(`No such built-in module: ${id}`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  cache.set(id, mod);
  try {
    const fn = ext !== undefined ? ext : compile(id);
    fn(mod.exports, requireBuiltin, mod, process, internalBinding);
  } catch (err) {
    cache.delete(id);
    throw err;
  }
  mod.loaded = true;
  return mod.exports;
}

// Whether `id` (without "node:") is a module users may require.
function canBeRequiredByUsers(id) {
  return userVisible.has(id) || (external.has(id) && !id.startsWith('internal/'));
}

function builtinIds() {
  return [...userVisible, ...[...external.keys()].filter((id) => !id.startsWith('internal/'))];
}

// Adds a module whose source is not in js/ (a plugin's embedded JS).
function registerExternal(id, fn) {
  external.set(id, fn);
  userVisible.add(id);
}

// Whether `id` names any built-in module, internal ones included (--expose-internals).
function exists(id) {
  return known.has(id) || external.has(id);
}

module.exports = { requireBuiltin, canBeRequiredByUsers, builtinIds, registerExternal, exists };
cache.set('internal/bootstrap/loaders', module);

requireBuiltin('internal/bootstrap/node');
process._runMain = requireBuiltin('internal/main/run').runMain;
