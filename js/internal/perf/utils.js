'use strict';
// The clock behind performance.now(), Event#timeStamp and perf_hooks: milliseconds
// since the runtime started, and the wall-clock time of that start.

const { performanceNow, timeOriginTimestamp } = internalBinding('timers');

module.exports = { now: performanceNow, timeOriginTimestamp };
