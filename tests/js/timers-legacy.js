// differential: the deprecated enroll/active/unenroll API on plain objects
'use strict';
const timers = require('timers');
const item = { _onTimeout() { console.log('legacy item fired'); } };
timers.enroll(item, 5);
timers.active(item);
const gone = { _onTimeout() { console.log('never: unenrolled'); } };
timers.enroll(gone, 3);
timers.active(gone);
timers.unenroll(gone);
const unrefd = { _onTimeout() { console.log('never: unref item'); } };
timers.enroll(unrefd, 10000);
timers._unrefActive(unrefd);
for (const bad of [-1, Infinity, NaN, 'x']) {
  try {
    timers.enroll({}, bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
