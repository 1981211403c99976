'use strict';
// Times 1e7 calls of noop() and of add(i, 1) on the addon given as argv[2]; prints, for
// each, nanoseconds per call in CPU time (user + system of the process: on a loaded
// machine wall time mostly measures the other processes) and in wall time.
const addon = require(process.argv[2]);
const N = 1e7;

function time(name, fn) {
  fn(1e5);  // warm up (JIT)
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  fn(N);
  const wall = Number(process.hrtime.bigint() - start) / N;
  const used = process.cpuUsage(cpu);
  const ns = ((used.user + used.system) * 1000) / N;
  console.log(`${name} ${ns.toFixed(2)} ${wall.toFixed(2)}`);
}

time('noop', (n) => { for (let i = 0; i < n; i++) addon.noop(); });
time('add', (n) => { let s = 0; for (let i = 0; i < n; i++) s = addon.add(i, 1); return s; });
