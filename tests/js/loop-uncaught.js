// differential: after a handled uncaught exception the rest of the phase runs first
'use strict';
const log = (m) => console.log(m);
process.on('uncaughtException', (e) => log(`caught ${e.message}`));
setImmediate(() => {
  process.nextTick(() => log('tick queued by throwing immediate'));
  throw new Error('immediate');
});
setImmediate(() => log('next immediate'));
setTimeout(() => {
  process.nextTick(() => log('tick queued by throwing timer'));
  throw new Error('timer');
}, 3);
setTimeout(() => log('next timer, same list'), 3);
setTimeout(() => {
  process.nextTick(() => { throw new Error('tick'); });
  process.nextTick(() => log('tick after throwing tick'));
  Promise.resolve().then(() => log('promise after throwing tick'));
}, 6);
setTimeout(() => log('timer at 6'), 6);
setTimeout(() => {
  log('timer at 200');
  queueMicrotask(() => { throw new Error('microtask'); });
  queueMicrotask(() => log('microtask after throwing microtask'));
  setTimeout(() => {
    process.nextTick(() => log('tick of the last timer'));
    throw new Error('last');
  }, 1);
}, 200);
process.on('beforeExit', () => log('beforeExit'));
// Both timers of each pair must be due when the loop looks: they start a millisecond
// apart at worst, so wait past them.
const start = Date.now();
while (Date.now() - start < 12);
