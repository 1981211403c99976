// differential
'use strict';
// node:test failures other than a throw: a timeout (counted as cancelled), t.plan,
// an unhandled rejection inside a test, a callback called twice or with an error, a
// callback-style test that also returns a promise. The file runs in a child; durations and runtime-internal
// stack frames are normalised away.

const source = `
const test = require('node:test');
test('timeout', { timeout: 20 }, async () => { await new Promise((r) => setTimeout(r, 200)); });
test('plan bad', (t) => { t.plan(2); t.assert.ok(true); });
test('plan good', (t) => { t.plan(2); t.assert.ok(true); t.assert.equal(1, 1); });
test('rejection', async () => { Promise.reject(new Error('unhandled rej')); await new Promise((r) => setTimeout(r, 10)); });
test('done twice', (t, done) => { done(); done(); });
test('done err', (t, done) => { done(new Error('cb error')); });
test('both', (t, done) => Promise.resolve());
test('last', async () => { await new Promise((r) => setTimeout(r, 5)); });
`;

require('./fixtures/run-tap-file')('failures.js', source);
