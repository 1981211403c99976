// differential
'use strict';
// How emit calls listeners: `this`, every argument count (0 to 6), return values
// ignored, a listener's own `apply` property used as node uses it, and a listener
// array changed during an emit taking effect only from the next one.
const EventEmitter = require('events');
const e = new EventEmitter();
const seen = [];
function record(...args) { seen.push(`${this === e}:${args.join(',')}`); return 42; }
e.on('one', record);
e.on('many', record).on('many', record).on('many', record);
for (let n = 0; n <= 6; n++) {
  const args = Array.from({ length: n }, (_, i) => i);
  console.log(n, e.emit('one', ...args), e.emit('many', ...args));
}
console.log(seen.join(' | '));

const own = new EventEmitter();
function custom(a) { console.log('plain call', a); }
custom.apply = (self, args) => console.log('own apply', self === own, args);
own.on('x', custom);
own.emit('x', 1, 2);
own.on('x', custom);
own.emit('x', 3);

const changing = new EventEmitter();
const order = [];
const late = () => order.push('late');
changing.on('x', () => { order.push('first'); changing.on('x', late); });
changing.on('x', () => { order.push('second'); changing.removeAllListeners('x'); });
changing.on('x', () => order.push('third'));
changing.emit('x');
changing.emit('x');
console.log(order.join(' '), changing.listenerCount('x'));
