'use strict';
// util.isDeepStrictEqual over node's strict comparison rules.
const util = require('util');
let failed = 0;
function eq(a, b, expected, what) {
  const got = util.isDeepStrictEqual(a, b);
  if (got !== expected) {
    failed++;
    console.log(`FAIL ${what}: expected ${expected}, saw ${got}`);
  }
}
eq(1, 1, true, 'same number');
eq(1, '1', false, 'number vs string');
eq(NaN, NaN, true, 'NaN');
eq(0, -0, false, '0 vs -0');
eq({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }, true, 'nested');
eq({ a: 1 }, { a: 1, b: undefined }, false, 'extra undefined key');
eq([1, 2], { 0: 1, 1: 2, length: 2 }, false, 'array vs object');
eq(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]]), true, 'maps');
eq(new Map([[{ k: 1 }, 1]]), new Map([[{ k: 1 }, 1]]), true, 'maps with object keys');
eq(new Map([[1, 1]]), new Map([[1, 2]]), false, 'map values differ');
eq(new Set([{ a: 1 }, 2]), new Set([2, { a: 1 }]), true, 'sets unordered');
eq(new Set([1]), new Set(['1']), false, 'set types');
eq(new Uint8Array([1, 2]), new Uint8Array([1, 2]), true, 'typed');
eq(new Uint8Array([1, 2]), new Int8Array([1, 2]), false, 'typed kinds');
eq(new Date(5), new Date(5), true, 'dates');
eq(new Date(5), new Date(6), false, 'dates differ');
eq(/a/g, /a/g, true, 'regexps');
eq(/a/g, /a/i, false, 'regexp flags');
eq(new Error('x'), new Error('x'), true, 'errors');
eq(new Error('x'), new TypeError('x'), false, 'error types');
eq(Object.create(null), {}, false, 'prototypes');
class A { constructor() { this.v = 1; } }
eq(new A(), { v: 1 }, false, 'class vs plain');
const s = Symbol('s');
eq({ [s]: 1 }, { [s]: 1 }, true, 'symbol keys');
eq({ [s]: 1 }, { [s]: 2 }, false, 'symbol values');
const c1 = { a: 1 };
c1.self = c1;
const c2 = { a: 1 };
c2.self = c2;
eq(c1, c2, true, 'cycles');
eq(new Number(1), new Number(1), true, 'boxed');
eq(new Number(1), new Number(2), false, 'boxed differ');
eq([1, , 3], [1, undefined, 3], false, 'holes');
if (failed) process.exit(1);
console.log('isDeepStrictEqual ok');
