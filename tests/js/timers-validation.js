// differential: bad callbacks throw node's ERR_INVALID_ARG_TYPE; bad delays are coerced
'use strict';
for (const [name, fn] of [['setTimeout', setTimeout], ['setInterval', setInterval],
  ['setImmediate', setImmediate], ['queueMicrotask', queueMicrotask],
  ['process.nextTick', process.nextTick]]) {
  for (const bad of ['x', undefined, null, 1, {}, Symbol('s'), 10n]) {
    try {
      fn(bad);
      console.log(name, 'did not throw');
    } catch (e) {
      console.log(name, e.name, e.code, e.message, e instanceof TypeError);
    }
  }
}
const s = Date.now();
setTimeout(() => console.log('overflow becomes 1ms', Date.now() - s < 1000), 2 ** 31);
setInterval(function() { console.log('overflow interval', this._idleTimeout); clearInterval(this); }, 1e12);
setTimeout(() => console.log('Infinity becomes 1ms'), Infinity);
setTimeout(() => console.log('object delay'), { valueOf() { return 2; } });
setTimeout(() => console.log('2.7 truncates', this === undefined), 2.7);
