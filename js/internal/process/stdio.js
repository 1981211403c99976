'use strict';
// process.stdout/stderr/stdin. Writes are synchronous (see core/bindings/stdio.cc).
//
// stdout and stderr are stream.Writable instances as in node: a tty.WriteStream on a
// terminal, a Socket on a pipe or socket, a SyncWriteStream on a file. Loading the
// stream modules costs several milliseconds of start-up, and most programs only ever
// console.log; so each starts as a light object (an EventEmitter with a synchronous
// write()) and becomes the full Writable, in place, the first time anything beyond
// write() and the tty queries is used: end(), cork(), destroy(), pipe(), instanceof
// Writable (which reads _writableState), stream.finished()... The object's identity,
// listeners and class name stay the same.

const EventEmitter = require('events');
const stdio = internalBinding('stdio');

const kKind = Symbol('kKind');
const kLastSize = Symbol('kLastSize');
const kErrorPending = Symbol('kErrorPending');
const kErrorEmitted = Symbol('kErrorEmitted');

// --- the light object ---

// Writable's surface that the light object does not implement: touching any of them
// turns the object into the full stream first. Read-only state has light answers below.
const kUpgradeNames = [
  '_writableState', 'end', 'cork', 'uncork', 'destroy', '_undestroy', 'setDefaultEncoding',
  'pipe', '_write', '_writev', '_final', '_destroy', 'closed', 'errored', 'writableAborted',
  'compose', Symbol.asyncDispose,
].filter((name) => name !== undefined);

class LightStdio extends EventEmitter {
  constructor(fd, kind) {
    super();
    this.fd = fd;
    this._type = kind === 'TTY' ? 'tty' : kind === 'FILE' ? 'fs' : 'pipe';
    this._isStdio = true;
    this[kKind] = kind;
    if (kind === 'TTY') this.isTTY = true;
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk)) {
      const { codes } = require('internal/errors');
      if (chunk === null) throw new codes.ERR_STREAM_NULL_VALUES();
      throw new codes.ERR_INVALID_ARG_TYPE(
        'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (typeof chunk === 'string' && encoding !== undefined && encoding !== 'utf8' &&
        encoding !== 'utf-8') {
      // Other encodings are rare on stdout: the full stream handles them.
      upgrade(this);
      return this.write(chunk, encoding, cb);
    }
    try {
      if (typeof chunk === 'string') stdio.writeString(this.fd, chunk);
      else stdio.writeBuffer(this.fd, chunk);
    } catch (err) {
      if (err.code === undefined) throw err;
      // EPIPE and friends reach the write callback and then one 'error' event, in
      // node's order: each failed write's callback on its own tick, the event a tick
      // after the first of them (console.log's callback adds its ignoring listener in
      // time; unhandled, the event ends the process). Failures before the event is
      // out share it.
      process.nextTick(() => {
        if (typeof cb === 'function') cb(err);
        if (this[kErrorPending]) return;
        this[kErrorPending] = true;
        process.nextTick(() => {
          this[kErrorPending] = false;
          this[kErrorEmitted] = true;
          this.emit('error', err);
        });
      });
      return false;
    }
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  // A fresh Writable's state: anything that would change it upgrades the object first.
  get writable() { return true; }
  get destroyed() { return false; }
  get writableEnded() { return false; }
  get writableFinished() { return false; }
  get writableLength() { return 0; }
  get writableHighWaterMark() { return 16384; }
  get writableObjectMode() { return false; }
  get writableCorked() { return 0; }
  get writableNeedDrain() { return false; }
}

for (const name of kUpgradeNames) {
  Object.defineProperty(LightStdio.prototype, name, {
    get() {
      upgrade(this);
      return this[name];
    },
    set(value) {
      upgrade(this);
      this[name] = value;
    },
    configurable: true,
  });
}

// Terminal queries, answered without the tty plugin's streams.
const ttyMethods = {
  get columns() {
    const s = stdio.getWindowSize(this.fd);
    return s ? s[0] : undefined;
  },
  get rows() {
    const s = stdio.getWindowSize(this.fd);
    return s ? s[1] : undefined;
  },
  getWindowSize() {
    return stdio.getWindowSize(this.fd) || [80, 24];
  },
  getColorDepth(env) {
    return colorModule() ? colorModule().getColorDepth(env) : 4;
  },
  hasColors(count, env) {
    if (colorModule()) return colorModule().hasColors(count, env);
    return (count === undefined || typeof count === 'object' ? 16 : count) <= 16;
  },
  _refreshSize() {
    const size = stdio.getWindowSize(this.fd);
    if (!size) return;
    const old = this[kLastSize];
    this[kLastSize] = size;
    if (old && (old[0] !== size[0] || old[1] !== size[1])) this.emit('resize');
  },
};

let color;
function colorModule() {
  if (color === undefined) {
    try {
      color = require('internal/tty/color');
    } catch {
      color = null;  // --no-plugins: no tty plugin
    }
  }
  return color;
}

function copyAccessors(target, source) {
  for (const key of Object.keys(Object.getOwnPropertyDescriptors(source))) {
    Object.defineProperty(target, key, {
      ...Object.getOwnPropertyDescriptor(source, key), enumerable: false,
    });
  }
}

// node's stdout/stderr are a tty.WriteStream, a net.Socket (pipes, sockets) or an
// fs.SyncWriteStream (files); the same class names show in its error reports
// ("Emitted 'error' event on Socket instance at:") and constructor.name.
class WriteStream extends LightStdio {}
copyAccessors(WriteStream.prototype, ttyMethods);
class Socket extends LightStdio {}
class SyncWriteStream extends LightStdio {}
const lightClasses = { TTY: WriteStream, PIPE: Socket, FILE: SyncWriteStream };

// --- the full stream ---

const fullClasses = {};

function fullClass(kind) {
  if (fullClasses[kind] !== undefined) return fullClasses[kind];
  const { Writable } = require('stream');
  let Base = Writable;
  if (kind === 'TTY') {
    try {
      Base = require('tty').WriteStream;
    } catch {
      // --no-plugins: a Writable with the terminal queries
    }
  }
  // The constructors are never called: objects arrive here from upgrade().
  const classes = {
    WriteStream: class WriteStream extends Base {},
    Socket: class Socket extends Base {},
    SyncWriteStream: class SyncWriteStream extends Base {},
  };
  const cls = classes[lightClasses[kind].name];
  const proto = cls.prototype;
  proto._write = function(chunk, encoding, cb) {
    try {
      if (typeof chunk === 'string') stdio.writeString(this.fd, chunk);
      else stdio.writeBuffer(this.fd, chunk);
    } catch (err) {
      if (err.code === undefined) throw err;
      cb(err);
      return;
    }
    cb();
  };
  proto._writev = null;
  // Ending or destroying stdout never closes the descriptor (as node's stdio).
  proto._destroy = function(err, cb) { cb(err); };
  if (kind === 'TTY') {
    copyAccessors(proto, ttyMethods);
    Object.defineProperty(proto, 'isTTY', { get() { return true; }, configurable: true });
    // Window size comes from the descriptor, not a TTY handle.
    proto.ref = function() { return this; };
    proto.unref = function() { return this; };
  }
  fullClasses[kind] = cls;
  return cls;
}

// Turns a light stdio object into its full stream class, keeping its listeners.
function upgrade(obj) {
  const kind = obj[kKind];
  const cls = fullClass(kind);
  if (Object.getPrototypeOf(obj) === cls.prototype) return;
  const { Writable } = require('stream');
  Object.setPrototypeOf(obj, cls.prototype);
  // Our own state, then Writable's (it keeps the listeners already registered).
  Writable.call(obj, { decodeStrings: false, emitClose: true, autoDestroy: true });
}

// Whether `stream` has emitted a write error, as its _writableState.errorEmitted says;
// asked of a light object it answers without turning it into the full stream (console
// asks after every failed write).
function writeErrorEmitted(stream) {
  if (stream instanceof LightStdio) return stream[kErrorEmitted] === true;
  const state = stream._writableState;
  return Boolean(state && state.errorEmitted);
}

function kindOf(fd) {
  const type = stdio.guessHandleType(fd);
  if (type === 'TTY') return 'TTY';
  if (type === 'PIPE' || type === 'TCP') return 'PIPE';
  return 'FILE';
}

function createWritable(fd) {
  const kind = kindOf(fd);
  const stream = new lightClasses[kind](fd, kind);
  if (kind === 'TTY') {
    // 'resize' when the terminal changes size, as node's tty stdout.
    stream._refreshSize();
    process.on('SIGWINCH', () => stream._refreshSize());
  }
  return stream;
}

let stdout, stderr, stdin;

function getStdout() {
  if (stdout === undefined) stdout = createWritable(1);
  return stdout;
}
function getStderr() {
  if (stderr === undefined) stderr = createWritable(2);
  return stderr;
}
function getStdin() {
  if (stdin === undefined) stdin = require('internal/process/stdin').create();
  return stdin;
}

module.exports = { getStdout, getStderr, getStdin, SyncWriteStream, writeErrorEmitted };
