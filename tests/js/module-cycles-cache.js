// differential
'use strict';
// Cycles see partial exports; require.cache: a hit returns the same exports, deleting an
// entry re-evaluates; module objects: id, filename, loaded, parent, children, paths,
// require.main, module.require, require.resolve with paths, require.resolve.paths.
const path = require('path');
const root = path.resolve(__dirname, '../fixtures/modules');
const norm = (s) => String(s).split(root).join('<root>').split(__dirname).join('<tests>');
const j = (v) => norm(JSON.stringify(v));

const a = require('../fixtures/modules/cycle/a');
console.log('cycle a:', j(a));
const b = require('../fixtures/modules/cycle/b');
console.log('cycle b:', j(b));
console.log('replace:', j(require('../fixtures/modules/cycle/replace-a')));

const counterPath = require.resolve('../fixtures/modules/counter');
console.log('counter first:', require('../fixtures/modules/counter').evals);
console.log('counter cached:', require('../fixtures/modules/counter').evals,
  require.cache[counterPath] !== undefined);
delete require.cache[counterPath];
console.log('counter after delete:', require('../fixtures/modules/counter').evals);
console.log('same object from cache:', require('../fixtures/modules/counter') ===
  require.cache[counterPath].exports);
// A cache entry planted by hand is what require() returns.
const fake = path.join(root, 'ext', 'c.js');
require.cache[fake] = { id: fake, filename: fake, loaded: true, exports: { planted: true } };
console.log('planted:', j(require('../fixtures/modules/ext/c.js')));
delete require.cache[fake];

const info = require('../fixtures/modules/info');
console.log('info:', j(info));
const infoModule = require.cache[require.resolve('../fixtures/modules/info')];
console.log('info module:', infoModule.id === infoModule.filename, infoModule.loaded,
  infoModule.parent === module, module.children.includes(infoModule));
console.log('this module:', module.id, norm(module.filename), module.loaded,
  module.parent, require.main === module, process.mainModule === module);
console.log('module.paths[0..1]:', j(module.paths.slice(0, 2)));
console.log('module.path:', norm(module.path));
console.log('children:', j(module.children.map((m) => m.id)));
console.log('module.require:', module.require('../fixtures/modules/data.json').answer);
console.log('exports === module.exports:', exports === module.exports, this === exports);
console.log('wrapper arity:', arguments.length, typeof arguments[1]);

console.log('resolve paths:', j(require.resolve('nest', { paths: [root] })));
console.log('resolve paths rel:', j(require.resolve('./data', { paths: [root] })));
console.log('resolve paths multi:', j(require.resolve('shadow',
  { paths: [path.join(root, 'node_modules', 'nest'), root] })));
try {
  require.resolve('nest', { paths: [__dirname] });
} catch (err) {
  console.log('resolve paths miss:', err.code, norm(err.message));
}
console.log('resolve.paths bare:', j(require.resolve.paths('x').slice(0, 3)));
console.log('resolve.paths rel:', j(require.resolve.paths('./x')));
console.log('resolve.paths builtin:', require.resolve.paths('path'),
  require.resolve.paths('node:path'));
console.log('resolve builtin:', require.resolve('path'), require.resolve('node:path'),
  require.resolve('node:events'));
