'use strict';
// node:test: test/it, describe/suite, before/after/beforeEach/afterEach, skip/todo/only,
// and a TAP report on stdout (internal/test_runner/). A failing test sets the exit code
// to 1. `nodus --test` (internal/test_runner/runner) runs files in child processes.
// mock (internal/test_runner/mock) is mock.fn/method/getter/setter and mock.timers.
// Reporters: spec (on a terminal), tap, dot (--test-reporter). Snapshots and coverage are
// not implemented.

const { getHarness } = require('internal/test_runner/harness');
const { Test, Suite } = require('internal/test_runner/test');

function test(name, options, fn) {
  return getHarness().add(Test, name, options, fn);
}

function describe(name, options, fn) {
  return getHarness().add(Suite, name, options, fn);
}

function hook(kind) {
  return (fn, options) => {
    const harness = getHarness();
    harness.parentForNew().addHook(kind, fn, options);
  };
}

// test.skip(name, options, fn) etc.: the same call with the option set.
function withOption(run, key) {
  return (name, options, fn) => {
    if (typeof name === 'function') return run({ [key]: true }, name);
    if (typeof options === 'function') return run(name, { [key]: true }, options);
    if (typeof name === 'object' && name !== null) return run({ ...name, [key]: true }, options);
    return run(name, { ...options, [key]: true }, fn);
  };
}

for (const fn of [test, describe]) {
  fn.skip = withOption(fn, 'skip');
  fn.todo = withOption(fn, 'todo');
  fn.only = withOption(fn, 'only');
}

module.exports = test;
// In node's order of keys.
test.after = hook('after');
test.afterEach = hook('afterEach');
test.before = hook('before');
test.beforeEach = hook('beforeEach');
test.describe = describe;
test.it = test;
test.suite = describe;
test.test = test;

// Made on first use, as node's.
let mock;
Object.defineProperty(test, 'mock', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (mock === undefined) {
      const { MockTracker } = require('internal/test_runner/mock');
      mock = new MockTracker();
    }
    return mock;
  },
});
