'use strict';
// Helpers shared by net's Socket and Server: node's error shapes for failed socket
// calls, IP address checks and the argument normalisation of connect()/listen().

const { codes: { ERR_SOCKET_BAD_PORT, ERR_INVALID_ARG_TYPE } } = require('internal/errors');

// Like node's regular expressions, anything is read as its string form.
function isIP(input) {
  if (typeof input !== 'string') {
    if (typeof input === 'symbol') return 0;
    input = String(input);
  }
  return binding.isIP(input);
}
function isIPv4(input) { return isIP(input) === 4; }
function isIPv6(input) { return isIP(input) === 6; }

// "connect ECONNREFUSED 127.0.0.1:1": errno, code, syscall, address, port (the order of
// node's own keys, which util.inspect shows).
function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = binding.errname(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// "listen EADDRINUSE: address already in use 127.0.0.1:8080": code, errno, syscall,
// address, port (port -1 for a pipe path, as node reports it).
function uvExceptionWithHostPort(err, syscall, address, port) {
  const code = binding.errname(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const ex = new Error(`${syscall} ${code}: ${binding.strerror(err)}${details}`);
  ex.code = code;
  ex.errno = err;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// "read ECONNRESET": errno, code, syscall.
function errnoException(err, syscall, original) {
  const code = binding.errname(err);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const ex = new Error(message);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

function isLegalPort(port) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0)) return false;
  return +port === (+port >>> 0) && port <= 0xFFFF;
}

function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && !allowZero)) {
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

// connect(options[, cb]) / connect(path[, cb]) / connect(port[, host][, cb]) ->
// [options, cb].
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr.normalized = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb === 'function' ? [options, cb] : [options, null];
  arr.normalized = true;
  return arr;
}

function validateHostLike(value, name) {
  if (value != null && typeof value !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
  }
}

let PerformanceNodeEntry;
let kNodeDetail;
// A performance entry of node's own subsystems ('net', 'dns'): like marks, with
// `detail`. Shared with the dns plugin.
function createPerfEntry(type, name, start, duration, detail) {
  const { PerformanceEntry, kSkipThrow } = require('internal/perf/performance');
  if (!PerformanceNodeEntry) {
    kNodeDetail = Symbol('kNodeDetail');
    PerformanceNodeEntry = class PerformanceNodeEntry extends PerformanceEntry {
      get detail() { return this[kNodeDetail]; }
      toJSON() { return { ...super.toJSON(), detail: this[kNodeDetail] }; }
    };
  }
  const entry = new PerformanceNodeEntry(kSkipThrow, name, type, start, duration);
  entry[kNodeDetail] = detail;
  return entry;
}

module.exports = {
  createPerfEntry,
  isIP, isIPv4, isIPv6, exceptionWithHostPort, uvExceptionWithHostPort, errnoException,
  isLegalPort, validatePort, isPipeName, toNumber, normalizeArgs, validateHostLike,
  UV_EOF: binding.UV_EOF,
};
