// differential
'use strict';
// package.json "imports" (#specifiers) under require(): patterns with conditions, nested
// conditions, a bare package as target, arrays, null, and the errors.
const path = require('path');
const root = path.resolve(__dirname, '../fixtures/modules');
const norm = (s) => String(s).split(root).join('<root>');

function show(label, req, id) {
  try {
    console.log(`${label} ${id} => ${JSON.stringify(req(id))}`);
  } catch (err) {
    console.log(`${label} ${id} threw ${err.code}: ${norm(err.message)}`);
  }
}

const main = require('../fixtures/modules/imports/main.js');
const deep = require('../fixtures/modules/imports/sub/deep.js');
for (const id of ['#internal/util', '#internal/nope', '#cond', '#dep', '#dep-sub', '#null',
  '#invalid', '#arr', '#unknown', '#', '#/x', '#internal/']) {
  show('main', main.req, id);
}
show('deep', deep.req, '#cond');
show('deep', deep.req, '#internal/util');
const none = require('../fixtures/modules/noimports/main.js');
show('noimports', none.req, '#internal/util');
show('test', require, '#anything');
const { createRequire } = require('module');
const r = createRequire(path.join(root, 'imports', 'virtual.js'));
show('createRequire', r, '#cond');
console.log('resolve', norm(r.resolve('#internal/util')));
