'use strict';
// util.promisify / util.promisify.custom / setTimeout's custom promisified form.
const util = require('util');
let failed = 0;
function check(what, ok, saw) {
  if (!ok) {
    failed++;
    console.log(`FAIL ${what}: saw ${util.inspect(saw)}`);
  }
}
function cbStyle(a, b, cb) {
  setImmediate(() => (a < 0 ? cb(new Error('negative')) : cb(null, a + b, 'ignored')));
}
cbStyle.extra = 'kept';
const p = util.promisify(cbStyle);
check('name kept', p.name === 'cbStyle', p.name);
check('own props copied', p.extra === 'kept', p.extra);
check('idempotent', util.promisify(p) === p, util.promisify(p));
function custom() {}
const replacement = () => 'custom result';
custom[util.promisify.custom] = replacement;
check('custom symbol used', util.promisify(custom) === replacement, util.promisify(custom));
check('symbol is registered', util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'), util.promisify.custom);
check('setTimeout custom', util.promisify(setTimeout) === setTimeout[util.promisify.custom], typeof setTimeout[util.promisify.custom]);
try {
  util.promisify('not a function');
  check('throws on non-function', false, 'no throw');
} catch (e) {
  check('ERR_INVALID_ARG_TYPE', e.code === 'ERR_INVALID_ARG_TYPE' &&
    e.message === 'The "original" argument must be of type function. Received type string (\'not a function\')', e.message);
}
const bad = () => {};
bad[util.promisify.custom] = 42;
try {
  util.promisify(bad);
  check('bad custom throws', false, 'no throw');
} catch (e) {
  check('bad custom code', e.code === 'ERR_INVALID_ARG_TYPE', e.code);
}
const obj = { v: 7, get(cb) { cb(null, this.v); } };
(async () => {
  check('resolves first value', (await p(1, 2)) === 3, 'value');
  try {
    await p(-1, 0);
    check('rejects', false, 'resolved');
  } catch (e) {
    check('rejection error', e.message === 'negative', e);
  }
  obj.getAsync = util.promisify(obj.get);
  check('this preserved', (await obj.getAsync()) === 7, 'this');
  const t0 = Date.now();
  const v = await util.promisify(setTimeout)(20, 'tv');
  check('setTimeout promise value', v === 'tv', v);
  check('setTimeout waited', Date.now() - t0 >= 15, Date.now() - t0);
  const imm = await util.promisify(setImmediate)('iv');
  check('setImmediate promise value', imm === 'iv', imm);
  if (failed) process.exit(1);
  console.log('promisify ok');
})();
