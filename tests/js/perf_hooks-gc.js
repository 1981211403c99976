// differential: 'gc' performance entries reach observers and do not keep the loop alive
'use strict';
const { PerformanceObserver, constants } = require('perf_hooks');
const kinds = [constants.NODE_PERFORMANCE_GC_MAJOR, constants.NODE_PERFORMANCE_GC_MINOR,
  constants.NODE_PERFORMANCE_GC_INCREMENTAL, constants.NODE_PERFORMANCE_GC_WEAKCB];
let seen = false;
const obs = new PerformanceObserver((list) => {
  if (seen) return;
  seen = true;
  const e = list.getEntries()[0];
  console.log(e.name, e.entryType, kinds.includes(e.detail.kind), typeof e.detail.flags,
    e.kind === e.detail.kind, e.startTime >= 0 && e.startTime < 1e4, e.duration >= 0);
  obs.disconnect();
});
obs.observe({ entryTypes: ['gc'] });
// Enough short-lived garbage for young-generation collections.
let keep = [];
for (let i = 0; i < 300000; i++) {
  keep.push({ i, s: `x${i}` });
  if (keep.length > 1000) keep = [];
}
setImmediate(() => setImmediate(() => console.log('two loop turns later')));
process.on('exit', () => console.log('exit, observer ran:', seen));
