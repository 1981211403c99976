// differential
'use strict';
// mock.timers: node's error for each bad call — enabling twice, unknown or non-string
// api names, apis not an array, bad `now`, tick/runAll/setTime before enable, negative
// times — and the order in which enable and setTime check their arguments.
const { mock } = require('node:test');

const timers = mock.timers;

function tryIt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'no throw', result);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}

// Before enable.
tryIt('tick', () => timers.tick(1));
tryIt('tick no arg', () => timers.tick());
tryIt('tick negative', () => timers.tick(-1));
tryIt('runAll', () => timers.runAll());
tryIt('setTime', () => timers.setTime(5));
tryIt('setTime NaN', () => timers.setTime(NaN));
// setTime checks its argument before the state.
tryIt('setTime string', () => timers.setTime('x'));
tryIt('setTime negative', () => timers.setTime(-1));
tryIt('reset', () => timers.reset());
tryIt('dispose', () => timers[Symbol.dispose]());

// enable's arguments.
tryIt('unknown api', () => timers.enable({ apis: ['DOES_NOT_EXIST'] }));
tryIt('empty name', () => timers.enable({ apis: [''] }));
tryIt('wrong case', () => timers.enable({ apis: ['settimeout'] }));
tryIt('clearTimeout is no api', () => timers.enable({ apis: ['clearTimeout'] }));
tryIt('number api', () => timers.enable({ apis: [1] }));
tryIt('types before names', () => timers.enable({ apis: ['bad', 1] }));
tryIt('apis string', () => timers.enable({ apis: 'setTimeout' }));
tryIt('apis object', () => timers.enable({ apis: {} }));
tryIt('apis true', () => timers.enable({ apis: true }));
tryIt('apis before now', () => timers.enable({ apis: ['bad'], now: -1 }));
tryIt('now -1', () => timers.enable({ now: -1 }));
tryIt('now -1.5', () => timers.enable({ now: -1.5 }));
tryIt('now -Infinity', () => timers.enable({ now: -Infinity }));
tryIt('now NaN', () => timers.enable({ now: NaN }));
tryIt('now string', () => timers.enable({ now: 'string' }));
tryIt('now bigint', () => timers.enable({ now: 5n }));
tryIt('now true', () => timers.enable({ now: true }));
tryIt('now object', () => timers.enable({ now: {} }));
tryIt('now array', () => timers.enable({ now: [] }));
tryIt('now date-like', () => timers.enable({ now: Object.create(Date.prototype) }));
console.log('after failed enables, Date.isMock:', Date.isMock);

// Enabled.
timers.enable();
tryIt('enable twice', () => timers.enable());
// The state is checked before the new arguments.
tryIt('enable twice, bad api', () => timers.enable({ apis: ['bad'] }));
// ...but after the options are read (each getter once).
tryIt('enable twice, getters', () => timers.enable({
  get apis() { console.log('get apis'); return ['bad']; },
  get now() { console.log('get now'); return -1; },
}));
tryIt('tick -1', () => timers.tick(-1));
tryIt('tick -Infinity', () => timers.tick(-Infinity));
tryIt('tick "-1"', () => timers.tick('-1'));
tryIt('tick -1n', () => timers.tick(-1n));
tryIt('tick 1n', () => timers.tick(1n));
tryIt('tick -0', () => timers.tick(-0));
tryIt('setTime -1', () => timers.setTime(-1));
tryIt('setTime -Infinity', () => timers.setTime(-Infinity));
tryIt('setTime string', () => timers.setTime('1'));
tryIt('setTime null', () => timers.setTime(null));
tryIt('setTime bigint', () => timers.setTime(1n));
// An immediate is due a millisecond before now, so runAll ticks back by one.
setImmediate(() => console.log('immediate ran'));
tryIt('runAll with only an immediate', () => timers.runAll());
timers.tick(0);
// A callback that is not a function fails when it comes due.
setTimeout(5, 10);
tryIt('non-function callback', () => timers.tick(10));
timers.reset();

// Only own properties of the options count: an inherited `apis` is ignored.
timers.enable(Object.create({ apis: ['setTimeout'] }));
console.log('inherited apis ignored:', /bound/.test(setImmediate.name));
timers.reset();

// Date cannot be mocked twice, even by another MockTimers.
const MockTimers = timers.constructor;
const other = new MockTimers();
timers.enable({ apis: ['Date'] });
tryIt('Date already mocked', () => other.enable({ apis: ['Date'] }));
tryIt('tick on the other', () => other.tick(1));
timers.reset();
tryIt('Date twice in one list', () => other.enable({ apis: ['Date', 'Date'] }));
// As node's: the first Date stays mocked and the failed enable cannot reset it.
console.log('Date.isMock after that:', Date.isMock);
