// differential: v8.GCProfiler records each GC between start() and stop() with node's field names; stop() without start() or twice gives undefined
'use strict';
const v8 = require('v8');
const vm = require('vm');
const { GCProfiler } = v8;

// A full GC on demand: the flag exposes gc() in contexts made after it is set.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const idle = new GCProfiler();
console.log(idle.stop());
const profiler = new GCProfiler();
profiler.start();
profiler.start(); // a second start changes nothing
gc();
const data = profiler.stop();
console.log(Object.keys(data), data.version, data.endTime >= data.startTime);
const full = data.statistics.find((s) => s.gcType === 'MarkSweepCompact');
console.log(Object.keys(full), full.cost >= 0);
console.log(Object.keys(full.beforeGC), Object.keys(full.afterGC.heapStatistics).sort());
console.log(Object.keys(full.afterGC.heapSpaceStatistics[0]));
console.log(full.afterGC.heapSpaceStatistics.some((s) => s.spaceName === 'old_space'));
console.log(profiler.stop());
profiler.start();
console.log(profiler.stop().statistics.length);
