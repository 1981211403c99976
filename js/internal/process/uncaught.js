'use strict';
// What happens to an exception nobody caught: 'uncaughtExceptionMonitor', then the
// capture callback or 'uncaughtException' listeners, else node's report on stderr, the
// 'exit' event with code 1, and exit code 1.

const errorsBinding = internalBinding('errors');

let captureCallback = null;

// An error thrown by emit('error') with no listener remembers where emit was called;
// the report adds that stack as node does ("Emitted 'error' event at:").
const kEmitSite = Symbol('kEmitSite');

function recordErrorEmitSite(err, emitFn, emitter) {
  try {
    const site = {};
    Error.captureStackTrace(site, emitFn);
    // node names the emitter's class unless it is a plain EventEmitter.
    const ctor = emitter !== null && typeof emitter === 'object' ? emitter.constructor : undefined;
    const name = typeof ctor === 'function' && ctor.name !== 'EventEmitter' ? ctor.name : '';
    Object.defineProperty(err, kEmitSite, {
      value: { stack: site.stack, on: name ? ` on ${name} instance` : '' },
      writable: true, configurable: true, enumerable: false,
    });
  } catch {
    // A frozen error or a throwing stack getter: report it without the emit site.
  }
}

function frames(stack) {
  return stack.split('\n').filter((line) => line.startsWith('    at '));
}

// The error's stack followed by the emit site's frames; when they share four frames or
// more with the error's own stack, those are shortened to their first and last.
function stackWithEmitSite(stack, site) {
  const emitted = frames(site.stack);
  const own = frames(stack);
  let common = 0;
  while (common < emitted.length && common < own.length &&
         emitted[emitted.length - 1 - common] === own[own.length - 1 - common]) {
    common++;
  }
  let lines = emitted;
  if (common >= 4) {
    const cut = emitted.length - common;
    lines = [...emitted.slice(0, cut + 1), '    [... lines matching original stack trace ...]',
      emitted[emitted.length - 1]];
  }
  return `${stack}\nEmitted 'error' event${site.on} at:\n${lines.join('\n')}`;
}

function inspectWithEmitSite(err, inspect) {
  const site = err[kEmitSite];
  const stack = err.stack;
  if (site === undefined || typeof site.stack !== 'string' || typeof stack !== 'string') {
    return inspect(err);
  }
  const desc = Object.getOwnPropertyDescriptor(err, 'stack');
  try {
    Object.defineProperty(err, 'stack', {
      value: stackWithEmitSite(stack, site), writable: true, configurable: true, enumerable: false,
    });
    return inspect(err);
  } finally {
    if (desc !== undefined) Object.defineProperty(err, 'stack', desc);
  }
}

function isErrorObject(value) {
  if (value === null || typeof value !== 'object') return false;
  if (value instanceof Error) return true;
  // Errors from another context (vm) are not instanceof this Error.
  return Object.prototype.toString.call(value) === '[object Error]';
}

function runtimeName() {
  const argv0 = process.argv0 || 'node';
  const slash = argv0.lastIndexOf('/');
  return slash === -1 ? argv0 : argv0.slice(slash + 1);
}

// The text node prints for an uncaught exception, up to (not including) the
// "Node.js vX" trailer.
function formatUncaught(err, arrow, thrownAt) {
  const { inspect } = require('internal/util/inspect');
  if (isErrorObject(err)) {
    // arrow ends with a newline; node puts a blank line between it and the error.
    return (arrow ? `${arrow}\n` : '') + inspectWithEmitSite(err, inspect);
  }
  // Other thrown values: a blank line first, then the arrow and the value. Only
  // primitives get the --trace-uncaught hint (an object is assumed to say enough).
  let out = `\n${arrow || ''}`;
  // node prints an empty line for a symbol (it cannot be turned into a string there).
  if (typeof err === 'symbol') out += '';
  else if (typeof err === 'string') out += err;
  else out += inspect(err);
  if (thrownAt !== undefined) {
    out += `\nThrown at:\n${thrownAt}`;
  } else if (err === null || (typeof err !== 'object' && typeof err !== 'function')) {
    out += `\n(Use \`${runtimeName()} --trace-uncaught ...\` to show where the exception was thrown)`;
  }
  return out;
}

function report(err, arrow, thrownAt) {
  let text;
  try {
    text = formatUncaught(err, arrow, thrownAt);
  } catch {
    try {
      text = String(err);
    } catch {
      text = 'Uncaught exception';
    }
  }
  internalBinding('stdio').writeString(2, `${text}\n\nNode.js ${process.version}\n`);
}

// Called by core (Runtime::HandleUncaught). Returns true when a listener or the capture
// callback took the error. With `fatal` set, the error came from an 'uncaughtException'
// listener: only report it (core then exits with 7).
function onUncaught(err, arrow, fromPromise, fatal, thrownAt) {
  if (fatal) {
    report(err, arrow, thrownAt);
    return false;
  }
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', err, type);
  if (captureCallback !== null) {
    captureCallback(err);
    return true;
  }
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, type);
    return true;
  }
  // 'exit' listeners run first, with code 1, and may change process.exitCode (node exits
  // with what they leave) or call process.exit() (then nothing is printed); an error
  // thrown there is not reported. Only then is the error printed, as node does.
  process.exitCode = 1;
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit('exit', 1);
    } catch {
      // node ignores it.
    }
  }
  report(err, arrow, thrownAt);
  const code = process.exitCode;
  process.reallyExit(code === undefined || code === null ? 1 : code | 0);
  return false;
}

function setUncaughtExceptionCaptureCallback(fn) {
  const { codes } = require('internal/errors');
  if (fn === null) {
    captureCallback = null;
    errorsBinding.setCaptureCallbackActive(false);
    return;
  }
  if (typeof fn !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  }
  if (captureCallback !== null) throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  captureCallback = fn;
  errorsBinding.setCaptureCallbackActive(true);
}

function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
}

function setup() {
  errorsBinding.setUncaughtHandler(onUncaught);
  process.setUncaughtExceptionCaptureCallback = setUncaughtExceptionCaptureCallback;
  process.hasUncaughtExceptionCaptureCallback = hasUncaughtExceptionCaptureCallback;
}

module.exports = { setup, formatUncaught, recordErrorEmitSite };
