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
// One import() at a time: node reads files asynchronously, so parallel ones race.
(async () => {
  console.log((await import('../fixtures/esm/typeless/tla.js')).default);
  await import('../fixtures/esm/detect/tla.js');
  console.log('detected tla ran');
  // import() of a file nothing required before: node warns.
  console.log((await import('../fixtures/esm/typeless/other.js')).default);
})();
