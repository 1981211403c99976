// differential
'use strict';
// A stream's listener table starts with slots for its common events, as node's does:
// eventNames() names only events that have listeners, slotted ones first, in slot order.
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');
const { inspect } = require('util');
for (const C of [Readable, Writable, Duplex, Transform, PassThrough]) {
  const s = new C({ read() {}, write(chunk, enc, cb) { cb(); } });
  console.log(C.name, s.eventNames(), Reflect.ownKeys(s._events));
  s.on('foo', () => {});
  s.on('data', () => {});
  s.on('finish', () => {});
  s.on('error', () => {});
  console.log(C.name, s.eventNames(), s._eventsCount);
}
const r = new Readable({ read() {} });
r.on('data', () => {});
r.removeAllListeners('data');
console.log(Reflect.ownKeys(r._events), r.eventNames());
r.on('end', () => {});
r.on('close', () => {});
r.off('end', r.listeners('end')[0]);
console.log(Reflect.ownKeys(r._events), r.eventNames());
console.log(inspect(new Readable({ read() {} }), { depth: 0 }).split('\n').filter((l) => /shape/.test(l)));
