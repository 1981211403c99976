'use strict';
// The global console: writes to process.stdout/stderr.

const { formatWithOptions, inspect } = require('internal/util/inspect');

let groupIndent = '';
const counts = new Map();
const timers = new Map();

function write(stream, args) {
  let s = formatWithOptions({}, ...args);
  if (groupIndent.length > 0) s = groupIndent + s.replace(/\n/g, `\n${groupIndent}`);
  stream.write(s + '\n');
}

const console = {
  log(...args) { write(process.stdout, args); },
  info(...args) { write(process.stdout, args); },
  debug(...args) { write(process.stdout, args); },
  warn(...args) { write(process.stderr, args); },
  error(...args) { write(process.stderr, args); },
  dir(obj, options) { write(process.stdout, [inspect(obj, options)]); },
  trace(...args) {
    const err = { name: 'Trace', message: formatWithOptions({}, ...args) };
    Error.captureStackTrace(err, console.trace);
    write(process.stderr, [err.stack]);
  },
  assert(ok, ...args) {
    if (!ok) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      write(process.stderr, args);
    }
  },
  count(label = 'default') {
    label = `${label}`;
    const n = (counts.get(label) || 0) + 1;
    counts.set(label, n);
    write(process.stdout, [`${label}: ${n}`]);
  },
  countReset(label = 'default') { counts.delete(`${label}`); },
  group(...args) {
    if (args.length > 0) write(process.stdout, args);
    groupIndent += '  ';
  },
  groupEnd() { groupIndent = groupIndent.slice(0, -2); },
  time(label = 'default') { timers.set(`${label}`, process.hrtime.bigint()); },
  timeEnd(label = 'default') {
    const t = timers.get(`${label}`);
    if (t === undefined) return;
    timers.delete(`${label}`);
    write(process.stdout, [`${label}: ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(3)}ms`]);
  },
  timeLog(label = 'default', ...data) {
    const t = timers.get(`${label}`);
    if (t === undefined) return;
    write(process.stdout, [`${label}: ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(3)}ms`, ...data]);
  },
  table(data) { write(process.stdout, [data]); },
};
console.groupCollapsed = console.group;

module.exports = console;
