// differential
'use strict';
// Listener order, once, prepend, removal during emit, newListener/removeListener,
// error handling, errorMonitor, max-listener warnings and validation errors.
const EventEmitter = require('events');
const e = new EventEmitter();
const log = [];
e.on('newListener', (name) => log.push(`new:${String(name)}`));
e.on('removeListener', (name) => log.push(`rm:${String(name)}`));
const a = () => log.push('a');
const b = () => { log.push('b'); e.off('x', c); };
const c = () => log.push('c');
e.on('x', a).on('x', b).on('x', c).prependListener('x', () => log.push('first'));
e.once('x', () => log.push('once'));
e.prependOnceListener('x', () => log.push('prepended once'));
console.log(e.emit('x'), e.emit('x'), e.emit('nothing'), log.join(' '));
console.log(e.listenerCount('x'), e.listenerCount('x', a), e.eventNames(), e.rawListeners('x').length);
e.removeAllListeners('x');
console.log(e.listenerCount('x'), e.eventNames());
const sym = Symbol('s');
e.on(sym, (...args) => console.log('sym args', args));
e.emit(sym, 1, 2, 3);
const t = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message, err.context);
  }
};
for (const v of [undefined, 'str', { message: 'x' }, 42, null, new Error('boom'), new TypeError('typed')]) {
  t(`emit error ${typeof v}`, () => new EventEmitter().emit('error', v));
}
const m = new EventEmitter();
m.on(EventEmitter.errorMonitor, (err) => console.log('monitor saw', err.message));
t('errorMonitor', () => m.emit('error', new Error('watched')));
t('setMaxListeners -1', () => new EventEmitter().setMaxListeners(-1));
t('setMaxListeners str', () => new EventEmitter().setMaxListeners('1'));
t('defaultMaxListeners', () => { EventEmitter.defaultMaxListeners = 'a'; });
t('on 1', () => new EventEmitter().on('x', 1));
t('once null', () => new EventEmitter().once('x', null));
t('off 1', () => new EventEmitter().off('x', 1));
t('static setMaxListeners', () => EventEmitter.setMaxListeners(-1));
t('static setMaxListeners {}', () => EventEmitter.setMaxListeners(1, {}));
t('getEventListeners {}', () => EventEmitter.getEventListeners({}, 'x'));
t('getMaxListeners {}', () => EventEmitter.getMaxListeners({}));
t('captureRejections', () => new EventEmitter({ captureRejections: 1 }));
t('addAbortListener', () => EventEmitter.addAbortListener({}, () => {}));
console.log(EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners(),
  EventEmitter.getMaxListeners(new EventEmitter().setMaxListeners(3)), EventEmitter.listenerCount(e, sym),
  EventEmitter.getEventListeners(e, sym).length, EventEmitter.EventEmitter === EventEmitter,
  typeof EventEmitter.EventEmitterAsyncResource, EventEmitter.captureRejections, EventEmitter.usingDomains);
process.on('warning', (w) => console.log('warning', w.name, w.message, w.count, String(w.type), w.emitter === leaky));
const leaky = new EventEmitter();
for (let i = 0; i < 11; i++) leaky.on('leak', () => {});
class Named extends EventEmitter {}
const named = new Named();
named.setMaxListeners(1);
named.on(sym, () => {});
named.on(sym, () => {});
named.on(sym, () => {});
const et = new EventTarget();
EventEmitter.setMaxListeners(1, et, named);
console.log(EventEmitter.getMaxListeners(et), named.getMaxListeners());
