'use strict';
// CommonJS: the Module class, require(), loading and compiling, the module cache, and
// the `module` builtin's API. Resolution lives in cjs/resolve.js, package.json reading
// in cjs/package_json.js.
//
// Everything tools patch is looked up at the moment it is used, as node does:
// Module._load, Module._resolveFilename, Module._findPath, Module._extensions[ext],
// Module.prototype._compile / load / require, Module.wrap / Module.wrapper.
// Those that show in stacks are anonymous function expressions on purpose: V8 then names
// their frames after the property ("Module._load", "Module._extensions..js"), as node's.

const path = require('path');
const fsBinding = internalBinding('fs');
const { compileFunction, runInThisContext } = internalBinding('contextify');
const { types: { isProxy } } = internalBinding('util');
const loaders = require('internal/bootstrap/loaders');
const { validateString } = require('internal/validators');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_BUILTIN_MODULE },
} = require('internal/errors');
const resolve = require('internal/modules/cjs/resolve');
const packageJson = require('internal/modules/cjs/package_json');

const { kParent } = resolve;
const kIsMain = Symbol('kIsMainSymbol');
const kIsCachedByESMLoader = Symbol('kIsCachedByESMLoader');
const kIsExecuting = Symbol('kIsExecuting');

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  // Defined, not assigned: a setter named "exports" on Object.prototype must not run.
  Object.defineProperty(this, 'exports', { value: {}, writable: true, enumerable: true,
    configurable: true });
  // Kept out of sight (node hides it too): printing a module must not print its parents.
  Object.defineProperty(this, kParent, { value: parent, writable: true, configurable: true });
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

// DEP0144, only under --pending-deprecation (or NODE_PENDING_DEPRECATION=1), once.
let parentWarned = false;
function warnParent() {
  if (parentWarned) return;
  const pending = internalBinding('process').options.pendingDeprecation ||
    process.env.NODE_PENDING_DEPRECATION === '1';
  if (!pending) return;
  parentWarned = true;
  process.emitWarning('module.parent is deprecated due to accuracy issues. Please use ' +
    'require.main to find program entry point instead.', 'DeprecationWarning', 'DEP0144');
}

Object.defineProperty(Module.prototype, 'parent', {
  get() {
    warnParent();
    return this[kParent];
  },
  set(value) {
    warnParent();
    this[kParent] = value;
  },
  configurable: true,
  enumerable: false,
});

let preloading = false;
Object.defineProperty(Module.prototype, 'isPreloading', {
  get() { return preloading; },
  configurable: true,
  enumerable: false,
});

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (Array.isArray(children) && !(scan && children.includes(child))) children.push(child);
}

Module._cache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.Module = Module;
resolve.install(Module);

// --- builtins ---

// Builtins that exist only with the "node:" scheme (node 20: node:test and friends).
const kSchemeOnly = new Set(['test', 'test/reporters', 'sea', 'sqlite']);

// --expose-internals (either spelling; command line only, as in node).
const exposeInternals = process.execArgv.some(
  (a) => a === '--expose-internals' || a === '--expose_internals');

// Whether users may require `id` (bare, without "node:"); internal/ ids never, even when
// a plugin registers them, unless node's own tests ask with --expose-internals.
function isPublicBuiltin(id) {
  if (id.startsWith('internal/')) return exposeInternals && loaders.exists(id);
  return loaders.canBeRequiredByUsers(id);
}

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  if (id.startsWith('node:')) return isPublicBuiltin(id.slice(5));
  return !kSchemeOnly.has(id) && isPublicBuiltin(id);
}
Module.isBuiltin = isBuiltin;

// One array, as node's (programs compare and cache it), rebuilt only if a plugin adds ids.
let builtinList = null;
let builtinCount = -1;
Object.defineProperty(Module, 'builtinModules', {
  get() {
    const all = loaders.builtinIds();
    if (builtinList === null || all.length !== builtinCount) {
      builtinCount = all.length;
      builtinList = Array.from(new Set(all))
        .filter((id) => !kSchemeOnly.has(id) && isPublicBuiltin(id)).sort();
    }
    return builtinList;
  },
  enumerable: true,
  configurable: true,
});

function loadBuiltin(request) {
  const bare = request.startsWith('node:') ? request.slice(5) : request;
  if (!isPublicBuiltin(bare)) {
    throw require('internal/modules/plugin_hint').addPluginHint(
      new ERR_UNKNOWN_BUILTIN_MODULE(request), request);
  }
  return loaders.requireBuiltin(bare);
}

// --- wrapper ---

// Once a program replaces either, sources are compiled through Module.wrap (node's rule).
let wrapPatched = false;

const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];
// Writes into the array count as patching too (`Module.wrapper[0] += ...`).
let wrapper = new Proxy(['(function (exports, require, module, __filename, __dirname) { ', '\n});'], {
  set(target, prop, value, receiver) {
    wrapPatched = true;
    return Reflect.set(target, prop, value, receiver);
  },
  defineProperty(target, prop, desc) {
    wrapPatched = true;
    return Reflect.defineProperty(target, prop, desc);
  },
});
let wrap = function wrap(script) { return Module.wrapper[0] + script + Module.wrapper[1]; };
Object.defineProperty(Module, 'wrap', {
  get() { return wrap; },
  set(value) { wrapPatched = true; wrap = value; },
  enumerable: true,
  configurable: true,
});
Object.defineProperty(Module, 'wrapper', {
  get() { return wrapper; },
  set(value) { wrapPatched = true; wrapper = value; },
  enumerable: true,
  configurable: true,
});

// --- circular requires ---

// Exports of a module still loading, seen through a cycle, warn when a property that is
// not there (yet) is read: the usual symptom of a cycle that went wrong.
const circularWarningProto = new Proxy({}, {
  get(target, prop, receiver) {
    if (prop in Object.prototype || prop === '__esModule') {
      return Reflect.get(Object.prototype, prop, receiver);
    }
    emitCircularWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Reflect.getOwnPropertyDescriptor(target, prop);
    }
    emitCircularWarning(prop);
    return undefined;
  },
});

function emitCircularWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports ` +
    'inside circular dependency');
}

function exportsForCircularRequire(module) {
  const exports = module.exports;
  if (exports && typeof exports === 'object' && !isProxy(exports) &&
      Object.getPrototypeOf(exports) === Object.prototype && !exports.__esModule) {
    Object.setPrototypeOf(exports, circularWarningProto);
  }
  return exports;
}

// --- loading ---

// parent.path + request -> filename, so a module requiring the same thing twice (or
// many modules in one folder requiring it) skips resolution.
const relativeResolveCache = { __proto__: null };

Module._load = function(request, parent, isMain) {
  let relKey;
  if (parent) {
    relKey = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relKey];
    if (filename !== undefined) {
      const cached = Module._cache[filename];
      if (cached !== undefined) {
        updateChildren(parent, cached, true);
        return cached.loaded ? cached.exports : exportsForCircularRequire(cached);
      }
      delete relativeResolveCache[relKey];
    }
  }

  if (request.startsWith('node:')) return loadBuiltin(request);

  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached, true);
    return cached.loaded ? cached.exports : exportsForCircularRequire(cached);
  }
  if (isBuiltin(filename)) return loadBuiltin(filename);

  const module = new Module(filename, parent);
  module[kIsMain] = !!isMain;
  module[kIsCachedByESMLoader] = false;
  if (isMain) {
    process.mainModule = module;
    Module._mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  if (parent !== undefined && parent !== null) relativeResolveCache[relKey] = filename;

  let threw = true;
  module[kIsExecuting] = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    module[kIsExecuting] = false;
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined && parent !== null) {
        delete relativeResolveCache[relKey];
        const children = parent.children;
        if (Array.isArray(children)) {
          const i = children.indexOf(module);
          if (i !== -1) children.splice(i, 1);
        }
      }
    } else if (module.exports && typeof module.exports === 'object' &&
               !isProxy(module.exports) &&
               Object.getPrototypeOf(module.exports) === circularWarningProto) {
      Object.setPrototypeOf(module.exports, Object.prototype);
    }
  }
  return module.exports;
};

// The longest registered extension of the file name ("x.test.js" may use ".test.js").
function findExtension(filename) {
  const base = path.basename(filename);
  let dot = base.indexOf('.', 1); // a leading dot is a hidden file, not an extension
  while (dot !== -1) {
    const ext = base.slice(dot);
    if (Module._extensions[ext] !== undefined) return ext;
    dot = base.indexOf('.', dot + 1);
  }
  return '.js';
}

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  Module._extensions[findExtension(filename)](this, filename);
  this.loaded = true;
};

Module.prototype.require = function(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

// node prints a syntax error of a required file with its "file:line / source / caret"
// header in err.stack (and then not again when it is uncaught).
function decorate(err) {
  if (err !== null && typeof err === 'object') fsBinding.decorateErrorStack(err);
}

function wrapSafe(filename, content) {
  if (wrapPatched) {
    return runInThisContext(Module.wrap(content), filename);
  }
  return compileFunction(content, filename, wrapperParams);
}

// `onCompileError(err)`, when given, may take a compile error (true: handled) — only the
// compile step is guarded, so that errors the module throws while running keep their
// throw site for the uncaught-exception report (a catch and rethrow would move it here).
Module.prototype._compile = function(content, filename, onCompileError) {
  let fn;
  try {
    fn = wrapSafe(filename, content);
  } catch (err) {
    if (typeof onCompileError === 'function' && onCompileError(err)) return undefined;
    decorate(err);
    throw err;
  }
  const dirname = path.dirname(filename);
  const require = makeRequire(this);
  const exports = this.exports;
  // Inlined rather than a helper taking a closure: every module body runs from here, and
  // node's stacks show _compile right below the module's own frame.
  resolve.enterStatCache();
  try {
    return Reflect.apply(fn, exports, [exports, require, this, filename, dirname]);
  } finally {
    resolve.leaveStatCache();
  }
};

function makeRequire(mod) {
  const require = function require(id) { return mod.require(id); };
  function resolveRequest(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolveRequest;
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolveRequest.paths = paths;
  Object.defineProperty(require, 'main', { value: process.mainModule, writable: true,
    enumerable: true, configurable: true });
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

// --no-experimental-require-module: node before 20.19, require() of ES modules refused.
let requireModuleOff;
function requireModuleDisabled() {
  if (requireModuleOff === undefined) {
    const flag = '--no-experimental-require-module';
    const nodeOptions = process.env.NODE_OPTIONS;
    requireModuleOff = process.execArgv.includes(flag) ||
      (typeof nodeOptions === 'string' && nodeOptions.split(/\s+/).includes(flag));
  }
  return requireModuleOff;
}

function requireESMError(module, filename) {
  const parent = module[kParent];
  const parentPath = parent && (parent.filename || parent.id);
  let message = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} ` +
    'not supported.\nInstead change the require of ';
  message += filename.endsWith('.mjs') ? filename :
    `${path.basename(filename)}${parentPath ? ` in ${parentPath}` : ''}`;
  message += ' to a dynamic import() which is available in all CommonJS modules.';
  const err = new Error(message);
  err.code = 'ERR_REQUIRE_ESM';
  return err;
}

// A .js or extensionless file under "type": "module".
function isTypeModule(filename) {
  const base = path.basename(filename);
  if (!base.endsWith('.js') && base.lastIndexOf('.') > 0) return false;
  const scope = packageJson.readScope(filename);
  return scope !== null && scope.type === 'module';
}

function stripShebang(content) {
  // V8 10.2 accepts "#!" only at the very start of a script; keep offsets by blanking it.
  if (content.charCodeAt(0) === 35 && content.charCodeAt(1) === 33) {
    const nl = content.indexOf('\n');
    return nl === -1 ? '' : ' '.repeat(nl) + content.slice(nl);
  }
  return content;
}

Module._extensions['.js'] = function(module, filename) {
  const content = fsBinding.readFileUtf8(filename);
  // ESM (issue #8): require() of an ES module: .js under "type": "module", or a typeless
  // .js whose syntax is a module's (it fails to compile as CommonJS for that reason).
  // The ES module side is loaded only when one of those cases arises.
  if (filename.endsWith('.mjs') || isTypeModule(filename)) {
    if (requireModuleDisabled()) throw requireESMError(module, filename);
    return require('internal/modules/esm/require').loadESMFromCJS(module, filename);
  }
  module._compile(stripShebang(content), filename, (err) => {
    const esm = require('internal/modules/esm/require');
    if (!esm.isModuleSyntaxError(err, filename, content)) return false;
    esm.loadESMFromCJS(module, filename);
    return true;
  });
};

// Called without a receiver, so a parse error's stack shows "at parse", as node's does.
const JSONParse = JSON.parse;

Module._extensions['.json'] = function(module, filename) {
  const content = fsBinding.readFileUtf8(filename);
  try {
    module.exports = JSONParse(content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  return process.dlopen(module, path.toNamespacedPath(filename));
};

// --- the `module` builtin's other functions ---

Module.createRequire = function createRequire(filename) {
  let p;
  // ESM (issue #8): import.meta.url is the usual argument; the ESM loader's file URL
  // helpers work on strings and URL objects alike.
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string' &&
      filename.protocol === 'file:') {
    p = require('internal/modules/esm/url').fileURLToPath(filename.href);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    p = require('internal/modules/esm/url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && path.isAbsolute(filename)) {
    p = filename;
  } else {
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  // A directory (trailing slash) stands for a file inside it.
  const proxyPath = p.endsWith('/') ? path.join(p, 'noop.js') : p;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequire(m);
};

// ESM (issue #8): module.register() installs module customization hooks.
Module.register = function register(specifier, parentURL, options) {
  return require('internal/modules/esm/hooks').register(specifier, parentURL, options);
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  // Builtins' ES module facades read the CommonJS exports when imported; nothing to sync.
};

Module.findSourceMap = function findSourceMap() {
  return undefined;
};

Module._preloadModule = function _preloadModule(request) {
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (err) {
    // A deleted working directory still lets -r load absolute paths.
    if (err.code !== 'ENOENT') throw err;
  }
  preloading = true;
  try {
    Module._load(request, parent, false);
  } finally {
    preloading = false;
  }
};

Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  for (const request of requests) Module._preloadModule(request);
};

Module._checkSyntax = function _checkSyntax(file) {
  const filename = Module._resolveFilename(path.resolve(file), null, true);
  try {
    compileFunction(stripShebang(fsBinding.readFileUtf8(filename)), filename, wrapperParams);
  } catch (err) {
    decorate(err);
    throw err;
  }
};

Module.runMain = function runMain(main = process.argv[1]) {
  // ESM (issue #8): the entry may be an ES module; run_main decides which loader runs it.
  require('internal/modules/run_main').executeUserEntryPoint(main);
};

module.exports = Module;
