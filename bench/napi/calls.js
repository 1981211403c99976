'use strict';
// Times 1e7 calls of noop() and of add(i, 1) on the addon given as argv[2]; prints
// nanoseconds per call for each.
const addon = require(process.argv[2]);
const N = 1e7;

function time(name, fn) {
  fn(1e5);  // warm up (JIT)
  const start = process.hrtime.bigint();
  fn(N);
  const ns = Number(process.hrtime.bigint() - start) / N;
  console.log(`${name} ${ns.toFixed(2)}`);
}

time('noop', (n) => { for (let i = 0; i < n; i++) addon.noop(); });
time('add', (n) => { let s = 0; for (let i = 0; i < n; i++) s = addon.add(i, 1); return s; });
