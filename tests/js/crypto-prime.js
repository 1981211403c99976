// differential: generatePrime/checkPrime (sync and callback): sizes, safe primes, add/rem congruences, bigint output, node's errors
'use strict';
const c = require('crypto');

const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message, Object.keys(e));
  }
};
const big = (ab) => BigInt(`0x${Buffer.from(ab).toString('hex') || '0'}`);

// Known answers: the only primes of 2 and 3 bits, the only safe prime of 3 bits.
t('2 bits', () => c.generatePrimeSync(2));
t('3 bits', () => c.generatePrimeSync(3, { bigint: true }));
t('3 bits safe', () => c.generatePrimeSync(3, { safe: true, bigint: true }));
for (const size of [8, 16, 64, 256]) {
  const p = c.generatePrimeSync(size);
  const n = big(p);
  console.log(size, p instanceof ArrayBuffer, p.byteLength, n.toString(2).length, c.checkPrimeSync(p), c.checkPrimeSync(n + 1n));
}
const s = c.generatePrimeSync(64, { safe: true, bigint: true });
console.log('safe', typeof s, s.toString(2).length, c.checkPrimeSync(s), c.checkPrimeSync((s - 1n) / 2n));
for (const [add, rem] of [[12n, 11n], [12n, 1n], [12n, undefined], [Buffer.from([12]), new Uint8Array([11]).buffer], [2n ** 20n, 5n]]) {
  const p = c.generatePrimeSync(32, { add, rem, bigint: true });
  console.log('add/rem', p % big(typeof add === 'bigint' ? bigIntBytes(add) : add), p.toString(2).length, c.checkPrimeSync(p));
}
function bigIntBytes(n) {
  let h = n.toString(16);
  if (h.length & 1) h = `0${h}`;
  return Buffer.from(h, 'hex');
}
console.log('rem without add', c.checkPrimeSync(c.generatePrimeSync(16, { rem: 3n })));

// checkPrime on known numbers and every input type.
for (const n of [0n, 1n, 2n, 3n, 4n, 7n, 9n, 561n, 7919n, 2n ** 61n - 1n, 2n ** 127n - 1n, 2n ** 127n + 1n]) {
  console.log('check', n, c.checkPrimeSync(n), c.checkPrimeSync(n, { checks: 10 }));
}
console.log(c.checkPrimeSync(Buffer.from([7])), c.checkPrimeSync(Buffer.alloc(0)),
  c.checkPrimeSync(new Uint8Array([0, 7]).buffer), c.checkPrimeSync(new DataView(new Uint8Array([1, 1]).buffer)),
  c.checkPrimeSync(new Uint16Array([0x0d00])));

// Bad input.
t('size 0', () => c.generatePrimeSync(0));
t('size -1', () => c.generatePrimeSync(-1));
t('size str', () => c.generatePrimeSync('a'));
t('size 2^31', () => c.generatePrimeSync(2 ** 31));
t('size 1.5', () => c.generatePrimeSync(1.5));
t('size 1', () => c.generatePrimeSync(1));
t('safe 2', () => c.generatePrimeSync(2, { safe: true }));
t('bigint 1', () => c.generatePrimeSync(8, { bigint: 1 }));
t('safe 1', () => c.generatePrimeSync(8, { safe: 1 }));
t('options 1', () => c.generatePrimeSync(8, 1));
t('options null', () => c.generatePrimeSync(8, null));
t('add 1', () => c.generatePrimeSync(8, { add: 1 }));
t('add big', () => c.generatePrimeSync(8, { add: 1000n }));
t('add 256', () => c.generatePrimeSync(8, { add: 256n }));
t('add 0', () => c.generatePrimeSync(8, { add: 0n }));
t('add empty', () => c.generatePrimeSync(8, { add: Buffer.alloc(0) }));
t('add neg', () => c.generatePrimeSync(8, { add: -5n }));
t('add neg big', () => c.generatePrimeSync(8, { add: -(2n ** 40n) }));
t('rem >= add', () => c.generatePrimeSync(8, { add: 12n, rem: 13n }));
t('rem == add', () => c.generatePrimeSync(8, { add: 12n, rem: 12n }));
t('rem neg', () => c.generatePrimeSync(8, { add: 12n, rem: -1n }));
t('rem str', () => c.generatePrimeSync(8, { add: 12n, rem: 'x' }));
t('no callback', () => c.generatePrime(8));
t('no callback 2', () => c.generatePrime(8, {}));
t('async add', () => c.generatePrime(8, { add: 1000n }, () => {}));
t('candidate neg', () => c.checkPrimeSync(-7n));
t('candidate num', () => c.checkPrimeSync(7));
t('candidate str', () => c.checkPrimeSync('7'));
t('candidate none', () => c.checkPrimeSync());
t('checks -1', () => c.checkPrimeSync(7n, { checks: -1 }));
t('checks str', () => c.checkPrimeSync(7n, { checks: 'a' }));
t('checks 2^32', () => c.checkPrimeSync(7n, { checks: 2 ** 32 }));
t('checks 1.5', () => c.checkPrimeSync(7n, { checks: 1.5 }));
t('check options', () => c.checkPrimeSync(7n, 1));
t('check null', () => c.checkPrimeSync(7n, null));
t('check no callback', () => c.checkPrime(7n));
t('check options cb', () => c.checkPrime(7n, 1, () => {}));

// Callbacks: node passes undefined, not null, as the error on success. One at a time so
// the thread pool's completion order does not matter.
const steps = [
  (next) => c.checkPrime(7n, (e, r) => next('cb check', e, r)),
  (next) => c.checkPrime(9n, { checks: 3 }, (e, r) => next('cb check 9', e, r)),
  (next) => c.generatePrime(8, { bigint: true }, (e, r) => next('cb gen', e, typeof r, c.checkPrimeSync(r))),
  (next) => c.generatePrime(16, (e, r) => next('cb gen ab', e, r.constructor.name, r.byteLength)),
  (next) => c.generatePrime(3, { safe: true, bigint: true }, (e, r) => next('cb gen safe', e, r)),
  (next) => c.generatePrime(1, (e, r) => next('cb gen 1', e.name, e.code, e.message, Object.keys(e), r)),
  (next) => c.generatePrime(8, { add: 0n }, (e, r) => next('cb add 0', e.name, e.code, e.message, r)),
];
(function run(i) {
  if (i === steps.length) return;
  steps[i]((...args) => {
    console.log(...args);
    run(i + 1);
  });
})(0);
console.log('sync end');
