// differential
'use strict';
// events.once and events.on: values, 'error' rejection, AbortSignal, close events,
// EventTargets, and the bad-argument errors.
const EventEmitter = require('events');
const { once, on } = EventEmitter;

async function main() {
  const e = new EventEmitter();
  setImmediate(() => e.emit('ready', 1, 2));
  console.log('once', await once(e, 'ready'), e.listenerCount('ready'), e.listenerCount('error'));

  setImmediate(() => e.emit('error', new Error('bad')));
  await once(e, 'ready').catch((err) => console.log('once rejected', err.message, e.listenerCount('ready')));

  const ac = new AbortController();
  setImmediate(() => ac.abort());
  await once(e, 'never', { signal: ac.signal }).catch((err) => console.log('aborted', err.name, err.code, e.listenerCount('never')));
  await once(e, 'never', { signal: AbortSignal.abort() }).catch((err) => console.log('pre-aborted', err.name));
  await Promise.resolve().then(() => once(e, 'x', { signal: 1 })).catch((err) => console.log(err.code, err.message));

  const target = new EventTarget();
  setImmediate(() => target.dispatchEvent(new Event('ping')));
  const [ev] = await once(target, 'ping');
  console.log('target event', ev.type);

  const it = on(e, 'data', { close: ['end'] });
  setImmediate(() => {
    e.emit('data', 'a');
    e.emit('data', 'b', 'c');
    e.emit('end');
  });
  for await (const value of it) console.log('on', value);
  console.log('after close', e.listenerCount('data'), e.listenerCount('end'));

  const it2 = on(e, 'data');
  setImmediate(() => {
    e.emit('data', 1);
    e.emit('error', new Error('stream broke'));
  });
  try {
    for await (const value of it2) console.log('on2', value);
  } catch (err) {
    console.log('on2 threw', err.message, e.listenerCount('data'));
  }

  const ac2 = new AbortController();
  const it3 = on(e, 'data', { signal: ac2.signal });
  setImmediate(() => {
    e.emit('data', 'x');
    ac2.abort();
  });
  try {
    for await (const value of it3) console.log('on3', value);
  } catch (err) {
    console.log('on3 threw', err.name, e.listenerCount('data'));
  }

  const it4 = on(e, 'data');
  e.emit('data', 'early');
  console.log(await it4.next(), await it4.return(), await it4.next(), e.listenerCount('data'));

  const ac3 = new AbortController();
  let called = 0;
  const disposable = EventEmitter.addAbortListener(ac3.signal, () => called++);
  ac3.abort();
  console.log('abort listener', called, typeof disposable);
  EventEmitter.addAbortListener(AbortSignal.abort(), () => console.log('already aborted listener ran'));
}
main();
