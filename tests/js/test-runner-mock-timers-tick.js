// differential
'use strict';
// mock.timers: what tick() and runAll() run and in which order — due time then creation,
// immediates first, intervals re-arming from their due time, timers added by callbacks,
// clear* of mocked ids, a throwing callback left queued — and the mocked timer objects
// (fields, heap positions, ref/unref/hasRef/refresh). Quirks of node 20 included: an
// interval cleared inside its own callback keeps running, delays are not coerced.
const { mock } = require('node:test');
const util = require('util');

const timers = mock.timers;
const log = (...args) => console.log(...args);

timers.enable();
setTimeout(function(...args) {
  log('t100 at', Date.now(), 'this', this, 'args', args);
  setTimeout(() => log('added +0 at', Date.now()), 0);
  setTimeout(() => log('added +50 at', Date.now()), 50);
  setImmediate(() => log('immediate from t100 at', Date.now()));
}, 100, 'a', 'b');
let count = 0;
const interval = setInterval(() => log('interval', ++count, 'at', Date.now()), 30);
setTimeout(() => log('t90'), 90);
setTimeout(() => log('t90 second'), 90);
timers.tick(95);
log('after tick 95:', Date.now());
timers.tick(60);
log('after tick 60:', Date.now());
clearInterval(interval);
timers.tick(100);

log('-- runAll');
setTimeout(() => log('r300'), 300);
setInterval(() => log('r1000 interval'), 1000);
setTimeout(() => { log('r10'); setTimeout(() => log('r10 + 10'), 10); }, 10);
// Node ticks to the due time of the heap's last timer (r300 here), not the latest one.
timers.runAll();
log('after runAll:', Date.now());
timers.runAll();
log('after second runAll:', Date.now());
timers.reset();

log('-- immediates before timers');
timers.enable();
setTimeout(() => log('timeout 0'), 0);
setImmediate((x) => log('immediate', x), 'x');
setImmediate(() => log('immediate 2'));
timers.tick(0);

log('-- clearing');
const a = setTimeout(() => log('never a'), 10);
const b = setInterval(() => log('never b'), 10);
const c = setImmediate(() => log('never c'));
clearTimeout(a);
clearInterval(b);
clearImmediate(c);
const d = setTimeout(() => log('d fires: cleared by number only'), 10);
clearTimeout(d.id);
const e = setTimeout(() => log('never e'), 10);
clearImmediate(e);
clearTimeout();
clearTimeout(null);
clearTimeout({});
clearTimeout('x');
timers.tick(20);

log('-- clearing inside callbacks');
const self = setTimeout(() => { log('self'); clearTimeout(self); }, 5);
setTimeout(() => log('same time 1'), 5);
setTimeout(() => log('same time 2'), 5);
let n = 0;
const stubborn = setInterval(() => { log('stubborn', ++n); clearInterval(stubborn); }, 5);
timers.tick(15);
clearInterval(stubborn);
timers.tick(15);

log('-- a throwing callback stays queued');
setTimeout(() => { log('thrower'); throw new Error('boom'); }, 10);
setTimeout(() => log('after thrower'), 10);
try {
  timers.tick(10);
} catch (err) {
  log('caught', err.message, 'at', Date.now());
}
timers.reset();

log('-- reset inside a callback');
timers.enable();
setTimeout(() => { log('resets'); timers.reset(); }, 10);
setTimeout(() => log('never: the queue went with the reset'), 10);
timers.tick(10);
log('tick returned');
timers.reset();

log('-- delays');
timers.enable();
for (const delay of [0, -5, 1.5, 2 ** 31, 2 ** 31 - 1, null, undefined]) {
  const t = setTimeout(() => {}, delay);
  log(String(delay), 'runAt', t.runAt);
}
const big = setInterval(() => {}, 2 ** 31);
log('big interval', big.interval, big.runAt);
timers.reset();

log('-- timer objects');
timers.enable();
const t1 = setTimeout(() => {}, 10, 1, 2);
const t2 = setInterval(() => {}, 5);
const t3 = setImmediate(() => {});
log(t1, t2, t3);
log(t1.constructor.name, t1.constructor.length, Object.getOwnPropertyNames(Object.getPrototypeOf(t1)));
log(typeof t1[Symbol.toPrimitive], +t1, `${t1}`);
log(t1.hasRef(), t1.unref() === t1, t1.hasRef(), t1.ref() === t1, t1.refresh() === t1, t1.runAt);
log(util.inspect(t1, { showHidden: true }));
const positions = [50, 20, 40, 10, 30, 60, 5].map((delay) => setTimeout(() => {}, delay));
const where = () => positions.map((t) => t.priorityQueuePosition).join(',');
log(where());
clearTimeout(positions[1]);
log(where());
clearTimeout(positions[6]);
log(where());
timers.tick(35);
log(where());
log('ids go on after reset:', setTimeout(() => {}).id);
timers.reset();
timers.enable();
log(setTimeout(() => {}).id);
timers.reset();

log('-- only the listed apis');
timers.enable({ apis: ['setTimeout'] });
setImmediate(() => log('real immediate, after the script'));
setTimeout(() => log('mocked timeout'), 1);
timers.tick(1);
timers.reset();
log('setTimeout restored:', setTimeout === require('timers').setTimeout && !/bound/.test(setTimeout.name));
timers.enable({ apis: ['setInterval', 'setImmediate'] });
setInterval(() => log('mocked interval'), 1);
setImmediate(() => log('mocked immediate'));
timers.tick(1);
timers.reset();
log('end of script');
