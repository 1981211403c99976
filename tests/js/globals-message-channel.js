// differential: MessageChannel, MessagePort, MessageEvent and BroadcastChannel in one thread
'use strict';
const log = (...a) => console.log(...a);
const { port1, port2 } = new MessageChannel();
log(typeof MessagePort, typeof MessageEvent, typeof BroadcastChannel, port1 instanceof EventTarget);
port2.on('message', (m) => log('on message', JSON.stringify(m)));
port2.addEventListener('message', (e) => {
  log('event', e.constructor.name, JSON.stringify(e.data), JSON.stringify(e.origin),
    JSON.stringify(e.lastEventId), e.source, e.ports.length, e.isTrusted);
});
const ab = new ArrayBuffer(4);
port1.postMessage({ a: 1, ab }, [ab]);
log('transferred', ab.byteLength);
port1.postMessage('two', { transfer: [] });
port2.on('close', () => log('port2 close'));
port1.once('close', () => log('port1 close'));
for (const f of [() => port1.postMessage(), () => port1.postMessage(() => {}), () => new MessagePort()]) {
  try {
    f();
  } catch (e) {
    log(e.name, e.code, e.message);
  }
}
const me = new MessageEvent('message', { data: 5, origin: 'o' });
log(me.data, me.type, me.origin, me.source);
// A port that nobody listens to does not keep the process alive.
const idle = new MessageChannel();
idle.port1.postMessage('unread');
// Ports keep the process alive until closed: close once both messages arrived.
let got = 0;
port2.on('message', () => {
  if (++got === 2) {
    port1.close();
    log('closed');
    port1.postMessage('dropped');
  }
});
const b1 = new BroadcastChannel('ch');
const b2 = new BroadcastChannel('ch');
const b3 = new BroadcastChannel('other');
b2.onmessage = (e) => {
  log('broadcast', e.data, e.constructor.name, b1.name);
  b1.close();
  b2.close();
  b3.close();
};
b3.onmessage = () => log('never: other channel');
b1.postMessage('hello');
try {
  new BroadcastChannel('x').close();
  const c = new BroadcastChannel('y');
  c.close();
  c.postMessage(1);
} catch (e) {
  log(e.name, e.code, e.message);
}
process.on('exit', () => log('exit', got));
