// differential
'use strict';
// What require() throws: a missing module (with its require stack), a module that throws
// (not cached, re-evaluated on the next require), a syntax error, malformed JSON, unknown
// node: builtins, and bad arguments.
const path = require('path');
const root = path.resolve(__dirname, '../fixtures/modules');
const norm = (s) => String(s).split(root).join('<root>').split(__dirname).join('<tests>');

function show(label, fn) {
  try {
    const v = fn();
    console.log(`${label} => ${norm(JSON.stringify(v))}`);
  } catch (err) {
    console.log(`${label} threw ${err.name} ${err.code}: ${norm(err.message)}`);
    if (err.requireStack) console.log('  requireStack:', norm(JSON.stringify(err.requireStack)));
  }
}

show('missing relative', () => require('./nope'));
show('missing bare', () => require('nope-pkg'));
show('missing absolute', () => require('/nonexistent/x.js'));
show('missing nested', () => require('../fixtures/modules/requires-missing'));
show('nested not cached',
  () => require.cache[path.join(root, 'requires-missing.js')] === undefined);
show('throws', () => require('../fixtures/modules/throws'));
show('throws not cached', () => require.cache[path.join(root, 'throws.js')] === undefined);
show('throws again', () => require('../fixtures/modules/throws'));
show('throws count', () => globalThis.throwsCount);
show('throws not a child', () => module.children.some((m) => m.id.endsWith('throws.js')));
try {
  require('../fixtures/modules/syntax-error');
} catch (err) {
  console.log('syntax error:', err.name, err.message);
  console.log('  stack starts with arrow:', norm(err.stack.split('\n').slice(0, 3).join('|')));
}
show('empty json', () => require('../fixtures/modules/empty.json'));
show('node:unknown', () => require('node:nope'));
show('node:internal', () => require('node:internal/errors'));
show('internal', () => require('internal/errors'));
show('unknown builtin-like', () => require('nope/sub'));
show('node: prefix', () => require('node:path') === require('path'));
show('bare test', () => require('test'));
show('number', () => require(42));
show('empty', () => require(''));
show('undefined', () => require());
show('resolve number', () => require.resolve(1));
show('resolve missing', () => require.resolve('./nope'));
show('resolve paths bad', () => require.resolve('x', { paths: 'nope' }));
show('createRequire rel', () => require('module').createRequire('rel/path.js'));
show('createRequire num', () => require('module').createRequire(1));
show('createRequire url', () => require('module').createRequire('http://x/y.js'));
