'use strict';
// util.callbackify: results and errors on next tick, falsy rejections wrapped.
const util = require('util');
let failed = 0;
function check(what, ok, saw) {
  if (!ok) {
    failed++;
    console.log(`FAIL ${what}: saw ${util.inspect(saw)}`);
  }
}
async function add(a, b) { return a + b; }
async function fail(reason) { throw reason; }
const cbAdd = util.callbackify(add);
check('name', cbAdd.name === 'addCallbackified', cbAdd.name);
check('length', cbAdd.length === 3, cbAdd.length);
const order = [];
cbAdd(1, 2, (err, v) => {
  order.push('cb');
  check('value', err === null && v === 3, [err, v]);
});
order.push('sync');
const cbFail = util.callbackify(fail);
cbFail(new Error('boom'), (err) => check('error passed', err.message === 'boom', err));
cbFail(null, (err) => {
  check('falsy wrapped', err instanceof Error && err.code === 'ERR_FALSY_VALUE_REJECTION' && err.reason === null &&
    err.message === 'Promise was rejected with falsy value', err);
});
cbFail(0, (err) => check('reason 0', err.reason === 0, err.reason));
const objWithThis = { v: 5, m: util.callbackify(async function() { return this.v; }) };
objWithThis.m((err, v) => check('this kept', v === 5, v));
try {
  util.callbackify(1);
  check('non-function throws', false, 'no throw');
} catch (e) {
  check('code', e.code === 'ERR_INVALID_ARG_TYPE', e.code);
}
try {
  cbAdd(1, 2);
  check('missing callback throws', false, 'no throw');
} catch (e) {
  check('last argument', e.code === 'ERR_INVALID_ARG_TYPE' && e.message === 'The last argument must be of type function. Received type number (2)', e.message);
}
setTimeout(() => {
  check('async order', order.join() === 'sync,cb', order);
  if (failed) process.exit(1);
  console.log('callbackify ok');
}, 10);
