'use strict';
// t.assert: node:test's per-context assertion methods. The expected key list and
// identities are what node 20 gives; a failure here fails the test run (exit 1).
const { test } = require('node:test');
const assert = require('assert');

test('context assert', async (t) => {
  assert.deepStrictEqual(Object.keys(t.assert), [
    'deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow', 'equal',
    'fail', 'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual',
    'notStrictEqual', 'rejects', 'strictEqual', 'throws', 'ok',
  ]);
  assert.strictEqual(t.assert, t.assert);
  assert.notStrictEqual(t.assert.ok, assert.ok);
  t.assert.strictEqual(1, 1);
  t.assert.deepStrictEqual({ a: [1] }, { a: [1] });
  assert.throws(() => t.assert.strictEqual(1, 2), { code: 'ERR_ASSERTION' });
  await t.assert.rejects(Promise.reject(new Error('no')), /no/);
});
