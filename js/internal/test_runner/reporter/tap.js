'use strict';
// The TAP report node prints when stdout is not a terminal: "# Subtest:" when a test
// starts, "ok/not ok N - name" with a YAML block when it ends, "1..N" after a test's
// subtests, and the summary. Lines are written a turn of the loop later, as node's
// reporter stream does (console output of tests that finish at once comes first).
//
// In a child of `nodus --test` (NODE_TEST_CONTEXT set) the lines go to the parent as
// events instead (see internal/test_runner/runner), so it can number top-level results
// across files and add up the summaries.

const { inspect } = require('internal/util/inspect');
// Not the global: a test may have replaced it with mock.timers.
const { setImmediate } = require('internal/timers');

const kEventPrefix = '\u001bnodus-test:';

function escapeName(text) {
  return String(text)
    .replace(/\\/g, '\\\\').replace(/#/g, '\\#')
    .replace(/\n/g, '\\\\n').replace(/\t/g, '\\\\t').replace(/\r/g, '\\\\r')
    .replace(/\f/g, '\\\\f').replace(/\v/g, '\\\\v').replace(/\x08/g, '\\\\b');
}

function quote(text) {
  return text.includes('\'') ? `"${text}"` : `'${text}'`;
}

// One YAML entry ("key: value", or "key:" with nested lines) at `pad`.
function yaml(key, value, pad, out) {
  if (value === undefined) return;
  if (value === null) {
    out.push(`${pad}${key}: ~`);
  } else if (typeof value === 'string') {
    if (value.includes('\n')) {
      out.push(`${pad}${key}: |-`);
      for (const line of value.split('\n')) out.push(`${pad}  ${line}`);
    } else {
      out.push(`${pad}${key}: ${quote(value)}`);
    }
  } else if (typeof value === 'bigint') {
    out.push(`${pad}${key}: ${value}n`);
  } else if (typeof value === 'object' && !(value instanceof Date)) {
    out.push(`${pad}${key}:`);
    for (const k of Object.keys(value)) yaml(k, value[k], `${pad}  `, out);
  } else if (typeof value === 'function' || typeof value === 'object') {
    out.push(`${pad}${key}: ${inspect(value)}`);
  } else {
    out.push(`${pad}${key}: ${String(value)}`);
  }
}

// The stack's frames without "at " and without nodus's own ones.
function stackFrames(stack) {
  const frames = [];
  for (const line of String(stack).split('\n')) {
    const m = /^\s+at (.*)$/.exec(line);
    if (!m) continue;
    const frame = m[1];
    if (/\(node:[^)]*\)$/.test(frame) || frame.startsWith('node:') ||
        frame === 'new Promise (<anonymous>)') continue;
    frames.push(frame);
  }
  return frames;
}

function errorYaml(test, pad, out) {
  const err = test.error;
  const cause = err.cause;
  if (test.loc) out.push(`${pad}location: '${test.loc.file}:${test.loc.line}:${test.loc.column}'`);
  out.push(`${pad}failureType: '${err.failureType}'`);
  yaml('error', err.message, pad, out);
  const isObject = cause !== null && typeof cause === 'object';
  const code = isObject && cause.code !== undefined ? cause.code : err.code;
  yaml('code', code, pad, out);
  if (isObject && typeof cause.name === 'string' && cause.name !== 'Error' &&
      typeof cause.message === 'string') {
    yaml('name', cause.name, pad, out);
  }
  if (isObject && 'operator' in cause && cause.code === 'ERR_ASSERTION') {
    yaml('expected', cause.expected, pad, out);
    yaml('actual', cause.actual, pad, out);
    yaml('operator', cause.operator, pad, out);
  }
  // A thrown Error's own stack (a thrown plain object's has nothing of the test's).
  const stack = isObject ? cause.stack : (err.ownStack ? err.stack : undefined);
  if (typeof stack === 'string') {
    {
      out.push(`${pad}stack: |-`);
      for (const frame of stackFrames(stack)) out.push(`${pad}  ${frame}`);
    }
  }
}

// The lines of one finished test below its "ok" line.
function resultBlock(test, pad) {
  const out = [`${pad}  ---`, `${pad}  duration_ms: ${test.duration}`];
  if (test.reportType) out.push(`${pad}  type: '${test.reportType}'`);
  if (test.error) errorYaml(test, `${pad}  `, out);
  out.push(`${pad}  ...`);
  return out;
}

function directive(test) {
  if (test.skip !== undefined) return ` # SKIP${test.skip ? ` ${escapeName(test.skip)}` : ''}`;
  if (test.todo !== undefined) return ` # TODO${test.todo ? ` ${escapeName(test.todo)}` : ''}`;
  return '';
}

class TapReporter {
  constructor(child) {
    this.child = child;
    this.queue = [];
    this.flushing = false;
    this.headerDone = false;
    this.lastPlanned = new Map();
  }

  push(event) {
    this.queue.push(event);
    if (!this.flushing) {
      this.flushing = true;
      setImmediate(() => this.flush());
    }
  }

  flush() {
    this.flushing = false;
    const events = this.queue;
    this.queue = [];
    let text = '';
    for (const e of events) {
      if (this.child) {
        text += `${kEventPrefix}${JSON.stringify(e)}\n`;
        continue;
      }
      if (e.top) {
        text += `${e.ok ? 'ok' : 'not ok'} ${e.number} - ${e.text}\n`;
      } else if (e.summary) {
        for (const [k, v] of Object.entries(e.summary)) text += `# ${k} ${v}\n`;
        text += `# duration_ms ${e.duration}\n`;
      } else {
        text += `${e.line}\n`;
      }
    }
    if (text !== '') process.stdout.write(text);
  }

  line(line) {
    if (!this.headerDone) {
      this.headerDone = true;
      if (!this.child) this.push({ line: 'TAP version 13' });
    }
    this.push({ line });
  }

  start(test) {
    this.line(`${'    '.repeat(test.nesting)}# Subtest: ${escapeName(test.name)}`);
  }

  result(test) {
    const pad = '    '.repeat(test.nesting);
    const ok = test.error === null;
    if (test.subtests.length > 0) this.line(`${pad}    1..${test.subtests.length}`);
    const number = test.parent.subtests.indexOf(test) + 1;
    const text = `${escapeName(test.name)}${directive(test)}`;
    if (test.nesting === 0) this.push({ top: true, ok, number, text });
    else this.line(`${pad}${ok ? 'ok' : 'not ok'} ${number} - ${text}`);
    for (const line of resultBlock(test, pad)) this.line(line);
    for (const message of test.diagnostics) this.line(`${pad}# ${message}`);
  }

  plan(nesting, count) {
    if (!this.child) this.line(`${'    '.repeat(nesting)}1..${count}`);
  }

  diagnostic(nesting, message) {
    this.line(`${'    '.repeat(nesting)}# ${message}`);
  }

  summary(counts, duration) {
    this.push({ summary: counts, duration });
  }
}

function create() {
  return new TapReporter(process.env.NODE_TEST_CONTEXT === 'child-v8');
}

module.exports = { create, kEventPrefix, escapeName };
