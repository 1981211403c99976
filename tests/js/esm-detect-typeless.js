// differential
'use strict';
// Files without a "type": module syntax is detected (with node's warning when a
// package.json without "type" governs them), CommonJS stays CommonJS.
console.log(require('../fixtures/esm/typeless/cjs.js').kind);
const ns = require('../fixtures/esm/typeless/esm.js');
console.log(ns.kind, Object.keys(ns));
console.log(require('../fixtures/esm/detect/plain.js'));
try {
  require('../fixtures/esm/typeless/tla.js');
} catch (e) {
  console.log(e.code);
}
import('../fixtures/esm/typeless/tla.js').then((m) => console.log(m.default));
import('../fixtures/esm/detect/tla.js').then(() => console.log('detected tla ran'));
// import() of a file nothing required before: node warns.
import('../fixtures/esm/typeless/other.js').then((m) => console.log(m.default));
