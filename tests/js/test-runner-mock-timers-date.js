// differential
'use strict';
// mock.timers and Date: the stand-in Date (called, constructed with and without
// arguments, subclassed), its own properties, Date.now() following tick() and setTime(),
// the `now` option as a number or a Date, and the real Date back after reset().
process.env.TZ = 'UTC';
const { mock } = require('node:test');
const util = require('util');

const timers = mock.timers;
const RealDate = Date;

timers.enable({ apis: ['Date'], now: 1000 });
const MockDate = Date;
console.log(MockDate === RealDate, MockDate.isMock, MockDate.name, MockDate.length, String(MockDate));
console.log(Object.getOwnPropertyNames(MockDate), Object.getOwnPropertyNames(RealDate));
console.log(util.inspect(MockDate));
for (const key of ['isMock', 'toString', 'now', 'parse', 'UTC', 'prototype']) {
  const { value, ...flags } = Object.getOwnPropertyDescriptor(MockDate, key);
  console.log(key, flags, typeof value);
}
console.log(Object.getOwnPropertyDescriptor(globalThis, 'Date').enumerable,
            Object.getPrototypeOf(MockDate) === Function.prototype,
            MockDate.prototype === RealDate.prototype,
            MockDate.parse === RealDate.parse, MockDate.UTC === RealDate.UTC,
            MockDate.now === RealDate.now, MockDate.now.name, MockDate.toString.name);
console.log(MockDate.now(), new MockDate().getTime(), new MockDate() instanceof RealDate,
            new MockDate().constructor === RealDate);
console.log(MockDate(), MockDate(123), typeof MockDate());
console.log(new MockDate(0).getTime(), new MockDate(100).getTime(), new MockDate(undefined).getTime(),
            new MockDate(null).getTime(), new MockDate('x').getTime(),
            new MockDate('1970-01-01T00:00:00.000Z').getTime(), new MockDate(1970, 0, 1, 11, 10, 45, 898).toISOString(),
            new MockDate(new RealDate(5)).getTime());
class Sub extends MockDate {}
const sub = new Sub();
console.log(sub instanceof Sub, sub instanceof RealDate, sub.getTime());
console.log(Reflect.construct(MockDate, [], Object) instanceof RealDate);

timers.tick(500);
console.log('after tick 500', Date.now(), new Date().toISOString());
timers.setTime(42);
console.log('after setTime 42', Date.now());
timers.tick();
console.log('after tick()', Date.now());
timers.setTime();
console.log('after setTime()', Date.now());
timers.reset();
console.log('restored', Date === RealDate, Date.isMock, Date.now() > 1e12);

for (const now of [new RealDate(5000), new RealDate(-5), new RealDate(NaN), 1.5, Infinity, 0, -0,
                   null, undefined, false, '', 0n]) {
  timers.enable({ now });
  console.log(util.inspect(now), '->', Date.now(), new Date().getTime());
  timers.reset();
}

// Without Date mocked, the clock still starts at `now` for the timers, and setTime moves
// it without running anything.
timers.enable({ apis: ['setTimeout'], now: 100 });
console.log('Date mocked?', Date.isMock === true, Date.now() > 1e12);
setTimeout(() => console.log('fired at mocked 150'), 50);
timers.setTime(10);
timers.tick(50);
console.log('not yet');
timers.tick(100);
timers.reset();

// setTime below a due timer's time and back over it runs nothing.
timers.enable();
const fn = mock.fn();
setTimeout(fn, 1000);
timers.setTime(1200);
console.log(Date.now(), fn.mock.callCount());
timers.setTime(500);
console.log(Date.now(), fn.mock.callCount());
timers.tick(500);
console.log(Date.now(), fn.mock.callCount());
timers.reset();

// Every api by default, Date included; an empty list mocks nothing.
timers.enable();
console.log('default', Date.isMock, Date.now());
timers.reset();
timers.enable({ apis: [] });
console.log('empty list', Date.isMock === true);
timers.reset();
timers.enable({ apis: null, now: 7 });
console.log('apis null', Date.isMock, Date.now());
timers.reset();
