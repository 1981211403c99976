'use strict';
// CommonJS: Module, require, and node's resolution algorithm.

const path = require('path');
const fsBinding = internalBinding('fs');
const { compileFunction } = internalBinding('contextify');
const loaders = require('internal/bootstrap/loaders');
const { validateString } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_BUILTIN_MODULE } } = require('internal/errors');

const statCache = new Map();
function stat(filename) {
  let r = statCache.get(filename);
  if (r === undefined) {
    r = fsBinding.internalModuleStat(filename);
    statCache.set(filename, r);
  }
  return r;
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
  if (parent && parent.children) parent.children.push(this);
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module.builtinModules = loaders.builtinIds().filter((id) => !id.startsWith('internal/'));
Module.Module = Module;

const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  const bare = id.startsWith('node:') ? id.slice(5) : id;
  return loaders.canBeRequiredByUsers(bare);
}
Module.isBuiltin = isBuiltin;

function loadBuiltin(id) {
  const bare = id.startsWith('node:') ? id.slice(5) : id;
  if (!loaders.canBeRequiredByUsers(bare)) throw new ERR_UNKNOWN_BUILTIN_MODULE(id);
  return loaders.requireBuiltin(bare);
}

// --- resolution ---

Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/') || '';
    paths.push(`${dir}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
};

const packageJsonCache = new Map();
function readPackage(dir) {
  const file = path.join(dir, 'package.json');
  if (packageJsonCache.has(file)) return packageJsonCache.get(file);
  const text = fsBinding.readFileUtf8(file, true);
  let pkg = null;
  if (text !== undefined) {
    try {
      pkg = JSON.parse(text);
    } catch (e) {
      e.path = file;
      e.message = `Error parsing ${file}: ${e.message}`;
      throw e;
    }
  }
  packageJsonCache.set(file, pkg);
  return pkg;
}

function tryFile(p) {
  if (stat(p) !== 0) return false;
  return toRealPath(p);
}

function toRealPath(p) {
  try {
    return fsBinding.realpath(p);
  } catch {
    return p;
  }
}

function tryExtensions(p, exts) {
  for (const ext of exts) {
    const f = tryFile(p + ext);
    if (f) return f;
  }
  return false;
}

function tryPackage(requestPath, exts, originalPath) {
  const pkg = readPackage(requestPath);
  const main = pkg && typeof pkg.main === 'string' ? pkg.main : undefined;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename) || tryExtensions(filename, exts) ||
    tryExtensions(path.resolve(filename, 'index'), exts);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. Please verify that the package.json has a valid "main" entry`);
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
  }
  return actual;
}

Module._findPath = function _findPath(request, paths, isMain) {
  const absolute = path.isAbsolute(request);
  if (absolute) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const cacheKey = request + '\x00' + paths.join('\x00');
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;
  const exts = Object.keys(Module._extensions);
  const trailingSlash = request.length > 0 && (request.endsWith('/') ||
    request.endsWith('/.') || request.endsWith('/..') || request === '.' || request === '..');
  for (const curPath of paths) {
    if (curPath && stat(curPath) < 1) continue;
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = toRealPath(basePath);
      if (!filename) filename = tryExtensions(basePath, exts);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, exts, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (isBuiltin(request)) return null;
  if (request[0] !== '.' || (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    let paths = parent?.paths?.length ? parent.paths.concat(Module.globalPaths) : Module.globalPaths;
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (isBuiltin(request) && (request.startsWith('node:') || loaders.canBeRequiredByUsers(request))) {
    return request;
  }
  let paths;
  if (typeof options === 'object' && options !== null && Array.isArray(options.paths)) {
    paths = [];
    for (const p of options.paths) {
      const fake = new Module('', null);
      fake.paths = Module._nodeModulePaths(p);
      const lookup = Module._resolveLookupPaths(request, fake);
      for (const l of lookup || []) if (!paths.includes(l)) paths.push(l);
      if (request.startsWith('./') || request.startsWith('../')) paths.unshift(path.resolve(p));
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor.parent) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// --- loading ---

Module._load = function _load(request, parent, isMain) {
  if (request.startsWith('node:')) return loadBuiltin(request);
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached);
    return cached.exports;
  }
  if (isBuiltin(filename)) return loadBuiltin(filename);
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    Module._mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

function updateChildren(parent, child) {
  if (parent && parent.children && !parent.children.includes(child)) parent.children.push(child);
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  let ext = path.extname(filename);
  if (ext === '' || Module._extensions[ext] === undefined) ext = '.js';
  Module._extensions[ext](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

// `onCompileError(err)`, when given, may take a compile error (true: handled) — only the
// compile step is guarded, so that errors the module throws while running keep their
// throw site for the uncaught-exception report (a catch and rethrow would move it here).
Module.prototype._compile = function _compile(content, filename, onCompileError) {
  let fn;
  if (onCompileError === undefined) {
    fn = compileFunction(content, filename, wrapperParams);
  } else {
    try {
      fn = compileFunction(content, filename, wrapperParams);
    } catch (err) {
      if (onCompileError(err)) return undefined;
      throw err;
    }
  }
  const dirname = path.dirname(filename);
  const require = makeRequire(this);
  return fn.call(this.exports, this.exports, require, this, filename, dirname);
};

function makeRequire(mod) {
  const require = function require(id) { return mod.require(id); };
  require.resolve = function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  };
  require.resolve.paths = function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  };
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module._extensions['.js'] = function loadJs(module, filename) {
  const content = fsBinding.readFileUtf8(filename);
  // ESM (issue #8): require() of an ES module: .js under "type": "module", or a typeless
  // .js whose syntax is a module's (it fails to compile as CommonJS for that reason).
  const esm = require('internal/modules/esm/require');
  if (filename.endsWith('.mjs') || esm.isTypeModule(filename)) {
    return esm.loadESMFromCJS(module, filename);
  }
  module._compile(stripShebang(content), filename, (err) => {
    if (!esm.isModuleSyntaxError(err, filename, content)) return false;
    esm.loadESMFromCJS(module, filename);
    return true;
  });
};
Module._extensions['.json'] = function loadJson(module, filename) {
  const content = fsBinding.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};
Module._extensions['.node'] = function loadNative(module, filename) {
  return process.dlopen(module, path.toNamespacedPath(filename));
};

function stripShebang(content) {
  // V8 10.2 accepts "#!" only at the very start of a script; keep offsets by blanking it.
  if (content.charCodeAt(0) === 35 && content.charCodeAt(1) === 33) {
    const nl = content.indexOf('\n');
    return nl === -1 ? '' : ' '.repeat(nl) + content.slice(nl);
  }
  return content;
}

Module.createRequire = function createRequire(filename) {
  let p = filename;
  // ESM (issue #8): import.meta.url is the usual argument; the ESM loader's file URL
  // helpers work on strings and URL objects alike.
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    p = require('internal/modules/esm/url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    p = require('internal/modules/esm/url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  const trailing = p.endsWith('/');
  const proxyPath = trailing ? path.join(p, 'noop.js') : p;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequire(m);
};

// ESM (issue #8): module.register() installs module customization hooks.
Module.register = function register(specifier, parentURL, options) {
  return require('internal/modules/esm/hooks').register(specifier, parentURL, options);
};

Module._preloadModule = function _preloadModule(request) {
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  parent.filename = path.join(process.cwd(), '[preload]');
  Module._load(request, parent, false);
};

Module._checkSyntax = function _checkSyntax(file) {
  const filename = Module._resolveFilename(path.resolve(file), null, true);
  compileFunction(stripShebang(fsBinding.readFileUtf8(filename)), filename, wrapperParams);
};

Module.runMain = function runMain(main = process.argv[1]) {
  // ESM (issue #8): the entry may be an ES module; run_main decides which loader runs it.
  require('internal/modules/run_main').executeUserEntryPoint(main);
};

module.exports = Module;
