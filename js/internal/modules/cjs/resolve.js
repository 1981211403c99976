'use strict';
// CommonJS resolution (node's require.resolve algorithm): builtins, relative and
// absolute paths with extension and directory-index guessing, package.json "main",
// node_modules lookup, package "exports" and "imports" (shared with the ES module
// resolver, as in node), self-reference by package name, and real paths for symlinks.
//
// install(Module) defines Module._findPath, _nodeModulePaths, _resolveLookupPaths,
// _resolveFilename and _initPaths. They call each other through `Module.`, so that
// tools which replace one of them (proxyquire, module-alias, ...) are honoured.

const path = require('path');
const fsBinding = internalBinding('fs');
const packageJson = require('internal/modules/cjs/package_json');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

// What require() matches in "exports"/"imports" conditions (node 20.19+: require() of a
// synchronous ES module is on, hence "module-sync").
const kConditions = ['require', 'node', 'module-sync', 'node-addons'];

// --- file system, cached ---

// stat results for the duration of one top-level require (node's rule: the cache is on
// while the outermost module body runs, so files created later are still seen). Only
// hits are cached: a file may appear between two lookups.
let statCache = null;
let statDepth = 0;
function enterStatCache() {
  if (statDepth++ === 0) statCache = new Map();
}
function leaveStatCache() {
  if (--statDepth === 0) statCache = null;
}

// 0 file, 1 directory, negative: missing.
function statUncached(filename) {
  if (statCache !== null) {
    const r = statCache.get(filename);
    if (r !== undefined) return r;
  }
  const r = fsBinding.internalModuleStat(filename);
  if (statCache !== null && r >= 0) statCache.set(filename, r);
  return r;
}

// Module._stat may be replaced (node allows it, experimentally): lookups go through it.
let statHook = statUncached;
function stat(filename) {
  return statHook(filename);
}

// --preserve-symlinks / --preserve-symlinks-main (or NODE_PRESERVE_SYMLINKS=1): required
// files keep the path they were found by instead of their real path.
function hasFlag(flag) {
  if (process.execArgv.includes(flag)) return true;
  const nodeOptions = process.env.NODE_OPTIONS;
  return typeof nodeOptions === 'string' && nodeOptions.split(/\s+/).includes(flag);
}
let preserveSymlinks;
let preserveSymlinksMain;
function preserving(isMain) {
  if (preserveSymlinks === undefined) {
    preserveSymlinks = hasFlag('--preserve-symlinks') || process.env.NODE_PRESERVE_SYMLINKS === '1';
    preserveSymlinksMain = hasFlag('--preserve-symlinks-main');
  }
  return isMain ? preserveSymlinksMain : preserveSymlinks;
}

// Real paths never change for a running program in node's model (it caches them too).
// A file that is not itself a link lives at its folder's real path: one lstat, and the
// folder's realpath is shared by all its files (realpath(3) reads every component).
const realpathCache = new Map();
function realpathOf(p) {
  let r = realpathCache.get(p);
  if (r === undefined) {
    try {
      r = fsBinding.realpath(p);
    } catch {
      r = p;
    }
    realpathCache.set(p, r);
  }
  return r;
}
function toRealPath(p) {
  let r = realpathCache.get(p);
  if (r !== undefined) return r;
  const slash = p.lastIndexOf('/');
  if (slash <= 0 || fsBinding.isSymlink(p)) return realpathOf(p);
  const dir = realpathOf(p.slice(0, slash));
  r = dir === '/' ? p.slice(slash) : dir + p.slice(slash);
  realpathCache.set(p, r);
  return r;
}

function tryFile(p, isMain) {
  if (stat(p) !== 0) return false;
  return preserving(isMain) ? path.resolve(p) : toRealPath(p);
}

function tryExtensions(base, exts, isMain) {
  for (let i = 0; i < exts.length; i++) {
    const f = tryFile(base + exts[i], isMain);
    if (f) return f;
  }
  return false;
}

// A directory: its package.json "main" (with the same guessing as a file), else index.
function tryPackage(dir, exts, isMain, originalRequest) {
  const pkg = packageJson.readInDir(dir);
  const main = pkg !== null ? pkg.main : undefined;
  if (!main) return tryExtensions(path.resolve(dir, 'index'), exts, isMain);
  const filename = path.resolve(dir, main);
  let found = tryFile(filename, isMain) || tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (found === false) {
    found = tryExtensions(path.resolve(dir, 'index'), exts, isMain);
    const jsonPath = path.resolve(dir, 'package.json');
    if (!found) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = jsonPath;
      err.requestPath = originalRequest;
      throw err;
    }
    process.emitWarning(`Invalid 'main' field in '${jsonPath}' of '${main}'. Please either ` +
      'fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
  }
  return found;
}

// --- exports / imports (the ES module resolver's algorithm, with require's conditions) ---

function esmResolve() {
  return require('internal/modules/esm/resolve');
}
function esmURL() {
  return require('internal/modules/esm/url');
}

// MODULE_NOT_FOUND for a file an "exports"/"imports" target names but that is missing.
function notFoundInPackage(request, jsonPath) {
  const err = new Error(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (jsonPath) err.path = jsonPath;
  return err;
}

// The file a resolved file: URL names, as a real path; throws when it is missing.
function finalize(url, jsonPath, parentPath) {
  const { fileURLToPath } = esmURL();
  if (/%2f|%5c/i.test(url)) {
    const { ERR_INVALID_MODULE_SPECIFIER } = require('internal/modules/esm/errors');
    throw new ERR_INVALID_MODULE_SPECIFIER(url,
      'must not include encoded "/" or "\\" characters', parentPath || undefined);
  }
  if (url.startsWith('node:')) return url.slice(5);
  const filename = fileURLToPath(url);
  const found = filename.endsWith('/') ? false : tryFile(filename);
  if (found) return found;
  throw notFoundInPackage(filename, jsonPath);
}

function exportsResolve(pkg, subpath, base) {
  const { pathToFileURL } = esmURL();
  try {
    const url = esmResolve().packageExportsResolve(pkg, subpath,
      base === null ? null : pathToFileURL(base), kConditions);
    return finalize(url, pkg.path, base);
  } catch (err) {
    if (err.code === 'ERR_MODULE_NOT_FOUND') throw notFoundInPackage(err.request || subpath, pkg.path);
    throw err;
  }
}

// "pkg" or "@scope/pkg" and what follows it, for requests that may name a package.
const kPackageRequest = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

// A package in `nmDir` (a node_modules folder) whose package.json has "exports".
function resolveExports(nmDir, request) {
  const m = kPackageRequest.exec(request);
  if (m === null) return undefined;
  const pkgDir = path.resolve(nmDir, m[1]);
  const pkg = packageJson.readInDir(pkgDir);
  if (pkg === null || pkg.exports === undefined || pkg.exports === null) return undefined;
  return exportsResolve(pkg, `.${m[2] || ''}`, null);
}

// A package requiring itself by its own name, through its "exports".
function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const pkg = packageJson.readScope(parentPath);
  if (pkg === null || pkg.exports === undefined || pkg.exports === null ||
      pkg.name === undefined) return false;
  let subpath;
  if (request === pkg.name) subpath = '.';
  else if (request.startsWith(`${pkg.name}/`)) subpath = `.${request.slice(pkg.name.length)}`;
  else return false;
  return exportsResolve(pkg, subpath, parentPath);
}

function resolveImports(request, parentPath) {
  const pkg = packageJson.readScope(parentPath);
  if (pkg === null || pkg.imports === undefined || pkg.imports === null) return false;
  const { pathToFileURL } = esmURL();
  try {
    const url = esmResolve().packageImportsResolve(request, pathToFileURL(parentPath), kConditions);
    return finalize(url, pkg.path, parentPath);
  } catch (err) {
    if (err.code === 'ERR_MODULE_NOT_FOUND') throw notFoundInPackage(request);
    throw err;
  }
}

// --- the Module functions ---

function cwdOrNull() {
  try {
    return `${process.cwd()}/`;
  } catch {
    return null; // the working directory was deleted
  }
}

function isRelativeRequest(request) {
  return request === '.' || request === '..' || request.startsWith('./') ||
    request.startsWith('../');
}

function install(Module) {
  Module._pathCache = { __proto__: null };
  Module.globalPaths = [];
  let modulePaths = [];

  // node_modules folders from `from` up to the root, skipping node_modules/node_modules.
  Module._nodeModulePaths = function(from) {
    from = path.resolve(from);
    if (from === '/') return ['/node_modules'];
    const paths = [];
    let end = from.length;
    for (let i = from.length - 1; i >= 0; i--) {
      if (from.charCodeAt(i) !== 47) continue;
      const segment = from.slice(i + 1, end);
      if (segment !== 'node_modules') paths.push(`${from.slice(0, end)}/node_modules`);
      end = i;
    }
    paths.push('/node_modules');
    return paths;
  };

  // NODE_PATH, then ~/.node_modules, ~/.node_libraries and <prefix>/lib/node.
  Module._initPaths = function() {
    const home = process.env.HOME;
    const nodePath = process.env.NODE_PATH;
    let paths = [path.resolve(process.execPath, '..', '..', 'lib', 'node')];
    if (home) paths.unshift(path.resolve(home, '.node_modules'), path.resolve(home, '.node_libraries'));
    if (nodePath) paths = nodePath.split(path.delimiter).filter(Boolean).concat(paths);
    modulePaths = paths;
    Module.globalPaths = paths.slice();
  };

  Object.defineProperty(Module, '_stat', {
    get() { return statHook; },
    set(fn) {
      statHook = fn;
      return true;
    },
    enumerable: true,
    configurable: true,
  });

  Module._findPath = function(request, paths, isMain) {
    const absolute = path.isAbsolute(request);
    if (absolute) {
      paths = [''];
    } else if (!paths || paths.length === 0) {
      return false;
    }
    const cacheKey = `${request}\x00${paths.length === 1 ? paths[0] : paths.join('\x00')}`;
    const cached = Module._pathCache[cacheKey];
    if (cached) return cached;

    let exts;
    const last = request.charCodeAt(request.length - 1);
    const trailingSlash = request.length > 0 && (last === 47 || request === '.' ||
      request === '..' || request.endsWith('/.') || request.endsWith('/..'));
    // "../x" may leave the lookup folder, so a missing folder does not rule it out.
    const insidePath = !(isRelativeRequest(request) && path.normalize(request).startsWith('..'));

    for (let i = 0; i < paths.length; i++) {
      const curPath = paths[i];
      if (insidePath && curPath && stat(curPath) < 1) continue;
      if (!absolute) {
        const viaExports = resolveExports(curPath, request);
        if (viaExports) return viaExports;
      }
      const basePath = path.resolve(curPath, request);
      let filename;
      const rc = stat(basePath);
      if (!trailingSlash) {
        if (rc === 0) filename = preserving(isMain) ? path.resolve(basePath) : toRealPath(basePath);
        if (!filename) {
          if (exts === undefined) exts = Object.keys(Module._extensions);
          filename = tryExtensions(basePath, exts, isMain);
        }
      }
      if (!filename && rc === 1) {
        if (exts === undefined) exts = Object.keys(Module._extensions);
        filename = tryPackage(basePath, exts, isMain, request);
      }
      if (filename) {
        Module._pathCache[cacheKey] = filename;
        return filename;
      }
    }
    return false;
  };

  Module._resolveLookupPaths = function(request, parent) {
    if (Module.isBuiltin(request)) return null;
    if (request.charCodeAt(0) !== 46 || (request.length > 1 &&
        request.charCodeAt(1) !== 46 && request.charCodeAt(1) !== 47)) {
      const paths = parent && parent.paths && parent.paths.length ?
        parent.paths.concat(modulePaths) : modulePaths;
      return paths.length > 0 ? paths : null;
    }
    if (!parent || !parent.id || !parent.filename) return ['.'];
    return [path.dirname(parent.filename)];
  };

  Module._resolveFilename = function(request, parent, isMain, options) {
    if (Module.isBuiltin(request)) return request;

    let paths;
    if (typeof options === 'object' && options !== null) {
      if (Array.isArray(options.paths)) {
        if (isRelativeRequest(request)) {
          paths = options.paths;
        } else {
          const fake = new Module('', null);
          paths = [];
          for (let i = 0; i < options.paths.length; i++) {
            fake.paths = Module._nodeModulePaths(options.paths[i]);
            const lookup = Module._resolveLookupPaths(request, fake) || [];
            for (let k = 0; k < lookup.length; k++) {
              if (!paths.includes(lookup[k])) paths.push(lookup[k]);
            }
          }
        }
      } else if (options.paths === undefined) {
        paths = Module._resolveLookupPaths(request, parent);
      } else {
        throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
      }
    } else {
      paths = Module._resolveLookupPaths(request, parent);
    }

    const parentPath = parent && (parent.filename ||
      (parent.id === '<repl>' || parent.id === 'internal/preload' ? cwdOrNull() : null));
    if (request[0] === '#' && parentPath) {
      const viaImports = resolveImports(request, parentPath);
      if (viaImports) return viaImports;
    }

    const self = trySelf(parentPath, request);
    if (self) {
      const key = `${request}\x00${paths && paths.length === 1 ? paths[0] : (paths || []).join('\x00')}`;
      Module._pathCache[key] = self;
      return self;
    }

    const filename = Module._findPath(request, paths, isMain);
    if (filename) return filename;

    const requireStack = [];
    for (let cursor = parent; cursor; cursor = moduleParent(cursor)) {
      requireStack.push(cursor.filename || cursor.id);
    }
    let message = `Cannot find module '${request}'`;
    if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
    const err = new Error(message);
    err.code = 'MODULE_NOT_FOUND';
    err.requireStack = requireStack;
    // 'fs' without the fs plugin: say which plugin is missing.
    throw require('internal/modules/plugin_hint').addPluginHint(err, request);
  };

  Module._initPaths();
}

// module.parent without the getter (a plain object may stand in for a module).
const kParent = Symbol.for('nodus.module.parent');
function moduleParent(m) {
  return kParent in m ? m[kParent] : m.parent;
}

module.exports = { install, enterStatCache, leaveStatCache, stat, toRealPath, kParent, kConditions };
