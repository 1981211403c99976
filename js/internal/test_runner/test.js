'use strict';
// node:test's model: a Test (test/it, t.test), a Suite (describe/suite) and the
// TestContext a test body receives. A test runs its hooks, its body (with a timeout),
// then its pending subtests, and reports itself to the harness's reporter when done.

const { AsyncLocalStorage } = require('async_hooks');
const { validateFunction, validateObject, validateNumber } = require('internal/validators');
// The runner's own timers: a test may have replaced the globals with mock.timers.
const { setTimeout, clearTimeout } = require('internal/timers');

// The test whose code is running, so that test()/it()/describe() called from it (even
// after an await) make subtests of it.
const currentTest = new AsyncLocalStorage();

// The assertion methods t.assert offers, in node's order.
const kContextAssertions = [
  'deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow', 'equal',
  'fail', 'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual',
  'notStrictEqual', 'rejects', 'strictEqual', 'throws', 'ok',
];

// A failure as node reports it: the thrown value is the cause, failureType says why.
class TestFailure extends Error {
  constructor(cause, failureType, message, ownStack = false) {
    super(message !== undefined ? message : failureMessage(cause));
    this.code = 'ERR_TEST_FAILURE';
    this.failureType = failureType;
    this.cause = cause;
    // Failures the runner itself makes (timeouts, plans) have no useful stack.
    this.ownStack = ownStack;
    if (message !== undefined && !ownStack) this.stack = undefined;
  }
}

function failureMessage(cause) {
  if (cause !== null && typeof cause === 'object' && typeof cause.message === 'string') {
    return cause.message;
  }
  if (cause !== null && typeof cause === 'object') {
    return require('internal/util/inspect').inspect(cause);
  }
  return String(cause);
}

// file:line:column of the first frame outside nodus's own code.
function callerLocation() {
  const holder = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  Error.captureStackTrace(holder, callerLocation);
  Error.stackTraceLimit = limit;
  for (const line of String(holder.stack).split('\n').slice(1)) {
    const m = /^\s*at (?:.*\()?(.+):(\d+):(\d+)\)?$/.exec(line);
    if (m && !m[1].startsWith('node:')) return { file: m[1], line: +m[2], column: +m[3] };
  }
  return undefined;
}

class TestContext {
  #test;
  #assert;
  constructor(test) {
    this.#test = test;
  }

  // One object per context, made on first use; its methods are the assert module's,
  // wrapped (as in node, t.assert.ok is not assert.ok itself), and count toward t.plan.
  get assert() {
    if (this.#assert === undefined) {
      const assert = require('assert');
      const test = this.#test;
      const methods = {};
      for (const name of kContextAssertions) {
        const fn = assert[name];
        methods[name] = function(...args) {
          test.assertions++;
          return Reflect.apply(fn, assert, args);
        };
      }
      this.#assert = methods;
    }
    return this.#assert;
  }

  // The test's own MockTracker, reset when the test ends.
  get mock() {
    if (this.#test.mock === undefined) {
      const { MockTracker } = require('internal/test_runner/mock');
      this.#test.mock = new MockTracker();
    }
    return this.#test.mock;
  }

  get name() { return this.#test.name; }
  get signal() { return this.#test.controller.signal; }
  get fullName() { return this.#test.fullName(); }

  diagnostic(message) { this.#test.diagnostics.push(String(message)); }
  plan(count) {
    validateNumber(count, 'count', 0);
    this.#test.plan = count;
  }
  runOnly() {}
  skip(message) { this.#test.skip = message === undefined ? '' : String(message); }
  todo(message) { this.#test.todo = message === undefined ? '' : String(message); }

  before(fn, options) { this.#test.addHook('before', fn, options); }
  after(fn, options) { this.#test.addHook('after', fn, options); }
  beforeEach(fn, options) { this.#test.addHook('beforeEach', fn, options); }
  afterEach(fn, options) { this.#test.addHook('afterEach', fn, options); }

  test(name, options, fn) {
    const sub = this.#test.createSubtest(Test, name, options, fn);
    this.#test.assertions++;
    return sub.start();
  }
}

function normalizeArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    name = fn.name;
    options = {};
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = undefined;
  } else if (typeof options === 'function') {
    fn = options;
    options = {};
  }
  if (typeof name !== 'string' || name === '') name = (fn && fn.name) || '<anonymous>';
  if (options == null) options = {};
  validateObject(options, 'options');
  if (fn === undefined) fn = () => {};
  validateFunction(fn, 'fn');
  return { name, options, fn };
}

function directiveValue(value) {
  if (value === undefined || value === false || value === null) return undefined;
  return typeof value === 'string' ? value : '';
}

// Calls a test function as node does: `this` is the context; a function declaring a
// second parameter is callback style (t, done).
function callBody(fn, ctx, test) {
  if (fn.length >= 2) {
    return new Promise((resolve, reject) => {
      let called = false;
      const done = (err) => {
        if (called) {
          if (!test.finished) {
            const failure = new TestFailure(undefined, 'multipleCallbackInvocations',
                                            'callback invoked multiple times', true);
            Error.captureStackTrace(failure, done);
            test.fail(failure);
          }
          return;
        }
        called = true;
        if (err) reject(err);
        else resolve();
      };
      let result;
      try {
        result = Reflect.apply(fn, ctx, [ctx, done]);
      } catch (err) {
        reject(err);
        return;
      }
      if (result && typeof result.then === 'function') {
        result.then(() => {}, () => {});
        reject(new TestFailure(undefined, 'callbackAndPromisePresent',
                               'passed a callback but also returned a Promise'));
      }
    });
  }
  try {
    return Promise.resolve(Reflect.apply(fn, ctx, [ctx]));
  } catch (err) {
    return Promise.reject(err);
  }
}

class Test {
  constructor(harness, parent, name, options, fn, loc) {
    this.harness = harness;
    this.parent = parent;
    this.name = name;
    this.fn = fn;
    this.loc = loc;
    this.nesting = parent ? parent.nesting + 1 : -1;
    this.subtests = [];
    this.pending = [];
    this.running = null;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.diagnostics = [];
    this.skip = directiveValue(options.skip);
    this.todo = directiveValue(options.todo);
    this.only = options.only === true;
    this.timeout = options.timeout !== undefined ? options.timeout :
      (parent ? parent.timeout : Infinity);
    if (this.timeout !== Infinity) validateNumber(this.timeout, 'options.timeout', 0);
    this.error = null;
    this.plan = undefined;
    this.mock = undefined;
    this.assertions = 0;
    this.started = false;
    this.finished = false;
    this.ended = false;
    this.cancelled = false;
    this.controller = new AbortController();
    this.promise = null;
    if (parent && harness.filter(this) === false) {
      this.skip = 'test name does not match pattern';
    }
    if (this.only && !harness.only) {
      this.diagnostics.push('\'only\' and \'runOnly\' require the --test-only command-line option.');
    }
    if (parent && harness.only && !this.only && !this.isSuite &&
        !this.hasOnlyAncestor() && this.skip === undefined) {
      this.skip = '\'only\' option not set';
    }
  }

  get isSuite() { return false; }
  get reportType() { return undefined; }

  hasOnlyAncestor() {
    for (let p = this.parent; p; p = p.parent) if (p.only) return true;
    return false;
  }

  fullName() {
    return this.parent && this.parent.nesting >= 0 ?
      `${this.parent.fullName()} > ${this.name}` : this.name;
  }

  addHook(kind, fn, options) {
    validateFunction(fn, 'fn');
    this.hooks[kind].push({ fn, timeout: options && options.timeout });
  }

  createSubtest(Kind, name, options, fn) {
    ({ name, options, fn } = normalizeArgs(name, options, fn));
    const loc = callerLocation();
    const sub = new Kind(this.harness, this, name, options, fn, loc);
    this.subtests.push(sub);
    return sub;
  }

  // Runs now when nothing else of this parent is running, else after the one that is.
  start() {
    if (this.promise) return this.promise;
    this.promise = new Promise((resolve) => { this.resolvePromise = resolve; });
    const parent = this.parent;
    if (parent.running === null && !parent.finished && parent.bodyStarted) {
      parent.running = this;
      this.run();
    } else {
      parent.pending.push(this);
    }
    return this.promise;
  }

  // After a subtest started by start(): the parent's next pending one runs.
  afterRunFromParent() {
    const parent = this.parent;
    if (parent.running !== this) return;
    parent.running = null;
    if (parent.pending.length > 0 && !parent.drainingPending) {
      const next = parent.pending.shift();
      parent.running = next;
      next.run();
    }
  }

  // The hooks of this test's ancestors, outermost first.
  ancestorHooks(kind) {
    const lists = [];
    for (let p = this.parent; p; p = p.parent) lists.unshift(p.hooks[kind]);
    return lists.flat();
  }

  async runHooks(hooks, ctx) {
    for (const hook of hooks) {
      await this.withTimeout(currentTest.run(this, callBody, hook.fn, ctx, this), hook.timeout);
    }
  }

  async run() {
    this.started = true;
    this.startTime = process.hrtime.bigint();
    this.harness.reporter.start(this);
    if (this.skip === undefined) {
      const ctx = new TestContext(this);
      try {
        // No await without hooks: t.test() runs the body before returning, as node's
        // does (and the caller's frame is in the body's stack).
        const beforeEach = this.ancestorHooks('beforeEach');
        try {
          if (beforeEach.length > 0) await this.runHooks(beforeEach, ctx);
          if (this.hooks.before.length > 0) await this.runHooks(this.hooks.before, ctx);
        } catch (err) {
          throw err instanceof TestFailure ? err : new TestFailure(err, 'hookFailed');
        }
        this.bodyStarted = true;
        // Called directly, so that few frames of ours are in the body's stack.
        await this.withTimeout(currentTest.run(this, callBody, this.fn, ctx, this), this.timeout);
      } catch (err) {
        this.fail(err);
      }
      this.bodyDone = true;
      if (this.running || this.pending.length > 0) await this.drainPending();
      try {
        if (this.hooks.after.length > 0) await this.runHooks(this.hooks.after, ctx);
        // afterEach hooks run innermost first.
        const afterEach = this.ancestorHooks('afterEach').reverse();
        if (afterEach.length > 0) await this.runHooks(afterEach, ctx);
      } catch (err) {
        this.fail(err, 'hookFailed');
      }
    }
    this.finish();
  }

  async drainPending() {
    this.drainingPending = true;
    for (;;) {
      const running = this.running;
      if (running) {
        await running.promise;
        if (this.running === running) this.running = null;
        continue;
      }
      if (this.pending.length === 0) break;
      const sub = this.pending.shift();
      this.running = sub;
      await sub.run();
      this.running = null;
    }
    this.drainingPending = false;
  }

  withTimeout(body, timeout) {
    if (timeout === undefined || timeout === Infinity) return body;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.cancelled = true;
        reject(new TestFailure(undefined, 'testTimeoutFailure', `test timed out after ${timeout}ms`));
      }, timeout);
      if (timer.unref) timer.unref();
      body.then((v) => { clearTimeout(timer); resolve(v); },
                (e) => { clearTimeout(timer); reject(e); });
    });
  }

  fail(err, failureType = 'testCodeFailure') {
    if (this.error) return;
    this.error = err instanceof TestFailure ? err : new TestFailure(err, failureType);
  }

  finish() {
    if (this.mock !== undefined) this.mock.reset();
    if (!this.error && this.skip === undefined) {
      const failed = this.subtests.filter((s) => s.failed).length;
      if (failed > 0) {
        this.error = new TestFailure(undefined, 'subtestsFailed',
                                     `${failed} subtest${failed === 1 ? '' : 's'} failed`);
      } else if (this.plan !== undefined && this.plan !== this.assertions) {
        this.error = new TestFailure(undefined, 'testCodeFailure',
                                     `plan expected ${this.plan} assertions but received ${this.assertions}`);
      }
    }
    this.duration = Number(process.hrtime.bigint() - this.startTime) / 1e6;
    this.finished = true;
    this.ended = true;
    this.harness.countResult(this);
    this.harness.lastFinished = this;
    this.harness.reporter.result(this);
    this.controller.abort();
    if (this.resolvePromise) this.resolvePromise();
    this.afterRunFromParent();
  }

  // Failed as its parent counts it: an error that is not excused by todo.
  get failed() { return this.error !== null && this.todo === undefined; }
}

class Suite extends Test {
  constructor(harness, parent, name, options, fn, loc) {
    super(harness, parent, name, options, fn, loc);
    // The body runs at once, collecting the suite's tests; a promise it returns is
    // waited for before they run.
    this.bodyResult = undefined;
    {
      try {
        const result = currentTest.run(this, () => Reflect.apply(fn, undefined, [new TestContext(this)]));
        if (result && typeof result.then === 'function') {
          this.bodyResult = result.then(() => {}, (err) => this.fail(err));
        }
      } catch (err) {
        this.fail(err);
      }
    }
    // Node 20 skips a suite without `only` even when tests in it have it.
    if (harness.only && !this.only && this.skip === undefined && !this.hasOnlyAncestor()) {
      this.skip = '\'only\' option not set';
    }
  }

  get isSuite() { return true; }
  get reportType() { return 'suite'; }

  async run() {
    this.started = true;
    this.startTime = process.hrtime.bigint();
    this.harness.reporter.start(this);
    if (this.bodyResult) await this.bodyResult;
    // A skipped suite reports none of its tests.
    if (this.skip !== undefined) this.subtests = [];
    if (!this.error) {
      const ctx = new TestContext(this);
      try {
        if (this.skip === undefined) await this.runHooks(this.hooks.before, ctx);
        for (const sub of this.subtests) {
          this.running = sub;
          if (!sub.promise) sub.promise = new Promise((resolve) => { sub.resolvePromise = resolve; });
          await sub.run();
        }
        this.running = null;
        if (this.skip === undefined) await this.runHooks(this.hooks.after, ctx);
      } catch (err) {
        this.fail(err, 'hookFailed');
      }
    }
    this.finish();
  }
}

module.exports = {
  Test, Suite, TestContext, TestFailure, currentTest, normalizeArgs, callerLocation,
};
