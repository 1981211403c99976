// differential: the listener table is a null-prototype object (inherited names are not events, inspect shows it as node does) however it was emptied; errorMonitor and unhandled 'error' after the emit split; node 20's shapeMode symbol
'use strict';
const EventEmitter = require('events');
const e = new EventEmitter();
for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'a']) {
  console.log(name, e.listenerCount(name), e.emit(name));
}
e.on('a', () => console.log('a fired'));
e.on('__proto__', (x) => console.log('__proto__ fired', x));
e.on('toString', () => console.log('toString fired'));
console.log(e.emit('__proto__', 1), e.emit('toString'), e.emit('a'));
console.log(Object.getPrototypeOf(e._events), e._events instanceof Object, Object.keys(e._events));
console.log(require('util').inspect(e._events));
e.off('a', e.listeners('a')[0]);
console.log(Object.keys(e._events), e.eventNames());
e.removeAllListeners();
console.log(Object.getPrototypeOf(e._events), require('util').inspect(e._events), e.eventNames());
e.on('x', () => {});
e.removeAllListeners('x');
console.log(Object.getPrototypeOf(e._events), e.eventNames());

const m = new EventEmitter();
m.on(EventEmitter.errorMonitor, (err) => console.log('monitor', err.message));
m.on('error', (err) => console.log('listener', err.message));
console.log(m.emit('error', new Error('one')));
const u = new EventEmitter();
u.on(EventEmitter.errorMonitor, (err) => console.log('monitor only', err.message));
try { u.emit('error', new Error('two')); } catch (err) { console.log('thrown', err.message); }
try { new EventEmitter().emit('error', 42); } catch (err) { console.log(err.code, err.message); }
try { new EventEmitter().emit('error'); } catch (err) { console.log(err.code, err.message); }
const args = [];
const v = new EventEmitter();
v.on('n', (...a) => args.push(a.length));
v.on('n', (...a) => args.push(a.length));
v.emit('n'); v.emit('n', 1); v.emit('n', 1, 2); v.emit('n', 1, 2, 3); v.emit('n', 1, 2, 3, 4, 5);
console.log(args.join(','));
console.log(new EventEmitter());
class Sub extends EventEmitter { constructor() { super(); this.x = 1; } }
console.log(new Sub());
const twice = {};
EventEmitter.init.call(twice);
twice._events.x = 1;
EventEmitter.init.call(twice);
console.log(Object.getOwnPropertySymbols(twice).map((s) => [String(s), twice[s]]));

// Removing an event other than the last one added keeps the order of the others (the
// table is rebuilt rather than deleted from), for removeListener, once and
// removeAllListeners(type), symbols included, with 'removeListener' listeners watching.
const sym = Symbol('s');
const order = new EventEmitter();
const fns = {};
for (const name of ['a', sym, 'b', 'c', 'd']) order.on(name, fns[name] = () => {});
order.removeListener('b', fns.b);
console.log(order.eventNames(), Reflect.ownKeys(order._events));
order.removeAllListeners(sym);
console.log(order.eventNames(), Object.getPrototypeOf(order._events));
order.once('e', () => console.log('e once'));
order.on('f', () => {});
order.emit('e');
console.log(order.eventNames(), order.listenerCount('e'));
order.on('removeListener', (name) => console.log('removed', String(name)));
order.removeListener('a', fns.a);
order.removeAllListeners('c');
console.log(order.eventNames(), order.emit('d'));
