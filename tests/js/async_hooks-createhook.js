// differential
'use strict';
// createHook with AsyncResource: init/before/after/destroy order, ids seen inside
// scopes, executionAsyncResource, enable/disable, nested scopes.
const ah = require('async_hooks');

const events = [];
const mine = new Set();
const hook = ah.createHook({
  init(id, type, trigger, resource) {
    if (!type.startsWith('T_')) return;
    mine.add(id);
    events.push(['init', type, trigger === ah.executionAsyncId(), resource instanceof ah.AsyncResource]);
  },
  before(id) { if (mine.has(id)) events.push(['before', ah.executionAsyncId() === id]); },
  after(id) { if (mine.has(id)) events.push(['after', ah.executionAsyncId() === id]); },
  destroy(id) { if (mine.has(id)) events.push(['destroy', id === outerId]); },
});
console.log('enable returns hook', hook.enable() === hook);
console.log('enable twice', hook.enable() === hook);

const top = ah.executionAsyncId();
console.log('top ids', top, ah.triggerAsyncId());
const outer = new ah.AsyncResource('T_OUTER');
const outerId = outer.asyncId();
console.log('trigger of outer is top', outer.triggerAsyncId() === top);
console.log('ids increase', outerId > top);

const r = outer.runInAsyncScope(function(a, b) {
  events.push(['in outer', ah.executionAsyncId() === outerId, ah.triggerAsyncId() === top,
               ah.executionAsyncResource() === outer, this === 7, a + b]);
  const inner = new ah.AsyncResource('T_INNER');
  events.push(['inner trigger is outer', inner.triggerAsyncId() === outerId]);
  inner.runInAsyncScope(() => {
    events.push(['in inner', ah.executionAsyncId() === inner.asyncId(),
                 ah.executionAsyncResource() === inner]);
  });
  events.push(['back in outer', ah.executionAsyncId() === outerId]);
  return 'ret';
}, 7, 1, 2);
console.log('runInAsyncScope returns', r);
console.log('restored', ah.executionAsyncId() === top);

const explicit = new ah.AsyncResource('T_EXPLICIT', { triggerAsyncId: 42 });
console.log('explicit trigger', explicit.triggerAsyncId());
const numeric = new ah.AsyncResource('T_NUM', 43);
console.log('numeric trigger', numeric.triggerAsyncId());

// Exceptions leave the scope too.
try {
  outer.runInAsyncScope(() => { throw new Error('inside'); });
} catch (e) {
  console.log('caught', e.message, ah.executionAsyncId() === top);
}

const bound = outer.bind(function() { return ah.executionAsyncId() === outerId; });
console.log('bound runs in scope', bound());

outer.emitDestroy();
console.log('destroy is asynchronous', events.some((e) => e[0] === 'destroy'));
setImmediate(() => {
  console.log('events');
  for (const e of events) console.log(' ', JSON.stringify(e));
  hook.disable();
  events.length = 0;
  const after = new ah.AsyncResource('T_AFTER_DISABLE');
  after.runInAsyncScope(() => {});
  console.log('after disable', events.length);
});

// Bad arguments.
for (const bad of [{ init: 1 }, { before: 'x' }, { after: {} }, { destroy: null },
  { promiseResolve: 2 }]) {
  try { ah.createHook(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const bad of [-2, 1.5, NaN, '1']) {
  try { new ah.AsyncResource('T_BAD', { triggerAsyncId: bad }); } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try { new ah.AsyncResource(); } catch (e) { console.log(e.name, e.code, e.message); }
