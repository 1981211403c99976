// differential
'use strict';
const util = require('util');
function stackOf(err, frames) {
  err.stack = `${err.name}: ${err.message}${frames.map((f) => `\n    at ${f}`).join('')}`;
  return err;
}
const e1 = stackOf(new Error('plain'), ['fn (/app/a.js:1:1)', 'main (/app/b.js:2:2)']);
console.log(util.inspect(e1));
const e2 = stackOf(new TypeError('typed'), ['x (/app/x.js:3:4)']);
e2.code = 'E_CODE';
e2.extra = { deep: [1, 2] };
console.log(util.inspect(e2));
console.log({ nested: e2 });
const noStack = new Error('nostack');
noStack.stack = undefined;
console.log(util.inspect(noStack));
const stackString = new RangeError('only message');
stackString.stack = 'RangeError: only message';
console.log(util.inspect(stackString), [stackString]);
const cause = stackOf(new Error('the cause'), ['c1 (/c.js:1:1)']);
const withCause = stackOf(new Error('wrapper', { cause }), ['w1 (/w.js:1:1)']);
console.log(util.inspect(withCause));
const primitiveCause = stackOf(new Error('pc', { cause: 'just a string' }), ['p (/p.js:1:1)']);
console.log(util.inspect(primitiveCause));
const agg = stackOf(new AggregateError([stackOf(new Error('one'), ['o (/o.js:1:1)']), 'two'], 'many'), ['a (/a.js:1:1)']);
console.log(util.inspect(agg));
class MyError extends Error {}
const mine = stackOf(new MyError('custom class'), ['m (/m.js:1:1)']);
console.log(util.inspect(mine));
const renamed = stackOf(new Error('renamed'), ['r (/r.js:1:1)']);
renamed.name = 'CustomName';
console.log(util.inspect(renamed));
const nullProtoErr = stackOf(new Error('np'), ['n (/n.js:1:1)']);
Object.setPrototypeOf(nullProtoErr, null);
console.log(util.inspect(nullProtoErr));
const nameInStack = new Error('m');
nameInStack.stack = 'Error: m\n    at f (/x.js:1:1)';
nameInStack.name = 'Error';
console.log(util.inspect(nameInStack));
console.log(util.inspect(Object.assign(stackOf(new Error(''), ['e (/e.js:1:1)']), { message: '' })));
console.log(util.format('%s', stackOf(new Error('fmt'), ['f (/f.js:1:1)'])));
console.log(util.inspect(stackOf(new SyntaxError('syn'), [])));
const errInArray = stackOf(new Error('in array'), ['q (/q.js:9:9)']);
console.log([errInArray], util.inspect({ a: { b: errInArray } }, { depth: 0 }));
