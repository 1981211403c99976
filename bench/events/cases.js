'use strict';
// One EventEmitter benchmark case per run: `<runtime> cases.js <case>` prints "<case> <ops/s>".
const EventEmitter = require('events');
const name = process.argv[2];
let hits = 0;
const listener = (a, b) => { hits += a === undefined ? 1 : 2; };

function emitter(n) {
  const e = new EventEmitter();
  for (let i = 0; i < n; i++) e.on('ev', listener);
  return e;
}
const e0 = emitter(0);
const e1 = emitter(1);
const e3 = emitter(3);
const cases = {
  'emit-0-listeners': () => e0.emit('ev', 1, 2),
  'emit-1-listener': () => e1.emit('ev', 1, 2),
  'emit-3-listeners': () => e3.emit('ev', 1, 2),
  'emit-1-listener-noargs': () => e1.emit('ev'),
  'on-off': () => e1.on('x', listener).off('x', listener),
};
if (!cases[name]) {
  console.log(Object.keys(cases).join('\n'));
  process.exit(name ? 1 : 0);
}
const fn = cases[name];
function run(ms) {
  const end = performance.now() + ms;
  let n = 0;
  while (performance.now() < end) {
    for (let i = 0; i < 10000; i++) fn();
    n += 10000;
  }
  return n;
}
run(300); // warm-up
const t0 = performance.now();
const n = run(1000);
const secs = (performance.now() - t0) / 1000;
if (hits === 0 && name !== 'emit-0-listeners' && name !== 'on-off') throw new Error('listeners never ran');
console.log(`${name} ${(n / secs).toFixed(0)}`);
