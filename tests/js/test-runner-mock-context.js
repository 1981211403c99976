// differential
'use strict';
// t.mock: each test (and subtest, and suite) has its own MockTracker, whose mocks are
// restored when the test ends — after its afterEach hooks — while the module's `mock`
// keeps its mocks across tests. The file runs in a child; durations are normalised.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const source = `
const { test, describe, it, afterEach, mock } = require('node:test');
const assert = require('assert');
const obj = { f() { return 'orig'; }, g() { return 'orig g'; } };
const desc = Object.getOwnPropertyDescriptor(require('node:test'), 'mock');
console.log(typeof desc.get, desc.enumerable, mock === require('node:test').mock);
test('t', (t) => {
  t.mock.method(obj, 'f', () => 'mocked');
  mock.method(obj, 'g', () => 'global');
  console.log(obj.f(), obj.g(), t.mock === t.mock, t.mock !== mock,
              t.mock.constructor === mock.constructor);
  t.test('sub', (t2) => {
    console.log('sub sees', obj.f(), t2.mock !== t.mock);
    t2.mock.method(obj, 'f', () => 'sub mocked');
    console.log('sub', obj.f());
  });
  console.log('after sub', obj.f());
});
test('t2', () => { console.log('t2', obj.f(), obj.g()); });
describe('suite', () => {
  afterEach(() => { console.log('afterEach', obj.f()); });
  it('it', (t) => { t.mock.method(obj, 'f', () => 'it mocked'); });
  it('it 2', () => { console.log('it 2', obj.f()); });
});
test('fn mock', (t) => {
  const fn = t.mock.fn(() => 1, () => 2);
  globalThis.leftover = fn;
  assert.strictEqual(fn(), 2);
});
test('after fn mock', () => { console.log('leftover', globalThis.leftover(), leftover.mock.callCount()); });
`;

const file = path.join(process.env.TEST_TMPDIR, 'mock-context.js');
fs.writeFileSync(file, source);
const child = spawnSync(process.execPath, [file], { encoding: 'utf8' });
console.log(child.stdout.replace(/duration_ms:? [0-9.e+-]+/g, 'duration_ms: *'));
console.log('exit code', child.status, 'stderr', JSON.stringify(child.stderr));
