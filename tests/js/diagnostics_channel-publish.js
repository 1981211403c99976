// differential: channels, subscribers, hasSubscribers, tracingChannel
'use strict';
const dc = require('diagnostics_channel');

const ch = dc.channel('nodus:test');
console.log('before', ch.hasSubscribers, dc.hasSubscribers('nodus:test'), ch.name);
const seen = [];
const onMessage = (msg, name) => seen.push([msg, name]);
ch.subscribe(onMessage);
ch.publish({ n: 1 });
console.log('subscribed', ch.hasSubscribers, seen);
console.log('unsubscribe', ch.unsubscribe(onMessage), ch.unsubscribe(onMessage), ch.hasSubscribers);
ch.publish({ n: 2 });
console.log('same channel', dc.channel('nodus:test') === ch, ch instanceof dc.Channel);
dc.subscribe('nodus:other', (m) => console.log('module-level subscribe', m));
dc.channel('nodus:other').publish('hi');

const tc = dc.tracingChannel('nodus:trace');
const events = [];
tc.subscribe({
  start: (ctx) => events.push(['start', ctx.arg]),
  end: (ctx) => events.push(['end', ctx.result]),
  error: (ctx) => events.push(['error', ctx.error.message]),
  asyncStart: (ctx) => events.push(['asyncStart', ctx.result]),
  asyncEnd: (ctx) => events.push(['asyncEnd', ctx.result]),
});
console.log('sync result', tc.traceSync((x) => x * 2, { arg: 21 }, null, 21));
try {
  tc.traceSync(() => { throw new Error('nope'); }, { arg: 'err' });
} catch (err) {
  console.log('rethrown', err.message);
}
tc.tracePromise(async (x) => x + 1, { arg: 1 }, null, 1).then((v) => {
  console.log('promise result', v);
  console.log(JSON.stringify(events));
});
try {
  dc.channel(42);
} catch (err) {
  console.log(err.code, err.message);
}
