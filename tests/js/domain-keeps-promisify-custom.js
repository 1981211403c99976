// differential
'use strict';
// Loading domain must not take util.promisify.custom off the timer functions.
require('domain');
const util = require('util');
for (const name of ['setTimeout', 'setImmediate']) {
  console.log(name, typeof globalThis[name][util.promisify.custom]);
}
// One after the other: a 1 ms timer and an immediate may come in either order.
util.promisify(setTimeout)(1, 'timeout value')
  .then((v) => console.log(v))
  .then(() => util.promisify(setImmediate)('immediate value'))
  .then((v) => console.log(v));
