'use strict';
// The dot report: a "." per passing test or suite and an "X" per failing one, 20 to a
// line, then the failures as the spec reporter shows them.

const { SpecReporter } = require('internal/test_runner/reporter/spec');

const kColumns = 20;

class DotReporter extends SpecReporter {
  constructor() {
    super();
    this.count = 0;
  }

  result(test) {
    const failed = test.error !== null;
    this.write(failed ? `${this.color('red')}X${this.color('reset')}` :
      `${this.color('green')}.${this.color('reset')}`);
    if (++this.count % kColumns === 0) this.write('\n');
    if (failed) this.failures.push(test);
  }

  diagnostic() {}

  summary() {
    this.write('\n');
    if (this.failures.length === 0) return;
    this.write(`\n${this.color('red')}Failed tests:${this.color('reset')}\n\n`);
    for (const test of this.failures) this.write(this.resultText(test, '', true));
  }
}

module.exports = { create: () => new DotReporter() };
