// differential
'use strict';
// node:test's TAP report for one file (stdout not a terminal): subtests, suites,
// failures with their YAML (assertion fields, codes, names), skip/todo, name escaping,
// the summary and exit code 1. The file runs in a child; durations and runtime-internal
// stack frames are normalised away.

const source = `
const test = require('node:test');
const assert = require('assert');
test('first', () => {});
test('with subtests', async (t) => {
  await t.test('child 1', () => {});
  await t.test('child 2 fails', () => { throw new Error('expected failure'); });
});
test.describe('suite', () => {
  test.beforeEach(() => {});
  test.it('it 1', () => {});
  test.it('it 2 callback', (t, done) => { setTimeout(done, 1); });
  test.it('assert', () => { assert.strictEqual(1, 2); });
  test.describe('inner', () => { test.it('deep', () => { assert.deepStrictEqual({ a: 1 }, { a: 2 }); }); });
});
test('skipped', { skip: 'not now' }, () => {});
test.skip('skipped2', () => {});
test('todo', { todo: 'later' }, () => { throw new Error('x'); });
test.todo('todo2', () => {});
test('str throw', () => { throw 'a string'; });
test('code', () => { const e = new TypeError('bad'); e.code = 'ERR_X'; throw e; });
test('multi\\nline', () => { throw new Error('line1\\nline2'); });
test('obj', () => { throw { a: 1, b: 'x' }; });
test('null', () => { throw null; });
test('custom', () => { class MyErr extends Error {} const e = new MyErr("it's"); e.name = 'MyErr'; throw e; });
test('arr', () => { assert.deepStrictEqual([1, 'a', null, undefined, [2]], [1]); });
test('types', () => { assert.strictEqual("a'b", 'c\\nd'); });
test('nested', () => {
  assert.deepStrictEqual({ a: { b: [1, { c: 2 }], d: null, e: undefined, f: true, g: 1n,
    i: function i() {}, j: new Date(0), k: /re/g, l: '' } }, {});
});
test('name#hash \\\\ back\\ttab', () => {});
test('ok false', () => { assert.ok(false); });
test('diagnostic', (t) => { t.diagnostic('a diagnostic'); });
`;

require('./fixtures/run-tap-file')('tap-report.js', source);
