// differential
'use strict';
// node:test hooks (before/after/beforeEach/afterEach at top level, in suites and on
// t), their order, a failing hook, and suites that are skipped or todo. The file runs in a child; durations and runtime-internal
// stack frames are normalised away.

const source = `
const { test, describe, it, before, after, beforeEach, afterEach } = require('node:test');
const seen = [];
before(() => seen.push('root before'));
beforeEach(() => seen.push('root beforeEach'));
afterEach(() => seen.push('root afterEach'));
after(() => console.log(seen.join(' | ')));
describe('s', () => {
  before(() => seen.push('s before'));
  beforeEach(() => seen.push('s beforeEach'));
  afterEach(() => seen.push('s afterEach'));
  after(() => seen.push('s after'));
  it('one', () => seen.push('one'));
  describe('inner', () => { it('two', () => seen.push('two')); });
});
test('t hooks', async (t) => {
  t.beforeEach(() => seen.push('t beforeEach'));
  t.afterEach(() => seen.push('t afterEach'));
  await t.test('sub', () => seen.push('sub'));
});
describe('failing hook', () => {
  beforeEach(() => { throw new Error('hook boom'); });
  it('x', () => seen.push('x'));
});
describe.skip('skipped suite', () => { it('not run', () => seen.push('not run')); });
describe('todo suite', { todo: true }, () => { it('runs', () => {}); });
it.todo('todo it');
`;

require('./fixtures/run-tap-file')('hooks.js', source);
