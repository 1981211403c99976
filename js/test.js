'use strict';
// node:test, a small first version: test/it/describe/suite with subtests, hooks,
// skip/todo/only options, sync, async and callback-style tests, and a TAP report
// on stdout. A failing test sets process.exitCode to 1. Mocking, the
// --test runner, reporters and coverage are not implemented yet.

const { validateFunction, validateObject } = require('internal/validators');

let nextId = 0;

// The assertion methods t.assert offers, in node's order.
const kContextAssertions = [
  'deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow', 'equal',
  'fail', 'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual',
  'notStrictEqual', 'rejects', 'strictEqual', 'throws', 'ok',
];

class TestContext {
  #test;
  #assert;
  constructor(test) {
    this.#test = test;
  }

  // One object per context, made on first use; its methods are the assert module's,
  // wrapped (as in node, t.assert.ok is not assert.ok itself).
  get assert() {
    if (this.#assert === undefined) {
      const assert = require('assert');
      const methods = {};
      for (const name of kContextAssertions) {
        const fn = assert[name];
        methods[name] = function(...args) { return Reflect.apply(fn, assert, args); };
      }
      this.#assert = methods;
    }
    return this.#assert;
  }

  get name() { return this.#test.name; }
  get signal() { return this.#test.signal; }
  get fullName() { return this.#test.fullName(); }

  diagnostic(message) { this.#test.diagnostics.push(String(message)); }
  plan(count) { this.#test.plan = count; }
  runOnly() {}
  skip(message) { this.#test.skipped = message === undefined ? true : String(message); }
  todo(message) { this.#test.todo = message === undefined ? true : String(message); }

  before(fn) { this.#test.hooks.before.push(fn); }
  after(fn) { this.#test.hooks.after.push(fn); }
  beforeEach(fn) { this.#test.hooks.beforeEach.push(fn); }
  afterEach(fn) { this.#test.hooks.afterEach.push(fn); }

  test(name, options, fn) {
    return this.#test.addSubtest(name, options, fn).promise;
  }
}

class Test {
  constructor(parent, name, options, fn, isSuite = false) {
    this.id = nextId++;
    this.parent = parent;
    this.name = name;
    this.options = options;
    this.fn = fn;
    this.isSuite = isSuite;
    this.subtests = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.diagnostics = [];
    this.skipped = options.skip ? (typeof options.skip === 'string' ? options.skip : true) : false;
    this.todo = options.todo ? (typeof options.todo === 'string' ? options.todo : true) : false;
    this.error = null;
    this.plan = undefined;
    this.assertions = 0;
    this.started = false;
    this.finished = false;
    this.signal = typeof AbortController === 'function' ? new AbortController().signal : undefined;
    this.promise = new Promise((resolve) => { this.resolve = resolve; });
  }

  fullName() {
    return this.parent && this.parent.parent ? `${this.parent.fullName()} > ${this.name}` : this.name;
  }

  addSubtest(name, options, fn) {
    ({ name, options, fn } = normalizeArgs(name, options, fn));
    const sub = new Test(this, name, options, fn);
    this.subtests.push(sub);
    // t.test() from inside a running test starts at once, so that the body
    // can await it.
    if (this !== root && this.started && !this.bodyDone) runTest(sub);
    return sub;
  }

  async runHooks(list, ctx) {
    for (const hook of list) await callFn(hook, ctx);
  }

  async run() {
    if (this.started) return this.promise;
    this.started = true;
    const ctx = new TestContext(this);
    if (!this.skipped) {
      try {
        for (let p = this.parent; p; p = p.parent) await p.runHooks(p.hooks.beforeEach, ctx);
        if (this.fn) await callFn(this.fn, ctx, this.isSuite);
      } catch (err) {
        this.error = err;
      }
    }
    this.bodyDone = true;
    if (!this.skipped) {
      try {
        await this.runHooks(this.hooks.before, ctx);
        for (const sub of this.subtests) {
          if (sub.started) await sub.promise;
          else await runTest(sub);
          if (sub.error && !sub.todo) this.failedSubtests = true;
        }
        await this.runHooks(this.hooks.after, ctx);
        for (let p = this.parent; p; p = p.parent) await p.runHooks(p.hooks.afterEach, ctx);
      } catch (err) {
        if (!this.error) this.error = err;
      }
    }
    if (!this.error && this.failedSubtests) {
      this.error = new Error(`${this.subtests.filter((s) => s.error).length} subtests failed`);
      this.subtestsFailed = true;
    }
    this.finished = true;
    this.resolve();
    return undefined;
  }
}

function callFn(fn, ctx, isSuite = false) {
  if (!isSuite && fn.length >= 2) {
    // Callback style: (t, done).
    return new Promise((resolve, reject) => {
      let result;
      try {
        result = fn(ctx, (err) => (err ? reject(err) : resolve()));
      } catch (err) {
        reject(err);
        return;
      }
      if (result && typeof result.then === 'function') {
        reject(new Error('passed a callback but also returned a Promise'));
      }
    });
  }
  try {
    return Promise.resolve(isSuite ? fn(ctx) : fn(ctx));
  } catch (err) {
    return Promise.reject(err);
  }
}

function normalizeArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    name = fn.name || '<anonymous>';
    options = {};
  } else if (typeof options === 'function') {
    fn = options;
    options = {};
  }
  if (name === undefined || name === null) name = (fn && fn.name) || '<anonymous>';
  if (options == null) options = {};
  validateObject(options, 'options');
  if (fn !== undefined) validateFunction(fn, 'fn');
  return { name: String(name), options, fn };
}

// --- root and reporting ---

const root = new Test(null, '<root>', {}, null, true);
root.started = true;
root.bodyDone = true;
let scheduled = false;
let current = root;
let counter = 0;
let failures = 0;
let headerPrinted = false;

function write(line) {
  process.stdout.write(`${line}\n`);
}

function indent(test) {
  let depth = 0;
  for (let p = test.parent; p && p !== root; p = p.parent) depth++;
  return '    '.repeat(depth);
}

async function runTest(test) {
  const prev = current;
  current = test;
  await test.run();
  current = prev;
  report(test);
}

function report(test) {
  if (!headerPrinted) {
    headerPrinted = true;
    write('TAP version 13');
  }
  const pad = indent(test);
  const siblings = test.parent.subtests;
  const number = siblings.indexOf(test) + 1;
  let directive = '';
  if (test.skipped) directive = ` # SKIP${test.skipped === true ? '' : ` ${test.skipped}`}`;
  else if (test.todo) directive = ` # TODO${test.todo === true ? '' : ` ${test.todo}`}`;
  const ok = !test.error || test.todo;
  write(`${pad}# Subtest: ${test.name}`);
  write(`${pad}${ok ? 'ok' : 'not ok'} ${number} - ${test.name}${directive}`);
  write(`${pad}  ---`);
  write(`${pad}  duration_ms: 0`);
  if (test.error && !test.subtestsFailed) {
    const err = test.error;
    write(`${pad}  failureType: 'testCodeFailure'`);
    write(`${pad}  error: ${JSON.stringify(err && err.message !== undefined ? err.message : String(err))}`);
    if (err && err.stack) {
      write(`${pad}  stack: |-`);
      for (const line of String(err.stack).split('\n').slice(1)) write(`${pad}    ${line.trim()}`);
    }
  }
  write(`${pad}  ...`);
  if (test.parent === root) {
    counter++;
    if (!ok) failures++;
  }
}

function scheduleRun(test) {
  if (test.parent === root && !scheduled) {
    scheduled = true;
    // Top-level tests run one after another once the file's code has run.
    setImmediate(runRoot);
  }
}

async function runRoot() {
  for (let i = 0; i < root.subtests.length; i++) await runTest(root.subtests[i]);
  write(`1..${root.subtests.length}`);
  write(`# tests ${counter}`);
  write(`# pass ${counter - failures}`);
  write(`# fail ${failures}`);
  if (failures > 0) process.exitCode = 1;
}

function test(name, options, fn) {
  const parent = current;
  const sub = parent.addSubtest(name, options, fn);
  if (parent === root) scheduleRun(sub);
  return sub.promise;
}

function describe(name, options, fn) {
  ({ name, options, fn } = normalizeArgs(name, options, fn));
  const parent = current;
  const suite = new Test(parent, name, options, fn, true);
  parent.subtests.push(suite);
  // A suite's body runs at once, collecting its tests.
  const prev = current;
  current = suite;
  try {
    if (fn && !suite.skipped) {
      const result = fn(new TestContext(suite));
      if (result && typeof result.then === 'function') result.catch((err) => { suite.error = err; });
    }
  } catch (err) {
    suite.error = err;
  } finally {
    current = prev;
  }
  suite.fn = null;
  if (parent === root) scheduleRun(suite);
  return suite.promise;
}

function hook(kind) {
  return (fn) => {
    validateFunction(fn, 'fn');
    current.hooks[kind].push(fn);
  };
}

function withSkip(fn, key) {
  return (name, options, body) => {
    ({ name, options, fn: body } = normalizeArgs(name, options, body));
    return fn(name, { ...options, [key]: true }, body);
  };
}

test.skip = withSkip(test, 'skip');
test.todo = withSkip(test, 'todo');
test.only = withSkip(test, 'only');
describe.skip = withSkip(describe, 'skip');
describe.todo = withSkip(describe, 'todo');
describe.only = withSkip(describe, 'only');

module.exports = test;
test.test = test;
test.it = test;
test.describe = describe;
test.suite = describe;
test.before = hook('before');
test.after = hook('after');
test.beforeEach = hook('beforeEach');
test.afterEach = hook('afterEach');
