// differential: ticks, promises, queueMicrotask, immediates and timers scheduling each other
'use strict';
const log = (m) => console.log(m);

process.nextTick(() => {
  log('tick 1');
  process.nextTick(() => log('tick 1.1 (tick from tick)'));
  Promise.resolve().then(() => log('promise from tick 1'));
});
process.nextTick(() => log('tick 2'));
Promise.resolve().then(() => {
  log('promise 1');
  process.nextTick(() => log('tick from promise 1'));
  Promise.resolve().then(() => log('promise from promise 1'));
  queueMicrotask(() => log('microtask from promise 1'));
});
queueMicrotask(() => log('microtask 1'));
Promise.resolve().then(() => log('promise 2'));

setTimeout(() => {
  log('timeout A');
  setImmediate(() => log('immediate from timeout A'));
  setTimeout(() => log('timeout from timeout A'), 0);
  process.nextTick(() => log('tick from timeout A'));
  Promise.resolve().then(() => log('promise from timeout A'));
}, 1);
setTimeout(() => {
  log('timeout B');
  process.nextTick(() => log('tick from timeout B'));
}, 1);

setTimeout(() => {
  setImmediate(() => {
    log('immediate 1');
    setImmediate(() => log('immediate from immediate 1 (next iteration)'));
    process.nextTick(() => log('tick from immediate 1'));
    Promise.resolve().then(() => log('promise from immediate 1'));
  });
  setImmediate(() => {
    log('immediate 2');
    queueMicrotask(() => log('microtask from immediate 2'));
  });
  setImmediate(() => log('immediate 3'));
}, 100);

(async () => {
  log('async start');
  await null;
  log('after await 1');
  process.nextTick(() => log('tick from async'));
  await null;
  log('after await 2');
})();
log('sync end');
