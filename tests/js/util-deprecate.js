'use strict';
// util.deprecate: warns once per wrapper, once per code, passes through this/new.
const util = require('util');
let failed = 0;
function check(what, ok, saw) {
  if (!ok) {
    failed++;
    console.log(`FAIL ${what}: saw ${util.inspect(saw)}`);
  }
}
const warnings = [];
process.on('warning', (w) => warnings.push(w));
const fn = util.deprecate(function(x) { return [this, x]; }, 'fn is deprecated', 'DEP_T1');
const fn2 = util.deprecate(() => 2, 'fn2 shares the code', 'DEP_T1');
const noCode = util.deprecate(() => 3, 'no code');
const ctx = {};
check('this and args', fn.call(ctx, 9)[0] === ctx && fn.call(ctx, 9)[1] === 9, fn.call(ctx, 9));
fn();
fn2();
noCode();
noCode();
class Base { constructor(v) { this.v = v; } }
const DepClass = util.deprecate(Base, 'class deprecated', 'DEP_T2');
const inst = new DepClass(4);
check('construct', inst instanceof Base && inst.v === 4, inst);
try {
  util.deprecate(() => {}, 'm', 5);
  check('bad code throws', false, 'no throw');
} catch (e) {
  check('code type', e.code === 'ERR_INVALID_ARG_TYPE', e.code);
}
setImmediate(() => {
  const seen = warnings.map((w) => `${w.name}|${w.code}|${w.message}`);
  const expected = [
    'DeprecationWarning|DEP_T1|fn is deprecated',
    'DeprecationWarning|undefined|no code',
    'DeprecationWarning|DEP_T2|class deprecated',
  ];
  check('warnings', JSON.stringify(seen) === JSON.stringify(expected), seen);
  if (failed) process.exit(1);
  console.log('deprecate ok');
});
