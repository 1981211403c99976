// differential
'use strict';
// domain: errors thrown in run(), in timers/immediates/ticks scheduled inside a domain,
// 'error' events of member emitters, bind and intercept all reach the domain's 'error'
// listener; process.domain follows enter/exit.
const domain = require('domain');
const EventEmitter = require('events');

const log = [];
console.log('process.domain at start', process.domain);

const d = domain.create();
d.on('error', (err) => {
  log.push(`d caught ${err.message} thrown=${err.domainThrown} same=${err.domain === d}` +
           ` emitter=${err.domainEmitter !== undefined}`);
});

d.run(() => {
  console.log('inside run', process.domain === d, domain.active === d);
  setTimeout(() => {
    log.push(`timeout in domain ${process.domain === d}`);
    throw new Error('from timeout');
  }, 1);
  setImmediate(() => { throw new Error('from immediate'); });
  process.nextTick(() => { throw new Error('from tick'); });
  const ee = new EventEmitter();
  setImmediate(() => ee.emit('error', new Error('from emitter')));
});
console.log('after run', process.domain);

const d2 = domain.create();
d2.on('error', (err) => log.push(`d2 caught ${err.message} thrown=${err.domainThrown}`));
const explicit = new EventEmitter();
d2.add(explicit);
console.log('member', explicit.domain === d2, d2.members.length);
explicit.emit('error', new Error('member error'));
d2.remove(explicit);
console.log('removed', explicit.domain, d2.members.length);

const bound = d2.bind(function(a, b) {
  log.push(`bound ${process.domain === d2} ${a + b} ${this === undefined}`);
  return 'b';
});
console.log('bind returns', bound(1, 2));
const intercepted = d2.intercept((value) => log.push(`intercepted ${value}`));
intercepted(null, 'ok');
intercepted(new Error('via intercept'));

// Nested run: enter/exit stack.
const outer = domain.create();
const inner = domain.create();
outer.run(() => {
  inner.run(() => console.log('nested', process.domain === inner, domain._stack.length));
  console.log('back to outer', process.domain === outer);
});
console.log('stack empty', domain._stack.length, process.domain);

// Sorted: a 1 ms timer and an immediate set from the main script run in either order
// (in node as well), so only what was caught is compared, not its order.
setTimeout(() => {
  for (const line of log.sort()) console.log(line);
  console.log('done');
}, 50);
