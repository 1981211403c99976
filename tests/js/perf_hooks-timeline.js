// differential: performance marks, measures, entries, errors and the perf_hooks exports
'use strict';
const ph = require('perf_hooks');
const { performance, PerformanceEntry, PerformanceMark, PerformanceMeasure } = ph;
console.log(Object.keys(ph).join());
console.log(performance === globalThis.performance, performance === require('node:perf_hooks').performance);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(performance)).join(), Object.keys(performance).length);
const t0 = performance.now();
console.log(typeof t0, t0 > 0, performance.now() >= t0, Math.abs(performance.timeOrigin + t0 - Date.now()) < 1000);
console.log(Object.keys(performance.toJSON()).join(), performance instanceof EventTarget);
const m = performance.mark('a', { startTime: 0.5, detail: { x: 1 } });
console.log(m.constructor.name, m.name, m.entryType, m.startTime, m.duration, JSON.stringify(m.detail));
console.log(Object.keys(m.toJSON()).join(), JSON.stringify(m));
console.log(Object.getOwnPropertyNames(PerformanceEntry.prototype).join(), Object.getOwnPropertyNames(PerformanceMark.prototype).join());
console.log(performance.mark('plain').detail, performance.mark('plain').startTime > 0);
performance.mark('b', { startTime: 100 });
const me = performance.measure('a-to-b', 'a', 'b');
console.log(me.constructor.name, me.entryType, me.startTime, me.duration, me.detail);
const me2 = performance.measure('opts', { start: 10, end: 30, detail: 'd' });
console.log(me2.startTime, me2.duration, me2.detail);
const me3 = performance.measure('opts2', { start: 10, duration: 5 });
console.log(me3.startTime, me3.duration);
const me4 = performance.measure('end-dur', { end: 50, duration: 5 });
console.log(me4.startTime, me4.duration);
const me5 = performance.measure('fromA', 'a');
console.log(me5.startTime, me5.duration > 0);
const me6 = performance.measure('all');
console.log(me6.startTime, me6.duration > 0);
const me7 = performance.measure('nums', { start: 'a', end: 'b' });
console.log(me7.startTime, me7.duration);
const me8 = performance.measure('milestone', 'nodeStart', 'b');
console.log(typeof me8.startTime, me8.entryType);
// Milestones are near 0 in both runtimes but not equal: keep them out of the listing.
performance.clearMeasures('milestone');
performance.clearMarks('plain');
console.log(performance.getEntries().map((e) => `${e.name}:${e.entryType}`).join());
console.log(performance.getEntriesByType('mark').map((e) => e.name).join(),
  performance.getEntriesByName('a').length, performance.getEntriesByName('a', 'measure').length,
  performance.getEntriesByType('nope').length);
for (const f of [
  () => performance.measure('x', 'nope'),
  () => performance.mark(),
  () => performance.measure(),
  () => performance.mark('z', { startTime: -1 }),
  () => performance.mark('z', { startTime: 'x' }),
  () => performance.mark('z', 1),
  () => new PerformanceMeasure(),
  () => new PerformanceEntry(),
  () => new ph.Performance(),
  () => performance.measure('x', { start: 1 }, 'a'),
  () => performance.measure('x', { start: 1, end: 2, duration: 1 }),
  () => performance.measure('x', { detail: 1 }),
  () => performance.measure('x', 'a', -5),
  () => performance.getEntriesByName(),
  () => performance.getEntriesByType(),
  () => Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, 'name').get.call({}),
]) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const own = new PerformanceMark('n', { startTime: 5 });
console.log(own.startTime, performance.getEntriesByName('n').length);
performance.clearMarks();
performance.clearMeasures('opts');
console.log(performance.getEntries().map((e) => e.name).join());
performance.clearMeasures();
console.log(performance.getEntries().length);
console.log(String(performance), Object.prototype.toString.call(m), Object.prototype.toString.call(me));
const nt = performance.nodeTiming;
console.log(nt.name, nt.entryType, nt.startTime, Object.keys(nt.toJSON()).join());
const elu = performance.eventLoopUtilization();
console.log(Object.keys(elu).join(), typeof elu.utilization);
