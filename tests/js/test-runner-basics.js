'use strict';
// node:test (first version): order of tests, subtests, suites, hooks and skip,
// and a failing test setting the exit code to 1.
const test = require('node:test');
const seen = [];
test('first', () => { seen.push('first'); });
test('with subtests', async (t) => {
  seen.push('parent');
  await t.test('child 1', () => { seen.push('child 1'); });
  await t.test('child 2 fails', () => { seen.push('child 2'); throw new Error('expected failure'); });
});
test.describe('suite', () => {
  test.beforeEach(() => { seen.push('beforeEach'); });
  test.it('it 1', () => { seen.push('it 1'); });
  test.it('it 2 callback', (t, done) => { seen.push('it 2'); setTimeout(done, 1); });
});
test('skipped', { skip: 'not now' }, () => { seen.push('skipped ran'); });
process.on('exit', (code) => {
  const expected = ['first', 'parent', 'child 1', 'child 2', 'beforeEach', 'it 1', 'beforeEach', 'it 2'];
  const ok = JSON.stringify(seen) === JSON.stringify(expected) && code === 1;
  if (!ok) {
    console.error(`expected ${JSON.stringify(expected)} and exit code 1, saw ${JSON.stringify(seen)} and ${code}`);
    process.exitCode = 2;
  } else {
    process.exitCode = 0;
  }
});
