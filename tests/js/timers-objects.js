// differential: shape of Timeout and Immediate objects and the timers module
'use strict';
const timers = require('timers');
const t = setTimeout(() => {}, 1);
console.log(t.constructor.name, Object.keys(t).join());
console.log(Object.getOwnPropertySymbols(t).map(String).join());
console.log(t._idleTimeout, t._repeat, t._destroyed, typeof t._idleStart, t._timerArgs);
console.log(typeof +t, +t === Number(`${t}`), t.hasRef(), t.unref() === t, t.ref() === t);
const i = setImmediate(() => {});
console.log(i.constructor.name, Object.keys(i).join());
console.log(Object.getOwnPropertySymbols(i).map(String).join());
const iv = setInterval(() => {}, 7);
console.log(iv.constructor.name, iv._repeat, iv._idleTimeout);
console.log(t.close() === t, t._destroyed, t._idleTimeout, t._onTimeout);
clearInterval(iv);
clearImmediate(i);
console.log(i._destroyed, i._onImmediate);
console.log([setTimeout, setInterval, setImmediate, clearTimeout, clearInterval, clearImmediate]
  .map((f) => `${f.name}/${f.length}`).join(' '));
for (const k of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate',
  'clearImmediate']) {
  console.log(k, timers[k] === globalThis[k], require('node:timers')[k] === globalThis[k]);
}
console.log(typeof timers.promises.setTimeout, timers.promises === require('timers/promises'));
