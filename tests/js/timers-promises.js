// differential: timers/promises: setTimeout, setImmediate, setInterval, scheduler, signals, ref
'use strict';
const tp = require('timers/promises');
console.log(Object.keys(tp), Object.keys(tp.scheduler), Object.getOwnPropertyNames(Object.getPrototypeOf(tp.scheduler)));
const first = (async () => {
  for (const bad of [1, null, 'x']) await tp.setTimeout(1, 'v', bad).catch(e => console.log(e.code, e.message));
  await tp.setTimeout(1, 'v', { signal: 1 }).catch(e => console.log(e.code, e.message));
  await tp.setTimeout(1, 'v', { ref: 1 }).catch(e => console.log(e.code, e.message));
  await tp.setImmediate('v', { ref: 1 }).catch(e => console.log(e.code, e.message));
  const ac = new AbortController(); ac.abort();
  await tp.setTimeout(1, 'v', { signal: ac.signal }).catch(e => console.log(e.name, e.code, e.message, e.cause.name, e.cause.message));
  const ac2 = new AbortController();
  const p = tp.setImmediate('v', { signal: ac2.signal }); ac2.abort('why');
  await p.catch(e => console.log(e.name, e.code, e.message, e.cause));
  console.log(await tp.setTimeout(2, 'val'), await tp.setImmediate(5), await tp.setTimeout());
  let n = 0;
  for await (const v of tp.setInterval(1, 'iv')) { console.log(v); if (++n === 3) break; }
  const ac3 = new AbortController();
  const it = tp.setInterval(1, 'x', { signal: ac3.signal });
  console.log(await it.next());
  ac3.abort();
  await it.next().catch(e => console.log('iter', e.name, e.code));
  console.log(await it.next());
  console.log(await tp.scheduler.wait(2), await tp.scheduler.yield());
  await tp.scheduler.wait('x').catch(e => console.log('wait', e.code, e.message));
  await tp.scheduler.wait(1, 5).catch(e => console.log('wait2', e.code, e.message));
  await tp.setTimeout('x').catch(e => console.log(e.code, e.message));
  const u = tp.setTimeout(100000, 'unref', { ref: false }); u.then(v => console.log('never', v));
  const custom = Symbol.for('nodejs.util.promisify.custom'); const util = { promisify: (f) => f[custom] };
  console.log(await util.promisify(setTimeout)(1, 'pv'), await util.promisify(setImmediate)('pi'));
  console.log(setTimeout[Symbol.for('nodejs.util.promisify.custom')] === tp.setTimeout, setImmediate[Symbol.for('nodejs.util.promisify.custom')] === tp.setImmediate);
})();
// Order against the callback forms: promise timers are plain timers underneath.
(async () => {
  await first;
  const order = [];
  const done = [
    tp.setTimeout(2, 'p-timeout').then((v) => order.push(v)),
    tp.setImmediate('p-immediate').then((v) => order.push(v)),
  ];
  setImmediate(() => order.push('cb-immediate'));
  setTimeout(() => order.push('cb-timeout'), 2);
  await Promise.all(done);
  await tp.setTimeout(5);
  console.log(order.join(' '));
  // An unref'd promise timer does not keep the process alive.
  tp.setTimeout(60000, undefined, { ref: false }).then(() => console.log('never'));
  tp.setImmediate(undefined, { ref: false });
})();
process.on('exit', (c) => console.log('exit', c));
