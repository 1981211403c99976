// differential
'use strict';
// node:test's mock.fn: calls recorded (arguments, result, error, this, target),
// callCount, mockImplementation(Once) with onCall, times, resetCalls, restore, proxied
// name/length, construct calls, and the errors for bad arguments.
const { mock } = require('node:test');

function show(call) {
  const { stack, ...rest } = call;
  return { ...rest, stack: stack instanceof Error };
}

function tryIt(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const empty = mock.fn();
console.log(typeof empty, empty.name, empty.length, Object.getOwnPropertyNames(empty));
console.log(empty(1, 2), empty.mock.callCount(), empty.mock.calls.map(show));
console.log(Object.getPrototypeOf(empty.mock.calls[0]), Object.keys(empty.mock.calls[0]));
console.log(empty.mock.calls === empty.mock.calls, empty.mock.calls.push(1), empty.mock.callCount());
console.log(empty.mock.constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(empty.mock)));
console.log(mock.constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(mock))
  .filter((n) => n !== 'timers'));

const add = mock.fn(function add(a, b) { return a + b; });
console.log(add.name, add.length, add(1, 2), add.mock.calls.map(show));
const holder = { add };
holder.add(3, 4);
console.log(add.mock.calls[1].this === holder, add.mock.calls[1].result);

const thrower = mock.fn(() => { throw new TypeError('boom'); });
try { thrower('x'); } catch (e) { console.log('caught', e.message); }
console.log(thrower.mock.calls[0].error.message, thrower.mock.calls[0].result);

const asyncFn = mock.fn(async () => 5);
const promise = asyncFn();
console.log(asyncFn.mock.calls[0].result === promise);

class Base { constructor(a) { this.a = a; this.nt = new.target; } }
const MockBase = mock.fn(Base);
const made = new MockBase(5);
console.log(made, made instanceof Base, made.nt === MockBase, MockBase.mock.calls[0].target === Base,
            MockBase.mock.calls[0].this === made, MockBase.mock.calls[0].result === made);
class Sub extends MockBase {}
const sub = new Sub(6);
console.log(sub.nt === Sub, sub instanceof Sub, MockBase.mock.calls[1].target === Base);
const Failing = mock.fn(class { constructor() { throw new Error('ctor'); } });
try { new Failing(); } catch {}
console.log(Failing.mock.calls[0].error.message, Failing.mock.calls[0].this);

const timed = mock.fn(() => 'orig', () => 'impl', { times: 2 });
console.log(timed(), timed(), timed(), timed.mock.callCount());
timed.mock.mockImplementation(() => 'new');
console.log(timed());
timed.mock.mockImplementationOnce(() => 'once');
console.log(timed(), timed());
timed.mock.mockImplementationOnce(() => 'at 8', 8);
console.log(timed(), timed(), timed());
timed.mock.resetCalls();
console.log(timed.mock.callCount(), timed.mock.calls);
timed.mock.restore();
console.log(timed());

const reset = mock.fn(() => 'o', () => 'i', { times: 2 });
console.log(reset());
reset.mock.resetCalls();
console.log(reset(), reset(), reset());
const replaced = mock.fn(() => 'o', () => 'i', { times: 2 });
replaced.mock.mockImplementation(() => 'n');
console.log(replaced(), replaced(), replaced());
const twice = mock.fn(() => 'o');
twice.mock.mockImplementationOnce(() => 'a');
twice.mock.mockImplementationOnce(() => 'b');
console.log(twice(), twice());
twice.mock.mockImplementationOnce(() => 'c', null);
console.log(twice());

console.log(mock.fn({ times: 1 }).name, mock.fn(() => 1, { times: 1 })(),
            mock.fn(undefined, undefined, undefined)());

tryIt('original number', () => mock.fn(1));
tryIt('original null', () => mock.fn(null));
tryIt('implementation number', () => mock.fn(() => {}, 1));
tryIt('implementation null', () => mock.fn(() => {}, null));
tryIt('options null', () => mock.fn(() => {}, () => {}, null));
tryIt('options number', () => mock.fn(() => {}, () => {}, 5));
tryIt('times 0', () => mock.fn(() => {}, () => {}, { times: 0 }));
tryIt('times 1.5', () => mock.fn({ times: 1.5 }));
tryIt('times string', () => mock.fn({ times: 'a' }));
tryIt('times big', () => mock.fn({ times: 2 ** 60 }));
tryIt('mockImplementation', () => mock.fn().mock.mockImplementation(1));
tryIt('mockImplementationOnce', () => mock.fn().mock.mockImplementationOnce('x'));
tryIt('onCall -1', () => mock.fn().mock.mockImplementationOnce(() => {}, -1));
tryIt('onCall 1.5', () => mock.fn().mock.mockImplementationOnce(() => {}, 1.5));
tryIt('onCall string', () => mock.fn().mock.mockImplementationOnce(() => {}, 'x'));
tryIt('onCall past', () => {
  const f = mock.fn();
  f();
  f.mock.mockImplementationOnce(() => {}, 0);
});
