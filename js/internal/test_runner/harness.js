'use strict';
// The root of a file's tests: the public test()/describe()/hooks functions, running the
// top-level tests once the file's code has run, failures that escape a test
// (uncaught exceptions, unhandled rejections), the summary and the exit code.

const { Test, Suite, TestContext, currentTest } = require('internal/test_runner/test');
// Not the global: a test may have replaced it with mock.timers.
const { setImmediate } = require('internal/timers');

const kCounts = ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo'];

function testOptions() {
  const opts = internalBinding('process').options;
  const patterns = (opts.testNamePatterns || []).map((p) => {
    const m = /^\/(.*)\/([a-z]*)$/s.exec(p);
    return m ? new RegExp(m[1], m[2]) : new RegExp(p);
  });
  return { only: opts.testOnly === true, patterns, reporter: chooseReporter(opts) };
}

// --test-reporter, else spec on a terminal and TAP otherwise; a child of `--test`
// always sends TAP events to its parent.
const kReporters = ['spec', 'tap', 'dot'];
function chooseReporter(opts) {
  if (process.env.NODE_TEST_CONTEXT === 'child-v8') return 'tap';
  const name = (opts.testReporters || [])[0];
  if (kReporters.includes(name)) return name;
  if (name !== undefined) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('--test-reporter', name, `must be one of ${kReporters.join(', ')}`);
  }
  return process.stdout.isTTY ? 'spec' : 'tap';
}

class Harness {
  constructor() {
    const { only, patterns, reporter } = testOptions();
    this.only = only;
    this.patterns = patterns;
    this.counts = Object.fromEntries(kCounts.map((k) => [k, 0]));
    this.startTime = process.hrtime.bigint();
    this.lateErrors = [];
    this.lastFinished = null;
    this.root = new Test(this, null, '<root>', {}, () => {}, undefined);
    this.root.bodyStarted = true;
    this.root.promise = Promise.resolve();
    this.scheduled = false;
    this.reporter = require(`internal/test_runner/reporter/${reporter}`).create(this);
  }

  // false when --test-name-pattern is given and neither the test's name nor (for a test
  // in a suite) the suite's path matches.
  filter(test) {
    if (this.patterns.length === 0 || test instanceof Suite) return true;
    const name = test.fullName();
    return this.patterns.some((re) => re.test(test.name) || re.test(name));
  }

  parentForNew() {
    const current = currentTest.getStore();
    return current && !current.ended ? current : this.root;
  }

  add(Kind, name, options, fn) {
    const parent = this.parentForNew();
    const sub = parent.createSubtest(Kind, name, options, fn);
    if (parent === this.root) {
      this.schedule();
      return new Promise((resolve) => { sub.whenDone = resolve; });
    }
    if (Kind === Test && !parent.isSuite) return sub.start();
    return Promise.resolve();
  }

  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    this.installProcessHooks();
    // Top-level tests run one after another once the file's code has run.
    setImmediate(() => this.runRoot());
  }

  async runRoot() {
    const root = this.root;
    const ctx = new TestContext(root);
    if (root.hooks.before.length > 0) await root.runHooks(root.hooks.before, ctx);
    for (let i = 0; i < root.subtests.length; i++) {
      const sub = root.subtests[i];
      root.running = sub;
      sub.promise = new Promise((resolve) => { sub.resolvePromise = resolve; });
      await sub.run();
      if (sub.whenDone) sub.whenDone();
    }
    root.running = null;
    if (root.hooks.after.length > 0) await root.runHooks(root.hooks.after, ctx);
    this.done = true;
    // As node's, the plan and summary wait for the event loop to empty, so that errors
    // from what the tests left running are reported before them.
    process.once('beforeExit', () => this.summarize());
  }

  summarize() {
    this.reporter.plan(this.root.nesting + 1, this.root.subtests.length);
    for (const message of this.lateErrors) this.reporter.diagnostic(0, message);
    const duration = Number(process.hrtime.bigint() - this.startTime) / 1e6;
    this.reporter.summary(this.counts, duration);
    if (this.counts.fail > 0 || this.counts.cancelled > 0 || this.lateErrors.length > 0) {
      process.exitCode = 1;
    }
  }

  countResult(test) {
    const c = this.counts;
    if (test.isSuite) {
      c.suites++;
      return;
    }
    c.tests++;
    if (test.skip !== undefined) c.skipped++;
    else if (test.todo !== undefined) c.todo++;
    else if (test.cancelled) c.cancelled++;
    else if (test.error) c.fail++;
    else c.pass++;
  }

  // An error no test caught: it fails the test that is running, or, after the tests
  // ended, is reported as a diagnostic (and, like node, does not stop the process).
  installProcessHooks() {
    const onError = (kind) => (err) => {
      // While a test runs, it is the one failed (node would find the test that made
      // the error through async context, which these handlers do not see here).
      const running = this.runningTest();
      if (running) {
        running.fail(err, kind);
        return;
      }
      const test = this.guessTestOf(err) || this.lastFinished;
      const shown = err && typeof err === 'object' && 'message' in err ?
        `${err.name}: ${err.message}` : String(err);
      if (test && test.loc) {
        const file = require('path').relative(process.cwd(), test.loc.file);
        this.lateErrors.push(`Error: Test "${test.name}" at ${file}:${test.loc.line}:${test.loc.column} ` +
          'generated asynchronous activity after the test ended. This activity created the ' +
          `error "${shown}" and would have caused the test to fail, but instead triggered an ` +
          `${kind} event.`);
      }
    };
    process.on('uncaughtException', onError('uncaughtException'));
    process.on('unhandledRejection', onError('unhandledRejection'));
  }

  // Without async context in uncaughtException handlers, the test an error came from is
  // guessed from where it was made: the last test defined at or before that place.
  guessTestOf(err) {
    const stack = err !== null && typeof err === 'object' ? String(err.stack) : '';
    let where;
    for (const line of stack.split('\n')) {
      const m = /^\s*at (?:.*\()?(.+):(\d+):(\d+)\)?$/.exec(line);
      if (m && !m[1].startsWith('node:')) {
        where = { file: m[1], line: +m[2], column: +m[3] };
        break;
      }
    }
    if (!where) return null;
    let best = null;
    const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
    const visit = (test) => {
      for (const sub of test.subtests) {
        const loc = sub.loc;
        if (loc && loc.file === where.file && before(loc, where) && (!best || before(best.loc, loc))) {
          best = sub;
        }
        visit(sub);
      }
    };
    visit(this.root);
    return best;
  }

  // The innermost test still running its own code.
  runningTest() {
    let test = this.root.running;
    if (!test || test.ended) return null;
    while (test.running && !test.running.ended) test = test.running;
    return test;
  }
}

let harness;
function getHarness() {
  if (harness === undefined) harness = new Harness();
  return harness;
}

module.exports = { getHarness, kCounts };
