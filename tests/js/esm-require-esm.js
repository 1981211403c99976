// differential
'use strict';
// require() of ES modules (node 20.19+): sync graphs work, top-level await is refused.
const ns = require('../fixtures/esm/typemod/mod.js');
console.log(ns.default, ns.meta, Object.keys(ns));
console.log(require('../fixtures/esm/typemod/mod.js') === ns);
try {
  require('../fixtures/esm/errors/throws.mjs');
} catch (e) {
  console.log('evaluation error:', e.message);
}
console.log(require('../fixtures/esm/detect/plain.js'));
const detected = require('../fixtures/esm/detect/esm-syntax.js');
console.log(detected.sep);
try {
  require('../fixtures/esm/tla/dyn.mjs');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
import('../fixtures/esm/detect/esm-syntax.js').then((m) => console.log('import() same namespace:', m === detected));
