'use strict';
// package.json as the CommonJS loader sees it: read once per path for the life of the
// process (node does the same; packages do not change under a running program), reduced
// to the fields resolution uses. The record has the shape the ES module resolver's
// packageExportsResolve/packageImportsResolve take, so both loaders share that code.

const fsBinding = internalBinding('fs');

const cache = new Map();

// The package.json at `jsonPath` (a file path), or null when there is none. A file that
// is not JSON throws node's "Error parsing <path>: <reason>" with err.path set, or what
// `badJSON(err)` returns when given (the ES module resolver's ERR_INVALID_PACKAGE_CONFIG).
// Both loaders share this reader and its cache.
function read(jsonPath, badJSON) {
  let pkg = cache.get(jsonPath);
  if (pkg !== undefined) return pkg;
  const text = fsBinding.readFileUtf8(jsonPath, true);
  pkg = null;
  if (text !== undefined) {
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      if (badJSON !== undefined) throw badJSON(err);
      err.path = jsonPath;
      err.message = `Error parsing ${jsonPath}: ${err.message}`;
      throw err;
    }
    // Own fields only: a program may have put getters of these names on Object.prototype.
    const field = (key) => (parsed !== null && typeof parsed === 'object' &&
      Object.prototype.hasOwnProperty.call(parsed, key) ? parsed[key] : undefined);
    const name = field('name');
    const main = field('main');
    const type = field('type');
    pkg = {
      path: jsonPath,
      exists: true,
      name: typeof name === 'string' ? name : undefined,
      main: typeof main === 'string' ? main : undefined,
      exports: field('exports'),
      imports: field('imports'),
      type: type === 'module' || type === 'commonjs' ? type : 'none',
    };
  }
  cache.set(jsonPath, pkg);
  return pkg;
}

// The package.json in directory `dir`, or null.
function readInDir(dir) {
  return read(dir === '/' ? '/package.json' : `${dir}/package.json`);
}

// The nearest package.json above the file `filename` ("the package scope"), not looking
// past a node_modules folder (a file loose in node_modules belongs to no package).
function readScope(filename) {
  let end = filename.lastIndexOf('/');
  while (end > 0) {
    const dir = filename.slice(0, end);
    if (dir.endsWith('/node_modules')) return null;
    const pkg = readInDir(dir);
    if (pkg !== null) return pkg;
    end = dir.lastIndexOf('/');
  }
  return end === 0 ? readInDir('/') : null;
}

module.exports = { read, readInDir, readScope };
