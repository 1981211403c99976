// differential
'use strict';
// t.mock.timers: each test has its own MockTimers (own timer ids), reset with the test's
// other mocks when it ends; a subtest cannot mock Date again; mock.reset() resets the
// module's timers and restoreAll() does not; the runner keeps running while a test has
// the globals mocked. Also the replaced properties (names, lengths, descriptors) and
// their restoration, and the experimental warning given once. Runs in a child; the TAP
// durations are normalised.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const source = `
const { test, describe, it, mock } = require('node:test');
const assert = require('assert');
const timers = require('timers');
const tp = require('timers/promises');
const RealDate = Date;
const names = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate'];
const snapshot = () => ({
  global: names.map((n) => Object.getOwnPropertyDescriptor(globalThis, n)),
  timers: names.map((n) => Object.getOwnPropertyDescriptor(timers, n)),
  promises: ['setTimeout', 'setInterval', 'setImmediate'].map((n) => Object.getOwnPropertyDescriptor(tp, n)),
  Date: Object.getOwnPropertyDescriptor(globalThis, 'Date'),
});
const before = snapshot();

const desc = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(mock), 'timers');
console.log(typeof desc.get, desc.set, desc.enumerable, desc.configurable);
console.log(mock.timers === mock.timers, mock.timers.constructor.name, mock.timers.constructor.length);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(mock.timers)),
            Object.getOwnPropertySymbols(Object.getPrototypeOf(mock.timers)).length);

mock.timers.enable({ apis: ['Date'] });
mock.restoreAll();
console.log('restoreAll leaves Date mocked:', Date.isMock === true);
mock.reset();
console.log('reset restores it:', Date === RealDate);

test('mocked functions', (t) => {
  t.mock.timers.enable();
  const during = snapshot();
  for (const [key, fn] of Object.entries({ setTimeout, setInterval, setImmediate, clearTimeout,
    clearInterval, clearImmediate, 'promises.setTimeout': tp.setTimeout,
    'promises.setInterval': tp.setInterval, 'promises.setImmediate': tp.setImmediate })) {
    console.log(key, JSON.stringify(fn.name), fn.length);
  }
  console.log(timers.setTimeout === setTimeout, timers.clearTimeout === clearTimeout,
              clearTimeout === clearInterval, timers.promises === tp);
  const { value, ...flags } = during.global[0];
  console.log(flags, during.Date.enumerable);
  assert.notDeepStrictEqual(during, before);
  t.mock.timers.reset();
  assert.deepStrictEqual(snapshot(), before);
  t.mock.timers.enable();
});

test('restored after the test', () => {
  assert.deepStrictEqual(snapshot(), before);
});

test('own ids, reset at the end', (t) => {
  t.mock.timers.enable();
  console.log('ids', setTimeout(() => {}, 5).id, setTimeout(() => {}, 5).id);
  setTimeout(() => console.log("the parent's tick runs it"), 5);
  t.test('subtest', (t2) => {
    assert.notStrictEqual(t2.mock.timers, t.mock.timers);
    assert.throws(() => t2.mock.timers.enable({ apis: ['Date'] }),
                  { code: 'ERR_INVALID_STATE', message: 'Invalid state: Date is already being mocked!' });
    t2.mock.timers.enable({ apis: ['setTimeout'] });
    console.log('subtest ids start again', setTimeout(() => {}, 1).id);
    const fn = t2.mock.fn();
    setTimeout(fn, 10);
    t.mock.timers.tick(10);
    console.log('parent tick runs the subtest timer?', fn.mock.callCount());
    t2.mock.timers.tick(10);
    console.log('subtest tick', fn.mock.callCount());
  });
});

test('the next test has the real timers', async () => {
  assert.deepStrictEqual(snapshot(), before);
  let ran = false;
  await new Promise((resolve) => setTimeout(resolve, 1)).then(() => { ran = true; });
  assert.strictEqual(ran, true);
});

describe('suite', () => {
  it('mocks setImmediate and the runner goes on', (t) => {
    t.mock.timers.enable({ apis: ['setImmediate', 'setTimeout'] });
    const fn = t.mock.fn();
    setImmediate(fn);
    setTimeout(fn, 100);
    t.mock.timers.tick(100);
    assert.strictEqual(fn.mock.callCount(), 2);
  });
  it('with a timeout option while setTimeout is mocked', { timeout: 10000 }, async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const p = tp.setTimeout(1000, 'done');
    t.mock.timers.tick(1000);
    assert.strictEqual(await p, 'done');
  });
  it('module mock across tests', () => {
    mock.timers.enable({ apis: ['setInterval'] });
  });
  it('still enabled here', () => {
    const fn = mock.fn();
    const id = setInterval(fn, 10);
    mock.timers.tick(30);
    clearInterval(id);
    assert.strictEqual(fn.mock.callCount(), 3);
    mock.timers.reset();
  });
});

test('dispose', (t) => {
  t.mock.timers.enable();
  const fn = t.mock.fn();
  setTimeout(fn, 1000);
  t.mock.timers[Symbol.dispose]();
  assert.throws(() => t.mock.timers.tick(1000), { code: 'ERR_INVALID_STATE' });
  assert.strictEqual(fn.mock.callCount(), 0);
  assert.deepStrictEqual(snapshot(), before);
});

test('a failing assertion while Date is mocked', (t) => {
  t.mock.timers.enable({ now: 5 });
  assert.strictEqual(Date.now(), 6);
});
`;

const file = path.join(process.env.TEST_TMPDIR, 'mock-timers-context.js');
fs.writeFileSync(file, source);
const child = spawnSync(process.execPath, [file], { encoding: 'utf8' });
// Stack frames inside the runtime are its own, not the program's.
console.log(child.stdout.replace(/duration_ms:? [0-9.e+-]+/g, 'duration_ms: *')
  .split('\n').filter((line) => !/\(node:[a-z_/]+:\d+:\d+\)$/.test(line)).join('\n'));
console.log('exit code', child.status);
console.log(child.stderr.replace(/\((node|nodus):\d+\)/g, '(PID)').replace(/`(node|nodus) /g, '`RUNTIME '));
