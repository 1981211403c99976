// differential
'use strict';
// events.on() with a signal adds one 'abort' listener and removes it when the iterator
// ends by return(), throw() or the abort itself (getEventListeners shows it).
const { on, EventEmitter, getEventListeners } = require('events');
const ee = new EventEmitter();
const ac = new AbortController();
const count = () => getEventListeners(ac.signal, 'abort').length;
const a = on(ee, 'foo', { signal: ac.signal });
console.log('after on', count());
a.return();
console.log('after return', count());
const b = on(ee, 'foo', { signal: ac.signal });
console.log('after on', count());
b.throw(new Error('stop'));
console.log('after throw', count());
const c = on(ee, 'foo', { signal: ac.signal });
console.log('after on', count());
ac.abort(new Error('why'));
console.log('after abort', count());
c.next().then(() => console.log('resolved'), (err) => console.log('rejected', err.name));
