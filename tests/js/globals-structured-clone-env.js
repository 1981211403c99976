// differential
'use strict';
// structuredClone(process.env) gives a plain object of the variables (a copy: writing to
// it does not change the environment); nested and repeated references keep their
// identity; values that cannot be cloned still throw DataCloneError.
process.env.NODUS_CLONE_TEST = 'x';
const c = structuredClone(process.env);
console.log(typeof c, c === process.env, c.NODUS_CLONE_TEST,
  Object.getPrototypeOf(c) === Object.prototype,
  Object.keys(c).length === Object.keys(process.env).length);
const n = structuredClone({ a: process.env, b: [process.env] });
console.log(n.a.NODUS_CLONE_TEST, n.b[0].NODUS_CLONE_TEST, n.a === n.b[0]);
c.NODUS_CLONE_TEST = 'y';
console.log(process.env.NODUS_CLONE_TEST);
for (const v of [() => {}, Symbol('s'), new WeakMap(), { f() {} }]) {
  try {
    structuredClone(v);
    console.log('cloned');
  } catch (e) {
    console.log(e.name, e.message, e instanceof DOMException);
  }
}
