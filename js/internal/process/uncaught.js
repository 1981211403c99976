'use strict';
// What happens to an exception nobody caught: 'uncaughtExceptionMonitor', then
// 'uncaughtException' listeners, else node's report on stderr and exit code 1.

const errorsBinding = internalBinding('errors');

function formatUncaught(err, arrow) {
  const { inspect } = require('internal/util/inspect');
  const isError = err !== null && typeof err === 'object' && typeof err.stack === 'string' &&
    err instanceof Error;
  let out = '';
  if (isError) {
    if (arrow) out += `${arrow}\n`;
    out += inspect(err);
  } else {
    // node prints a blank line, the arrow, the value, and a hint.
    out += '\n';
    if (arrow) out += arrow;
    out += (typeof err === 'object' && err !== null) || typeof err === 'symbol' ? inspect(err) : inspect(err);
    if (!internalBinding('process').options.traceUncaught) {
      out += '\n(Use `node --trace-uncaught ...` to show where the exception was thrown)';
    }
  }
  return out;
}

function onUncaught(err, arrow, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', err, type);
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, type);
    return true;
  }
  let text;
  try {
    text = formatUncaught(err, arrow);
  } catch {
    text = String(err);
  }
  internalBinding('stdio').writeString(2, `${text}\n\nNode.js ${process.version}\n`);
  // 'exit' listeners still run, with code 1 (7 if one of them throws).
  process.exitCode = 1;
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit('exit', 1);
    } catch {
      process.reallyExit(7);
    }
  }
  process.reallyExit(1);
  return false;
}

function setup() {
  errorsBinding.setUncaughtHandler(onUncaught);
}

module.exports = { setup };
