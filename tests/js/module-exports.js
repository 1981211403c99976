// differential
'use strict';
// package.json "exports" under require(): string, subpaths, patterns, conditions
// (require/node/default, never import), nested conditions, arrays, null targets, and the
// errors for what is not exported or is invalid.
const path = require('path');
const root = path.resolve(__dirname, '../fixtures/modules');
const norm = (s) => String(s).split(root).join('<root>');
const from = require('module').createRequire(path.join(root, 'entry.js'));

function show(id) {
  try {
    const value = from(id);
    console.log(`${id} => ${JSON.stringify(value)} (${norm(from.resolve(id))})`);
  } catch (err) {
    console.log(`${id} threw ${err.code}: ${norm(err.message)}`);
  }
}

[
  'exp-string', 'exp-string/lib/hidden.js', 'exp-string/package.json',
  'exp-subpath', 'exp-subpath/feature', 'exp-subpath/feature.js', 'exp-subpath/data.json',
  'exp-subpath/features/a.js', 'exp-subpath/features/b/c.js', 'exp-subpath/features/a',
  'exp-subpath/features/private/secret.js', 'exp-subpath/deep/x', 'exp-subpath/package.json',
  'exp-subpath/', 'exp-subpath/nope',
  'exp-cond', 'exp-cond/nested', 'exp-cond/browser', 'exp-cond/node-only',
  'exp-cond/import-only', 'exp-cond/array', 'exp-cond/array-invalid-first',
  'exp-cond/array-all-invalid', 'exp-cond/array-empty', 'exp-cond/order',
  'exp-invalid', 'exp-invalid/abs', 'exp-invalid/nm', 'exp-invalid/bare', 'exp-invalid/number',
  'exp-invalid/star/ok', 'exp-invalid/star/../../outside', 'exp-invalid/dots/ok.js',
  'exp-invalid/dots/../package.json', 'exp-invalid/dots/node_modules/x.js',
  'exp-invalid/enc/a%2fb', 'exp-invalid/enc/ok',
  'exp-mixed', 'exp-numeric', 'exp-missing-target',
  '@scope/pkg', '@scope/pkg/sub', '@scope/pkg/index.js',
].forEach(show);
