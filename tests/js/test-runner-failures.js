// differential
'use strict';
// node:test failures other than a throw: a timeout (counted as cancelled), t.plan,
// an unhandled rejection inside a test, a callback called twice or with an error, a
// callback-style test that also returns a promise. The file runs in a child; durations and runtime-internal
// stack frames are normalised away.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');


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

const file = path.join(process.env.TEST_TMPDIR, 'failures.js');
fs.writeFileSync(file, source);
const child = spawnSync(process.execPath, [file], { encoding: 'utf8' });
const out = child.stdout
  .replace(/duration_ms:? [0-9.e+-]+/g, 'duration_ms: *')
  .split('\n')
  .filter((line) => !/\(node:[^)]*\)$|^ +node:|<anonymous>\)$|^ +async Promise\.all/.test(line))
  .join('\n');
console.log(out);
console.log('exit code', child.status, 'stderr', JSON.stringify(child.stderr));
