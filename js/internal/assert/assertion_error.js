'use strict';
// AssertionError and the messages assert generates: for strict comparisons a
// line diff of the two values as inspect() prints them ("+ actual - expected"),
// for the others the two values side by side.

const { inspect } = require('internal/util/inspect');
const { removeColors } = require('internal/util/inspect/colors');
const { validateObject } = require('internal/validators');

const kReadable = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Short single-line values are shown as "a !== b" rather than as a diff.
const kMaxShortLength = 12;
// Diffs longer than this many printed lines are cut.
const kMaxPrintedLines = 50;

function inspectValue(val) {
  return inspect(val, {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
    showHidden: false, showProxy: false, sorted: true, getters: true,
  });
}

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function diffMessage(actual, expected, operator) {
  const actualText = inspectValue(actual);
  let actualLines = actualText.split('\n');
  let expectedLines = inspectValue(expected).split('\n');

  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' &&
        expected !== null) || (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  let caret = '';
  let trailing = 0; // identical lines already taken off the end, counted from 0
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    // inspect.defaultOptions.colors colours both lines; the lengths and the caret count
    // what is visible.
    const colored = inspect.defaultOptions.colors;
    const a = colored ? removeColors(actualLines[0]) : actualLines[0];
    const e = colored ? removeColors(expectedLines[0]) : expectedLines[0];
    const total = a.length + e.length;
    if (total <= kMaxShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${kReadable[operator]}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const width = process.stderr && process.stderr.isTTY ? process.stderr.columns : 80;
      if (total < width) {
        let at = 0;
        while (a[at] === e[at]) at++;
        // A caret under the first difference, unless it is right at the start.
        if (at > 2) caret = `\n  ${' '.repeat(at)}^`;
        else trailing = at;
      }
    }
  }

  // Identical closing lines: keep the last three, remember one more as context.
  let tail = '';
  let contextLine = '';
  actualLines = actualLines.slice();
  expectedLines = expectedLines.slice();
  while (actualLines.length && expectedLines.length &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (trailing++ < 3) tail = `\n  ${line}${tail}`;
    else contextLine = line;
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // Same text, different objects.
    const lines = actualText.split('\n');
    if (lines.length > 50) {
      lines[46] = '...';
      lines.length = 47;
    }
    return `${kReadable.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  let skipped = false;
  if (trailing >= 5) {
    tail = `\n...${tail}`;
    skipped = true;
  }
  if (contextLine !== '') tail = `\n  ${contextLine}${tail}`;

  const header = `${kReadable[operator]}\n+ actual - expected`;
  const skippedNote = ' ... Lines skipped';

  // Lines only one side has are printed with its sign after the paired part.
  const longer = actualLines.length >= maxLines ? actualLines : expectedLines;
  const longerSign = longer === actualLines ? '+' : '-';
  const paired = longer === actualLines ? expectedLines.length : actualLines.length;

  let out = '';
  let minus = ''; // '-' lines held back so a changed block reads +++--- not +-+-
  let printed = 0;
  let same = 0; // identical lines seen since the last change

  // Before a change, show up to two identical lines of context (three if exactly
  // five were identical), "..." for the rest.
  const flushContext = (lines, i) => {
    if (same > 2) {
      if (same > 3) {
        if (same > 4) {
          if (same === 5) {
            out += `\n  ${lines[i - 3]}`;
            printed++;
          } else {
            out += '\n...';
            skipped = true;
          }
        }
        out += `\n  ${lines[i - 2]}`;
        printed++;
      }
      out += `\n  ${lines[i - 1]}`;
      printed++;
    }
    same = 0;
  };

  for (let i = 0; i < maxLines; i++) {
    if (i >= paired) {
      flushContext(longer, i);
      if (longer === actualLines) out += `\n${longerSign} ${longer[i]}`;
      else minus += `\n${longerSign} ${longer[i]}`;
      printed++;
    } else {
      const e = expectedLines[i];
      let a = actualLines[i];
      // "x," against "x" (or the reverse) only differs by the comma a following
      // element needs: treat as equal.
      let differs = a !== e && (!a.endsWith(',') || a.slice(0, -1) !== e);
      if (differs && e.endsWith(',') && e.slice(0, -1) === a) {
        differs = false;
        a += ',';
      }
      if (differs) {
        flushContext(actualLines, i);
        out += `\n+ ${a}`;
        minus += `\n- ${e}`;
        printed += 2;
      } else {
        out += minus;
        minus = '';
        same++;
        if (same <= 2) {
          out += `\n  ${a}`;
          printed++;
        }
      }
    }
    if (printed > kMaxPrintedLines && i < maxLines - 2) {
      return `${header}${skippedNote}\n${out}\n...${minus}\n...`;
    }
  }
  return `${header}${skipped ? skippedNote : ''}\n${out}${minus}${tail}${caret}`;
}

function notEqualMessage(actual, operator) {
  let base = kReadable[operator];
  const lines = inspectValue(actual).split('\n');
  if (operator === 'notStrictEqual' && isObjectLike(actual)) base = kReadable.notStrictEqualObject;
  if (lines.length > 50) {
    lines[46] = '...';
    lines.length = 47;
  }
  if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${base}\n\n${lines.join('\n')}\n`;
}

function sideBySideMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadable[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = kReadable[`${operator}Unequal`];
    if (unequal) res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    else other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    // Two errors are shown without their stacks (which always differ).
    if (isErrorObject(actual) && isErrorObject(expected)) {
      actual = stacklessCopy(actual);
      expected = stacklessCopy(expected);
    }

    if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      // Node 20 keeps the diff under a custom message: the message replaces only the
      // generated first line, except for "same structure" (reference) failures, which
      // keep all of node's text. An empty message counts as none.
      const generated = diffMessage(actual, expected, operator);
      const nl = generated.indexOf('\n');
      if (message == null || message === '' || generated.startsWith(kReadable.notIdentical)) {
        super(generated);
      } else {
        super(nl === -1 ? String(message) : `${message}${generated.slice(nl)}`);
      }
    } else if (message != null) {
      super(String(message));
    } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      super(notEqualMessage(actual, operator));
    } else {
      super(sideBySideMessage(actual, expected, operator));
    }
    Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    // Null-prototype descriptor: a polluted Object.prototype.get must not leak in.
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || options.stackStartFunction);
    // Touching the stack fixes its first line as "AssertionError [ERR_ASSERTION]".
    this.stack; // eslint-disable-line no-unused-expressions
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    // Long string values are cut so the error stays readable.
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = shorten(this.actual);
    if (typeof this.expected === 'string') this.expected = shorten(this.expected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

function isErrorObject(v) {
  return typeof v === 'object' && v !== null && v instanceof Error && 'stack' in v;
}

// Same prototype, own enumerable properties and message, no stack.
function stacklessCopy(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
  if (source.cause !== undefined) {
    const cause = source.cause instanceof Error ? stacklessCopy(source.cause) : source.cause;
    Object.defineProperty(target, 'cause', { __proto__: null, value: cause });
  }
  return target;
}

// What inspect() shows of a long string actual/expected, as node 20 shows it: the first
// 10 lines and a '...' line; else, past 512 characters, what follows the first 512
// (node keeps the tail, not the head) and '...'.
function shorten(s) {
  const lines = s.split('\n', 11);
  if (lines.length > 10) return `${lines.slice(0, 10).join('\n')}\n...`;
  if (s.length > 512) return `${s.slice(512)}...`;
  return s;
}

module.exports = AssertionError;
