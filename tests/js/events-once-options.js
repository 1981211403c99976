// differential
'use strict';
// events.once() takes any options value (null, arrays, primitives carry no signal);
// events.on() reads options as given, so only null throws (reading .signal of null).
const { once, on, EventEmitter } = require('events');
const e = new EventEmitter();
for (const o of [null, [], 5, 'str', () => {}, undefined]) {
  const label = typeof o === 'function' ? 'function' : JSON.stringify(o);
  once(e, 'x', o).then((v) => console.log('once', label, v),
                       (er) => console.log('once', label, er.code, er.message));
  try {
    const it = on(e, 'x', o);
    console.log('on ok', label);
    it.return();
  } catch (er) {
    console.log('on', label, er.name);
  }
}
e.emit('x', 1);
