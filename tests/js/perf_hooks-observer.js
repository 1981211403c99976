// differential: PerformanceObserver delivery, timerify, histograms, event loop delay
'use strict';
const { performance, PerformanceObserver, createHistogram, monitorEventLoopDelay } = require('perf_hooks');
console.log(PerformanceObserver.supportedEntryTypes.join(), Object.isFrozen(PerformanceObserver.supportedEntryTypes));
const obs = new PerformanceObserver((list, observer) => {
  console.log('observer', list.getEntries().map((e) => e.name).join(), list.getEntriesByType('mark').length,
    list.getEntriesByName('o2').length, list.getEntriesByName('o2', 'measure').length, observer === obs,
    Object.getOwnPropertyNames(Object.getPrototypeOf(list)).join());
  observer.disconnect();
  performance.mark('after disconnect');
});
obs.observe({ entryTypes: ['mark', 'measure', 'unknown'] });
performance.mark('o1', { startTime: 3 });
performance.mark('o2', { startTime: 1 });
performance.measure('o3', 'o1', 'o2');
process.nextTick(() => console.log('tick'));
setImmediate(() => console.log('immediate after the observer'));
Promise.resolve().then(() => console.log('promise'));
const other = new PerformanceObserver(() => console.log('never: observes nothing known'));
for (const f of [
  () => other.observe(),
  () => other.observe({ entryTypes: 1 }),
  () => other.observe({ entryTypes: [1, 'nope'] }),
  () => other.observe({ entryTypes: ['mark'], type: 'mark' }),
  () => other.observe(1),
  () => new PerformanceObserver(1),
  () => performance.timerify(1),
]) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const taker = new PerformanceObserver(() => console.log('never: records were taken'));
taker.observe({ type: 'mark' });
performance.mark('taken');
console.log('takeRecords', taker.takeRecords().map((e) => e.name).join(), taker.takeRecords().length);
taker.disconnect();

const f = performance.timerify(function foo(a, b) { return a + b; });
console.log(f.name, f.length, f(1, 2), performance.timerify(function bar() {}) !== f);
class K { constructor(v) { this.v = v; } }
const TK = performance.timerify(K);
console.log(new TK(7).v, new TK(7) instanceof K);
const fo = new PerformanceObserver((list) => {
  const e = list.getEntries()[0];
  console.log('function entry', e.name, e.entryType, JSON.stringify(e.detail), e.duration >= 0,
    e.constructor.name, Object.keys(e.toJSON()).join());
  fo.disconnect();
});
fo.observe({ type: 'function' });
f(3, 4);

const h = createHistogram();
for (const v of [5, 10, 10, 1000]) h.record(v);
console.log(h.min, h.max, h.mean, h.count, h.exceeds, h.stddev, h.percentile(50), h.percentile(100),
  [...h.percentiles].map(([k, v]) => `${k}:${v}`).join(' '));
const h2 = createHistogram();
for (let i = 1; i <= 100; i++) h2.record(i);
console.log(h2.min, h2.max, h2.mean, h2.percentile(99), h2.percentile(25), h2.count,
  [...h2.percentiles].map(([k, v]) => `${k}:${v}`).join(' '));
h2.add(h);
console.log(h2.count, h2.max, h2.min);
h2.reset();
console.log(h2.count, h2.min, h2.max, h2.mean, h2.stddev, [...h2.percentiles].join());
for (const bad of [0, -1, 1.5e300, 'x']) {
  try {
    h.record(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const bad of [0, 101, 'x']) {
  try {
    h.percentile(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
h.record(10n);
console.log(h.count, typeof h.countBigInt, h.maxBigInt);
const mon = monitorEventLoopDelay({ resolution: 5 });
console.log(mon.enable(), mon.enable());
setTimeout(() => {
  console.log(mon.disable(), mon.disable(), mon.count > 0, mon.min >= 1e6, mon.max >= mon.min);
}, 60);
try {
  monitorEventLoopDelay({ resolution: 0 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
