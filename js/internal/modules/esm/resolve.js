'use strict';
// Node's ES module resolution (the ESM_RESOLVE algorithm of node's docs): URLs and
// relative specifiers, bare specifiers through node_modules with package "exports" and
// "imports" and conditions, builtins, no extension guessing, no directory imports, and
// the module format of a resolved file. URLs are plain strings here.

const fsBinding = internalBinding('fs');
const loaders = require('internal/bootstrap/loaders');
const codes = require('internal/modules/esm/errors');
const { pathToFileURL, fileURLToPath, resolveURL, splitURL } = require('internal/modules/esm/url');
const { addPluginHint } = require('internal/modules/plugin_hint');
const packageJson = require('internal/modules/cjs/package_json');

const {
  ERR_MODULE_NOT_FOUND, ERR_UNSUPPORTED_DIR_IMPORT, ERR_UNSUPPORTED_ESM_URL_SCHEME,
  ERR_INVALID_MODULE_SPECIFIER, ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_INVALID_PACKAGE_TARGET,
  ERR_PACKAGE_IMPORT_NOT_DEFINED, ERR_INVALID_PACKAGE_CONFIG, ERR_UNKNOWN_FILE_EXTENSION,
  ERR_UNKNOWN_BUILTIN_MODULE,
} = codes;

// node 20.19+: 'module-sync' (a require()-able ES module) and 'node-addons' are default too.
const kDefaultConditions = ['node', 'import', 'module-sync', 'node-addons'];

// --- file system, cached for the life of the process like node's ---

const statCache = new Map();
function stat(path) {
  let r = statCache.get(path);
  if (r === undefined) {
    r = fsBinding.internalModuleStat(path); // 0 file, 1 directory, negative missing
    statCache.set(path, r);
  }
  return r;
}

// The parsed package.json at `path`, or null when there is none (the CommonJS loader's
// reader: own fields only, one cache for both loaders).
function readPackageJSON(path, base, specifier) {
  return packageJson.read(path, (err) => new ERR_INVALID_PACKAGE_CONFIG(path,
    (base ? `"${specifier}" from ` : '') + (base ? fileURLToPathSafe(base) : ''), err.message));
}

function fileURLToPathSafe(url) {
  try {
    return url.startsWith('file:') ? fileURLToPath(url) : url;
  } catch {
    return url;
  }
}

const scopeCache = new Map();
// The package.json governing the file at `path` (nearest one above it, not looking
// past a node_modules folder), or null.
function getPackageScope(path) {
  let dir = path.slice(0, path.lastIndexOf('/'));
  const seen = [];
  let result = null;
  for (;;) {
    const cached = scopeCache.get(dir);
    if (cached !== undefined) {
      result = cached;
      break;
    }
    seen.push(dir);
    const pkg = readPackageJSON(`${dir}/package.json`);
    if (pkg !== null) {
      result = pkg;
      break;
    }
    if (dir.endsWith('/node_modules') || dir === '') break;
    dir = dir.slice(0, dir.lastIndexOf('/'));
  }
  for (const d of seen) scopeCache.set(d, result);
  return result;
}

// --- package exports / imports ---

const kInvalidSegment = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;

function pkgDirOf(pkg) {
  return pkg.path.slice(0, -'package.json'.length);
}

function invalidTarget(pkg, key, target, isImports, base) {
  // node names a non-string target by its text ("42", JSON for objects).
  target = typeof target === 'object' && target !== null ? JSON.stringify(target) : `${target}`;
  return new ERR_INVALID_PACKAGE_TARGET(pkgDirOf(pkg), key, target, isImports,
    base && fileURLToPathSafe(base));
}

function resolveTargetString(pkg, target, subpath, key, base, pattern, internal, conditions) {
  if (!target.startsWith('./')) {
    if (internal && !target.startsWith('../') && !target.startsWith('/')) {
      if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(target)) {
        const spec = pattern ? target.replaceAll('*', subpath) : target + subpath;
        return packageResolve(spec, pathToFileURL(pkgDirOf(pkg)), conditions);
      }
    }
    throw invalidTarget(pkg, key, target, internal, base);
  }
  if (kInvalidSegment.test(target.slice(2))) throw invalidTarget(pkg, key, target, internal, base);
  const resolved = pathToFileURL(pkgDirOf(pkg)) + target.slice(2);
  if (subpath === '') return resolved;
  if (kInvalidSegment.test(subpath)) {
    const request = pattern ? key.replace('*', () => subpath) : key + subpath;
    throw new ERR_INVALID_MODULE_SPECIFIER(request,
      `request is not a valid match in pattern "${key}" for the "${internal ? 'imports' : 'exports'}" resolution of ${pkg.path}`,
      base && fileURLToPathSafe(base));
  }
  if (pattern) return resolved.replaceAll('*', subpath);
  return resolved + subpath;
}

function isArrayIndex(key) {
  const n = Number(key);
  return `${n}` === key && n >= 0 && n < 0xffffffff;
}

function resolveTarget(pkg, target, subpath, key, base, pattern, internal, conditions) {
  if (typeof target === 'string') {
    return resolveTargetString(pkg, target, subpath, key, base, pattern, internal, conditions);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const t of target) {
      let r;
      try {
        r = resolveTarget(pkg, t, subpath, key, base, pattern, internal, conditions);
      } catch (e) {
        lastError = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (r === undefined) continue;
      if (r === null) {
        lastError = null;
        continue;
      }
      return r;
    }
    if (lastError === undefined || lastError === null) return lastError;
    throw lastError;
  }
  if (typeof target === 'object' && target !== null) {
    for (const k of Object.getOwnPropertyNames(target)) {
      if (isArrayIndex(k)) {
        throw new ERR_INVALID_PACKAGE_CONFIG(pkg.path, base && fileURLToPathSafe(base),
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (const k of Object.getOwnPropertyNames(target)) {
      if (k === 'default' || conditions.includes(k)) {
        const r = resolveTarget(pkg, target[k], subpath, key, base, pattern, internal, conditions);
        if (r === undefined) continue;
        return r;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(pkg, key, target, internal, base);
}

function isConditionalSugar(exports, pkg, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  let isSugar;
  let i = 0;
  for (const key of Object.getOwnPropertyNames(exports)) {
    const cur = key === '' || key[0] !== '.';
    if (i++ === 0) {
      isSugar = cur;
    } else if (isSugar !== cur) {
      throw new ERR_INVALID_PACKAGE_CONFIG(pkg.path, base && fileURLToPathSafe(base),
        '"exports" cannot contain some keys starting with \'.\' and some not. The exports ' +
        'object must either be an object of package subpath keys or an object of main ' +
        'entry condition name keys only.');
    }
  }
  return isSugar;
}

// node's PATTERN_KEY_COMPARE: longer prefix before the "*" first, then longer key.
function patternKeyCompare(a, b) {
  const ai = a.indexOf('*');
  const bi = b.indexOf('*');
  const al = ai === -1 ? a.length : ai + 1;
  const bl = bi === -1 ? b.length : bi + 1;
  if (al > bl) return -1;
  if (bl > al) return 1;
  if (ai === -1) return 1;
  if (bi === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Matches `name` against the keys of an exports/imports map: [key, subpath, pattern].
function matchKey(map, name) {
  if (Object.prototype.hasOwnProperty.call(map, name) && !name.includes('*')) {
    return [name, '', false];
  }
  let best = '';
  let bestSub;
  for (const key of Object.getOwnPropertyNames(map)) {
    const star = key.indexOf('*');
    if (star === -1 || key.indexOf('*', star + 1) !== -1) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (!name.startsWith(prefix) || name === prefix) continue;
    if (suffix.length > 0 && (!name.endsWith(suffix) || name.length < key.length)) continue;
    if (patternKeyCompare(best, key) === 1) {
      best = key;
      bestSub = name.slice(star, name.length - suffix.length);
    }
  }
  if (best) return [best, bestSub, true];
  return null;
}

function packageExportsResolve(pkg, subpath, base, conditions) {
  let exports = pkg.exports;
  if (isConditionalSugar(exports, pkg, base)) exports = { '.': exports };
  const m = matchKey(exports, subpath);
  if (m !== null) {
    const r = resolveTarget(pkg, exports[m[0]], m[1], m[0], base, m[2], false, conditions);
    if (r != null) return r;
  }
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDirOf(pkg), subpath, base && fileURLToPathSafe(base));
}

function packageImportsResolve(name, base, conditions) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name',
      fileURLToPathSafe(base));
  }
  let pkg = null;
  if (base.startsWith('file:')) {
    pkg = getPackageScope(fileURLToPath(base));
    if (pkg !== null && pkg.imports !== null && typeof pkg.imports === 'object') {
      const m = matchKey(pkg.imports, name);
      if (m !== null) {
        const r = resolveTarget(pkg, pkg.imports[m[0]], m[1], m[0], base, m[2], true, conditions);
        if (r != null) return r;
      }
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, pkg && pkgDirOf(pkg), fileURLToPathSafe(base));
}

// "main" of a package without "exports", with CommonJS-style guessing (node keeps that
// for compatibility, with a deprecation warning we do not print).
function legacyMainResolve(pkgDir, pkg, base) {
  const tries = [];
  if (pkg && pkg.main) {
    const m = `${pkgDir}/${pkg.main}`;
    tries.push(m, `${m}.js`, `${m}.json`, `${m}.node`, `${m}/index.js`, `${m}/index.json`,
      `${m}/index.node`);
  }
  tries.push(`${pkgDir}/index.js`, `${pkgDir}/index.json`, `${pkgDir}/index.node`);
  for (const t of tries) {
    if (stat(normalizePath(t)) === 0) return pathToFileURL(normalizePath(t));
  }
  throw new ERR_MODULE_NOT_FOUND(`${pkgDir}/`, fileURLToPathSafe(base), 'package');
}

function normalizePath(p) {
  return require('path').normalize(p);
}

function parsePackageName(specifier, base) {
  let sep = specifier.indexOf('/');
  let valid = true;
  let isScoped = false;
  if (specifier[0] === '@') {
    isScoped = true;
    if (sep === -1 || specifier.length === 0) valid = false;
    else sep = specifier.indexOf('/', sep + 1);
  }
  const name = sep === -1 ? specifier : specifier.slice(0, sep);
  if (name.startsWith('.') || name.includes('\\') || name.includes('%')) valid = false;
  if (!valid) {
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name',
      fileURLToPathSafe(base));
  }
  return { name, subpath: `.${sep === -1 ? '' : specifier.slice(sep)}`, isScoped };
}

function packageResolve(specifier, base, conditions) {
  if (loaders.canBeRequiredByUsers(specifier)) return `node:${specifier}`;
  const { name, subpath } = parsePackageName(specifier, base);
  const basePath = base.startsWith('file:') ? fileURLToPath(base) : `${process.cwd()}/`;
  // A package may import itself by name through its own "exports".
  const self = getPackageScope(basePath);
  if (self !== null && self.name === name && self.exports !== undefined && self.exports !== null) {
    return packageExportsResolve(self, subpath, base, conditions);
  }
  let dir = basePath.slice(0, basePath.lastIndexOf('/'));
  for (;;) {
    if (!dir.endsWith('/node_modules')) {
      const pkgDir = `${dir}/node_modules/${name}`;
      if (stat(pkgDir) === 1) {
        const pkg = readPackageJSON(`${pkgDir}/package.json`, base, specifier);
        if (pkg !== null && pkg.exports !== undefined && pkg.exports !== null) {
          return packageExportsResolve(pkg, subpath, base, conditions);
        }
        if (subpath === '.') return legacyMainResolve(pkgDir, pkg, base);
        return resolveURL(subpath.slice(2), pathToFileURL(`${pkgDir}/`));
      }
    }
    if (dir === '') break;
    dir = dir.slice(0, dir.lastIndexOf('/'));
  }
  throw new ERR_MODULE_NOT_FOUND(name, fileURLToPathSafe(base), 'package');
}

function isRelative(specifier) {
  return specifier[0] === '/' || specifier.startsWith('./') || specifier.startsWith('../') ||
    specifier === '.' || specifier === '..';
}

// An own data property, so that no accessor on Error.prototype or Object.prototype
// runs (node's errors carry `url` this way).
function setURL(err, url) {
  Object.defineProperty(err, 'url', { value: url, writable: true, enumerable: true, configurable: true });
}

// The file a file: URL names, checked: no encoded separators, not a directory, exists.
// Returns the URL of its real path (query and hash kept).
function finalizeResolution(url, base) {
  const { head, search, hash } = splitURL(url);
  if (/%2f|%5c/i.test(head)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(head.slice(7),
      'must not include encoded "/" or "\\" characters', fileURLToPathSafe(base));
  }
  let path = fileURLToPath(head);
  const rc = stat(path.endsWith('/') ? path.slice(0, -1) : path);
  if (rc === 1) {
    const err = new ERR_UNSUPPORTED_DIR_IMPORT(path, fileURLToPathSafe(base));
    setURL(err, url);
    throw err;
  }
  if (rc !== 0) {
    const err = new ERR_MODULE_NOT_FOUND(path, base && fileURLToPathSafe(base));
    setURL(err, url);
    throw err;
  }
  try {
    path = fsBinding.realpath(path);
  } catch {
    // keep the path as given
  }
  return pathToFileURL(path) + search + hash;
}

// ESM_RESOLVE: specifier + parent URL -> URL string ("file:", "node:" or "data:").
function resolve(specifier, parentURL, conditions = kDefaultConditions) {
  let url;
  if (specifier.startsWith('node:')) {
    const id = specifier.slice(5);
    if (!loaders.canBeRequiredByUsers(id)) {
      throw addPluginHint(new ERR_UNKNOWN_BUILTIN_MODULE(specifier), specifier);
    }
    return specifier;
  }
  if (isRelative(specifier)) {
    url = resolveURL(specifier, parentURL.startsWith('file:') ? parentURL : `${pathToFileURL(process.cwd())}/`);
  } else if (specifier[0] === '#') {
    url = packageImportsResolve(specifier, parentURL, conditions);
  } else if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier)) {
    url = resolveURL(specifier, parentURL);
  } else {
    try {
      url = packageResolve(specifier, parentURL, conditions);
    } catch (err) {
      // 'fs' without the fs plugin: say which plugin is missing.
      throw err?.code === 'ERR_MODULE_NOT_FOUND' ? addPluginHint(err, specifier) : err;
    }
  }
  const colon = url.indexOf(':');
  const protocol = url.slice(0, colon + 1);
  if (protocol === 'file:') return finalizeResolution(url, parentURL);
  if (protocol === 'node:') {
    if (!loaders.canBeRequiredByUsers(url.slice(5))) throw new ERR_UNKNOWN_BUILTIN_MODULE(url);
    return url;
  }
  if (protocol === 'data:') return url;
  throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(protocol);
}

// The "Did you mean to import ...?" hint node adds when CommonJS rules would have found
// the file: an extension or an index file the ES resolver does not guess.
function commonJSHint(specifier, parentURL) {
  if (!parentURL.startsWith('file:') || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier)) return '';
  try {
    const Module = require('internal/modules/cjs/loader');
    const parentPath = fileURLToPath(parentURL);
    // The specifier as CommonJS would take it: a path, not a URL (no decoding).
    const decoded = specifier;
    const fake = { id: parentPath, filename: parentPath, paths: Module._nodeModulePaths(parentPath.slice(0, parentPath.lastIndexOf('/'))) };
    const found = Module._resolveFilename(decoded, fake, false);
    if (!found.startsWith('/')) return '';
    const parentDir = parentPath.slice(0, parentPath.lastIndexOf('/'));
    let suggestion;
    if (isRelative(specifier)) {
      let rel = require('path').relative(parentDir, found);
      if (!rel.startsWith('.')) rel = `./${rel}`;
      suggestion = encodePath(rel);
    } else {
      const at = found.lastIndexOf('/node_modules/');
      const inPackage = at === -1 ? '' : found.slice(at + 14);
      // A package subpath reads as "pkg/sub"; a lone file in node_modules as its URL.
      suggestion = inPackage.includes('/') ? encodePath(inPackage) : pathToFileURL(found);
    }
    return `\nDid you mean to import "${suggestion}"?`;
  } catch {
    return '';
  }
}

function encodePath(p) {
  return require('internal/modules/esm/url').encodePathChars(p, false).replaceAll('%2F', '/');
}

// --- module format ---

const kExtensionFormats = { __proto__: null, '.mjs': 'module', '.cjs': 'commonjs', '.json': 'json' };

// The format of a resolved URL: 'module', 'commonjs', 'json', 'builtin', or
// 'commonjs-or-module' (a .js/extensionless file with no "type": decided by its syntax).
function getFormat(url) {
  if (url.startsWith('node:')) return 'builtin';
  if (url.startsWith('data:')) {
    const m = /^data:([^,;]*)/.exec(url);
    const mime = m ? m[1] : '';
    if (mime === 'text/javascript') return 'module';
    if (mime === 'application/json') return 'json';
    return null;
  }
  const path = fileURLToPath(url);
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  const ext = dot > slash + 1 ? path.slice(dot) : '';
  const known = kExtensionFormats[ext];
  if (known !== undefined) return known;
  const scope = getPackageScope(path);
  const type = scope === null ? 'none' : scope.type;
  if (ext === '.js' || ext === '') {
    if (type === 'module') return 'module';
    if (type === 'commonjs') return 'commonjs';
    return 'commonjs-or-module';
  }
  // import of any other extension is refused, whatever the package type (node 20; only
  // require() and a CommonJS entry take them, through the CommonJS loader).
  if (ext === '.node' || ext === '.wasm') return null;
  throw new ERR_UNKNOWN_FILE_EXTENSION(ext, path);
}

module.exports = {
  resolve, getFormat, getPackageScope, packageExportsResolve, packageImportsResolve,
  commonJSHint, readPackageJSON, kDefaultConditions,
};
