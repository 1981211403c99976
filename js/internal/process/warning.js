'use strict';
// process.emitWarning and the default 'warning' printer.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

let traceHintShown = false;

function writeWarning(warning) {
  const opts = internalBinding('process').options;
  if (opts.noWarnings) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (opts.traceWarnings || (isDeprecation && process.traceDeprecation)) {
    msg += warning.stack;
  } else {
    msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!traceHintShown && !opts.traceWarnings) {
    traceHintShown = true;
    const argv0 = require('path').basename(process.argv0 || 'node', '.exe');
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`${argv0} ${flag} ...\` to show where the warning was created)`;
  }
  writeOut(opts, msg + '\n');
}

// --redirect-warnings=file (or NODE_REDIRECT_WARNINGS): warnings are appended to the file,
// opened on the first one; a file that cannot be opened or written sends them to stderr.
// Written synchronously, so none is lost when the process exits right after warning.
let warningFd;
function writeOut(opts, text) {
  const file = opts.redirectWarnings || process.env.NODE_REDIRECT_WARNINGS;
  if (file && warningFd !== null) {
    const fs = require('fs');
    try {
      if (warningFd === undefined) warningFd = fs.openSync(file, 'a');
      fs.writeSync(warningFd, text);
      return;
    } catch {
      if (warningFd === undefined) warningFd = null;
    }
  }
  internalBinding('stdio').writeString(2, text);
}

function onWarning(warning) {
  if (!(warning && typeof warning === 'object')) return;
  writeWarning(warning);
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    const limit = Error.stackTraceLimit;
    if (process.noDeprecation === undefined || true) {}
    warning = new Error(warning);
    Error.stackTraceLimit = limit;
    warning.name = String(type || 'Warning');
    if (code !== undefined) warning.code = code;
    if (detail !== undefined) warning.detail = detail;
    Error.captureStackTrace(warning, ctor || process.emitWarning);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // node throws it when it would have been emitted, from the tick queue.
    if (process.throwDeprecation) {
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  process.nextTick(() => process.emit('warning', warning));
}

function setup() {
  const opts = internalBinding('process').options;
  if (opts.noDeprecation) process.noDeprecation = true;
  if (opts.throwDeprecation) process.throwDeprecation = true;
  if (opts.traceDeprecation) process.traceDeprecation = true;
  process.emitWarning = emitWarning;
  process.on('warning', onWarning);
}

module.exports = { setup, emitWarning };
