'use strict';
// process.stdout/stderr/stdin. Writes are synchronous (see core/bindings/stdio.cc).
//
// stdout and stderr are not stream.Writable instances: loading the stream modules on the
// first console.log would cost every program start-up several milliseconds. They have
// the Writable surface programs use (write/end with callbacks and node's errors, events,
// cork, the writable* properties, _write for code that calls it).

const EventEmitter = require('events');
const stdio = internalBinding('stdio');

class SyncWriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = stdio.guessHandleType(fd);
    this.isTTY = this._type === 'TTY' ? true : undefined;
    if (!this.isTTY) delete this.isTTY;
    this.writable = true;
    this._isStdio = true;
    this.destroyed = false;
    this.writableLength = 0;
    this.writableHighWaterMark = 16384;
    this.writableEnded = false;
    this.writableFinished = false;
    this.writableObjectMode = false;
    this.writableCorked = 0;
    this.writableNeedDrain = false;
  }

  get columns() {
    const s = stdio.getWindowSize(this.fd);
    return s ? s[0] : undefined;
  }

  get rows() {
    const s = stdio.getWindowSize(this.fd);
    return s ? s[1] : undefined;
  }

  getWindowSize() {
    return stdio.getWindowSize(this.fd) || [80, 24];
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
    if (this.writableEnded) {
      const { codes } = require('internal/errors');
      const err = new codes.ERR_STREAM_WRITE_AFTER_END();
      process.nextTick(() => {
        if (typeof cb === 'function') cb(err);
        this.emit('error', err);
      });
      return false;
    }
    try {
      if (typeof chunk === 'string') stdio.writeString(this.fd, chunk);
      else stdio.writeBuffer(this.fd, chunk);
    } catch (err) {
      if (err.code === undefined) throw err;
      // EPIPE and friends become an 'error' event, as on node's socket: the event
      // first (unhandled, it ends the process), then the write callback.
      process.nextTick(() => {
        this.emit('error', err);
        if (typeof cb === 'function') cb(err);
      });
      return false;
    }
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  _write(chunk, encoding, cb) {
    this.write(chunk, encoding, cb);
  }

  _writev(chunks, cb) {
    for (const { chunk, encoding } of chunks) this.write(chunk, encoding);
    process.nextTick(cb, null);
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    this.writableEnded = true;
    process.nextTick(() => {
      this.writableFinished = true;
      this.emit('finish');
      if (cb) cb();
    });
    return this;
  }

  cork() { this.writableCorked++; }
  uncork() { if (this.writableCorked > 0) this.writableCorked--; }
  setDefaultEncoding() { return this; }
  destroy() { this.destroyed = true; return this; }
  hasColors(count = 16) {
    return this.isTTY === true && this.getColorDepth() >= Math.log2(count);
  }
  getColorDepth() {
    if (!this.isTTY) return 1;
    const term = process.env.TERM || '';
    if (process.env.COLORTERM === 'truecolor' || process.env.COLORTERM === '24bit') return 24;
    if (term.includes('256')) return 8;
    if (term === 'dumb') return 1;
    return 4;
  }
}

// node's stdout/stderr are a tty.WriteStream, a net.Socket (pipes, sockets) or an
// fs.SyncWriteStream (files); the same class names show in its error reports
// ("Emitted 'error' event on Socket instance at:") and constructor.name.
class WriteStream extends SyncWriteStream {}
class Socket extends SyncWriteStream {}

function createWritable(fd) {
  const type = stdio.guessHandleType(fd);
  if (type === 'TTY') return new WriteStream(fd);
  if (type === 'PIPE' || type === 'TCP') return new Socket(fd);
  return new SyncWriteStream(fd);
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

module.exports = { getStdout, getStderr, getStdin, SyncWriteStream };
