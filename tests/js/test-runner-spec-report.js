// differential
'use strict';
// --test-reporter=spec and =dot for one file: headings above subtests, results with
// directives, inspected errors, diagnostics, the summary and the list of failures. The
// file runs in children; durations and stack frames are normalised away.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const source = `
const test = require('node:test');
const assert = require('assert');
test('first', () => {});
test('with subtests', async (t) => {
  await t.test('child 1', () => {});
  await t.test('child 2 fails', () => { throw new Error('expected failure'); });
});
test.describe('suite', () => {
  test.it('it 1', () => {});
  test.it('assert', () => { assert.strictEqual(1, 2); });
  test.describe('inner', () => { test.it('deep', () => {}); });
});
test('skipped', { skip: 'not now' }, () => {});
test.skip('skipped2', () => {});
test('todo', { todo: 'later' }, () => { throw new Error('x'); });
test.todo('todo2', () => {});
test('diagnostic', (t) => { t.diagnostic('a diagnostic'); });
test('str throw', () => { throw 'a string'; });
for (let i = 0; i < 12; i++) test('many ' + i, () => {});
`;

const file = path.join(process.env.TEST_TMPDIR, 'spec-report.js');
fs.writeFileSync(file, source);
for (const reporter of ['spec', 'dot']) {
  const child = spawnSync(process.execPath, [`--test-reporter=${reporter}`, file],
                          { encoding: 'utf8', cwd: process.env.TEST_TMPDIR });
  const out = child.stdout
    .replace(/\([0-9.e+-]+ms\)/g, '(*ms)')
    .replace(/duration_ms [0-9.e+-]+/g, 'duration_ms *')
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n');
  console.log(`--- ${reporter}\n${out}`);
  console.log('exit code', child.status, 'stderr', JSON.stringify(child.stderr));
}
