// differential
'use strict';
// The `module` builtin: createRequire (path, file URL string, URL object, directory),
// isBuiltin, builtinModules, wrap/wrapper, _nodeModulePaths, _findPath, _resolveFilename,
// _load, _extensions, _cache, prototype._compile, and that patching them takes effect.
const Module = require('module');
const path = require('path');
const root = path.resolve(__dirname, '../fixtures/modules');
const norm = (s) => String(s).split(root).join('<root>').split(__dirname).join('<tests>');
const j = (v) => norm(JSON.stringify(v));

console.log('same object:', Module === Module.Module, require('node:module') === Module,
  module instanceof Module, typeof Module.prototype.load);
const r1 = Module.createRequire(path.join(root, 'x.js'));
const r2 = Module.createRequire(`file://${root}/x.js`);
const r3 = Module.createRequire(new URL(`file://${root}/x.js`));
const r4 = Module.createRequire(`${root}/`);
console.log('createRequire:', r1('./data').answer, r2('./data').answer, r3('./data').answer,
  r4('./data').answer, norm(r4.resolve('./data')));
console.log('createRequire resolve.paths:', j(r1.resolve.paths('x').slice(0, 2)));
for (const id of ['events', 'node:events', 'path', 'node:path', 'node:nope', 'nope', 'test',
  'internal/errors', 'timers/promises', 'path/posix', '', 42, undefined]) {
  console.log('isBuiltin', JSON.stringify(id), Module.isBuiltin(id));
}
const ids = Module.builtinModules;
console.log('builtinModules:', Array.isArray(ids), ids.includes('path'), ids.includes('events'),
  ids.some((id) => id.startsWith('internal/') || id.startsWith('node:')),
  ids.includes('test'), ids === Module.builtinModules,
  JSON.stringify(ids) === JSON.stringify([...ids].sort()));
console.log('wrapper:', j(Module.wrapper));
console.log('wrap:', j(Module.wrap('x')));
console.log('_nodeModulePaths:', j(Module._nodeModulePaths('/a/node_modules/b/node_modules/c')));
console.log('_nodeModulePaths root:', j(Module._nodeModulePaths('/')));
console.log('_nodeModulePaths rel:', j(Module._nodeModulePaths('x/y')).includes('"'));
console.log('_findPath:', norm(Module._findPath('./data', [root])),
  Module._findPath('./nope', [root]), norm(Module._findPath(path.join(root, 'dir-index'))),
  Module._findPath('x', []));
console.log('_resolveFilename:', norm(Module._resolveFilename('exp-cond', module, false, { paths: [root] })));
console.log('_resolveFilename builtin:', Module._resolveFilename('path', module),
  Module._resolveFilename('node:path', module));
console.log('_load:', Module._load('path', module) === path,
  Module._load(path.join(root, 'data.json'), module).answer);
console.log('_cache is require.cache:', Module._cache === require.cache,
  require.extensions === Module._extensions);
console.log('_extensions:', j(Object.keys(Module._extensions)));
console.log('globalPaths:', Array.isArray(Module.globalPaths));
console.log('misc:', typeof Module.syncBuiltinESMExports, Module.findSourceMap('x'),
  typeof Module._initPaths, typeof Module._resolveLookupPaths);

// A new extension handler is used for matching files.
Module._extensions['.txt'] = (m, filename) => {
  m.exports = `txt handler for ${path.basename(filename)}`;
};
console.log('custom ext:', require('../fixtures/modules/ext/e.txt'));
delete Module._extensions['.txt'];

// Patching the .js handler and _compile (what pirates and coverage tools do).
const origJs = Module._extensions['.js'];
Module._extensions['.js'] = function patched(m, filename) {
  if (filename.endsWith('counter.js')) {
    m.exports = 'patched .js handler';
    return;
  }
  return origJs(m, filename);
};
console.log('patched .js:', require('../fixtures/modules/counter'));
Module._extensions['.js'] = origJs;

const origCompile = Module.prototype._compile;
Module.prototype._compile = function compile(content, filename) {
  if (filename.endsWith('dir.js')) content = 'module.exports = "rewritten by _compile";';
  return origCompile.call(this, content, filename);
};
console.log('patched _compile:', require('../fixtures/modules/ext/dir.js'));
Module.prototype._compile = origCompile;

// Patching _resolveFilename redirects requests (module-alias, proxyquire).
const origResolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'alias-of-data') request = path.join(root, 'data.json');
  return origResolve.call(this, request, ...rest);
};
console.log('patched _resolveFilename:', require('alias-of-data').answer);
Module._resolveFilename = origResolve;

// Patching _load intercepts every require.
const origLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'virtual-thing') return { virtual: true, parentIsThis: parent === module };
  return origLoad.apply(this, arguments);
};
console.log('patched _load:', j(require('virtual-thing')));
Module._load = origLoad;

// Patching Module.wrap changes the wrapper sources are compiled with.
const origWrap = Module.wrap;
Module.wrap = (script) => origWrap('const injected = "by wrap";' + script);
console.log('patched wrap:', require('../fixtures/modules/ext/c.js') === 'c.js');
Module.wrap = origWrap;

// A module object made by hand can load a file.
const m = new Module(path.join(root, 'made.js'), null);
m.load(path.join(root, 'ext', 'a.js'));
console.log('manual Module:', m.exports, m.loaded, norm(m.filename), j(m.paths.slice(0, 1)));
const m2 = new Module('id-only');
console.log('new Module:', j(Object.keys(m2)), m2.id, m2.path, m2.parent);
m2._compile('module.exports = __filename + " " + typeof require', '/virtual/file.js');
console.log('_compile:', m2.exports);
