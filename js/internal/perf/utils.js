'use strict';
// The clock behind performance.now(), Event#timeStamp and perf_hooks: milliseconds
// since the runtime started, and the wall-clock time of that start.

const { performanceNow, timeOriginTimestamp, timeOriginHr } = internalBinding('timers');

// A uv_hrtime() reading (nanoseconds) as a time on the performance timeline.
function hrToTimeline(ns) {
  return (ns - timeOriginHr) / 1e6;
}

module.exports = { now: performanceNow, timeOriginTimestamp, hrToTimeline };
