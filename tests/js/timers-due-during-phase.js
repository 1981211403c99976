// differential: a timer that comes due while the timers phase is still running (set from
// a timer callback that then runs long) waits for the next loop iteration, after the
// immediates, as in node; lists that were already due when the phase began still run
'use strict';
const busy = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };

setTimeout(() => {
  console.log('timeout A');
  setTimeout(() => console.log('timeout set in A (1 ms)'), 1);
  setTimeout(() => console.log('timeout set in A (2 ms)'), 2);
  setImmediate(() => console.log('immediate set in A'));
  busy(20);
}, 1);
setTimeout(() => {
  console.log('timeout B, due when the phase began');
  busy(5);
}, 1);
setTimeout(() => {
  setImmediate(() => {
    console.log('immediate');
    setTimeout(() => console.log('timeout from immediate'), 0);
    busy(10);
  });
  setImmediate(() => console.log('immediate 2'));
}, 50);
// Both 1 ms timers are due before the loop starts, even on a loaded machine.
busy(10);
