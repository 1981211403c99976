// differential
'use strict';
// Promises as async_hooks resources: init (with the parent promise as trigger), before/
// after around reactions, promiseResolve; AsyncLocalStorage keeps working alongside.
const ah = require('async_hooks');
const als = new ah.AsyncLocalStorage();
const ev = [];
const h = ah.createHook({
  init(id, type, trigger) { if (type === 'PROMISE') ev.push(['init', id, trigger]); },
  before(id) { ev.push(['before', id, ah.executionAsyncId() === id]); },
  after(id) { ev.push(['after', id]); },
  promiseResolve(id) { ev.push(['resolve', id]); },
}).enable();
const base = ah.executionAsyncId();
let p;
als.run('store', () => { p = Promise.resolve(1); });
const q = p.then((v) => { ev.push(['in then', ah.executionAsyncId() === ev[2][1], ah.triggerAsyncId() === ev[0][1], als.getStore()]); return v + 1; });
q.then(() => {
  console.log('store outside', als.getStore());
  h.disable();
  const ids = new Map(); let n = 0;
  const norm = (x) => { if (typeof x !== 'number' || x <= base) return x; if (!ids.has(x)) ids.set(x, 'P' + n++); return ids.get(x); };
  for (const e of ev) console.log(e.map(norm).join(' '));
});
