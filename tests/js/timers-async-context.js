// differential: AsyncLocalStorage stores follow timers, immediates, ticks and microtasks
'use strict';
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
// Collected and printed at exit in a fixed order: only the stores are under test here.
const seen = {};
const log = (where) => { seen[where] = als.getStore(); };
process.on('exit', () => {
  for (const k of Object.keys(seen).sort()) console.log(k, seen[k]);
});
als.run('A', () => {
  setTimeout(() => log('timeout'), 20);
  setImmediate(() => log('immediate'));
  process.nextTick(() => log('nextTick'));
  queueMicrotask(() => log('queueMicrotask'));
  const iv = setInterval(() => {
    log('interval');
    clearInterval(iv);
  }, 25);
  require('timers/promises').setTimeout(30).then(() => log('promise timer'));
});
als.run('B', () => {
  setTimeout(() => {
    log('timeout B');
    als.run('C', () => setImmediate(() => log('immediate C')));
    setImmediate(() => log('immediate still B'));
  }, 35);
});
log('outside');
setTimeout(() => log('outside timeout'), 40);
