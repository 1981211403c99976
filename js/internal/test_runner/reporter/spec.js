'use strict';
// The spec report node prints when stdout is a terminal (or with --test-reporter=spec):
// "▶ name" above a test's subtests, "✔/✖/﹣ name (duration)" when a test ends, the
// thrown value inspected under a failure, "ℹ" diagnostics and summary, then the failing
// tests again with where they were defined. Colours only on a terminal. Lines are
// written a turn of the loop later, as the TAP reporter's are.

const path = require('path');
const { inspect } = require('internal/util/inspect');
// Not the global: a test may have replaced it with mock.timers.
const { setImmediate } = require('internal/timers');

const kColors = { green: '\x1b[32m', red: '\x1b[31m', grey: '\x1b[90m', blue: '\x1b[34m', reset: '\x1b[39m' };

class SpecReporter {
  constructor() {
    this.colors = process.stdout.isTTY === true;
    this.queue = '';
    this.flushing = false;
    this.headed = new Set();
    this.failures = [];
  }

  color(name) { return this.colors ? kColors[name] : ''; }

  write(text) {
    this.queue += text;
    if (!this.flushing) {
      this.flushing = true;
      setImmediate(() => {
        this.flushing = false;
        const text = this.queue;
        this.queue = '';
        if (text !== '') process.stdout.write(text);
      });
    }
  }

  // Ancestors get their "▶" heading before the first of their subtests' results.
  start() {}

  heading(test) {
    if (!test.parent || test.nesting < 0 || this.headed.has(test)) return;
    this.heading(test.parent);
    this.headed.add(test);
    this.write(`${'  '.repeat(test.nesting)}▶ ${test.name}\n`);
  }

  // "✔ name (1.2ms) # directive" and, for a failure of its own, the thrown value.
  resultText(test, indent, listed = false) {
    const failed = test.error !== null;
    const skipped = test.skip !== undefined;
    const [symbol, color] = skipped ? ['﹣', 'grey'] : failed ? ['✖', 'red'] : ['✔', 'green'];
    let directive = '';
    if (skipped) directive = ` # ${test.skip || 'SKIP'}`;
    else if (test.todo !== undefined) directive = ` # ${test.todo || 'TODO'}`;
    let text = `${indent}${this.color(color)}${symbol} ${test.name} ` +
      `${this.color('grey')}(${test.duration}ms)${this.color('reset')}${directive}${this.color('reset')}\n`;
    const shown = this.errorText(test, listed);
    if (shown !== undefined) {
      for (const line of shown.split('\n')) text += `${indent}  ${line}\n`;
    }
    return text;
  }

  // What node shows under a failure: the thrown value, or the failure itself when the
  // runner made it (timeouts, plans); when only subtests failed, nothing under the test
  // and its message in a list of failures.
  errorText(test, listed) {
    const err = test.error;
    if (err === null) return undefined;
    if (err.failureType === 'subtestsFailed') return listed ? inspect(err.message, { colors: this.colors }) : undefined;
    return inspect(err.cause !== undefined ? err.cause : err, { colors: this.colors });
  }

  result(test) {
    this.heading(test.parent);
    const indent = '  '.repeat(test.nesting);
    const text = this.resultText(test, indent);
    // A failure's error is followed by a blank line.
    this.write(this.errorText(test) !== undefined ? `${text}\n` : text);
    for (const message of test.diagnostics) {
      this.write(`${indent}${this.color('blue')}ℹ ${message}${this.color('reset')}\n`);
    }
    if (this.errorText(test) !== undefined) this.failures.push(test);
  }

  plan() {}

  diagnostic(nesting, message) {
    this.write(`${'  '.repeat(nesting)}${this.color('blue')}ℹ ${message}${this.color('reset')}\n`);
  }

  summary(counts, duration) {
    const blue = this.color('blue');
    const reset = this.color('reset');
    for (const [k, v] of Object.entries(counts)) this.write(`${blue}ℹ ${k} ${v}${reset}\n`);
    this.write(`${blue}ℹ duration_ms ${duration}${reset}\n`);
    if (this.failures.length === 0) return;
    this.write(`\n${this.color('red')}✖ failing tests:${reset}\n\n`);
    this.write(this.failures.map((test) => {
      const file = test.loc ? path.relative(process.cwd(), test.loc.file) : '';
      const where = test.loc ? `test at ${file}:${test.loc.line}:${test.loc.column}\n` : '';
      return where + this.resultText(test, '');
    }).join('\n'));
  }
}

function create() {
  return new SpecReporter();
}

module.exports = { create, SpecReporter };
