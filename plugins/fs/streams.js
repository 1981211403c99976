'use strict';
// fs.ReadStream and fs.WriteStream on stream.Readable / stream.Writable.

const { Readable, Writable } = require('stream');
const fs = require('fs');
const { toPathString, lazyBuffer } = require('internal/fs/utils');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateInteger, validateFunction, validateAbortSignal } = require('internal/validators');

const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');

function copyOptions(options) {
  if (options == null) return {};
  if (typeof options === 'string') return { encoding: options };
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  // Checked here, not only by stream.Readable/Writable, which let null, false and '' by.
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return { ...options };
}

// The fs calls a stream uses: fs itself, overridable with options.fs (node allows it),
// or a FileHandle's methods when one is passed as `fd`.
function streamFs(options) {
  const custom = options.fs || {};
  return {
    open: custom.open || fs.open,
    close: custom.close || fs.close,
    read: custom.read || fs.read,
    write: custom.write || fs.write,
    writev: custom.writev || fs.writev,
  };
}

function importFd(stream, options) {
  if (options.fd != null && typeof options.fd === 'object' && typeof options.fd.fd === 'number') {
    // A FileHandle: the stream's I/O and close go through the handle (filehandle.js).
    stream[kFs] = require('internal/fs/promises').fileHandleStreamOps(stream, options);
    return options.fd.fd;
  }
  if (options.fd != null) {
    validateInteger(options.fd, 'fd', 0, 2147483647);
    return options.fd;
  }
  return null;
}

function closeStream(stream, err, cb) {
  if (stream.fd === null) return cb(err);
  stream[kFs].close(stream.fd, (er) => cb(er || err));
  stream.fd = null;
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  this[kFs] = streamFs(options);
  this.fd = importFd(this, options);
  this.path = this.fd === null ? toPathString(path) : undefined;
  if (this.fd === null) this.path = typeof path === 'string' ? path : this.path;
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Readable.call(this, options);
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

ReadStream.prototype._construct = function(callback) {
  if (this.fd !== null) {
    callback();
    return;
  }
  this[kFs].open(this.path, this.flags, this.mode, (err, fd) => {
    if (err) {
      callback(err);
    } else {
      this.fd = fd;
      callback();
      this.emit('open', this.fd);
      this.emit('ready');
    }
  });
};

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = lazyBuffer().allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos ?? null, (er, bytesRead, buffer) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIsPerformingIO, er);
      return;
    }
    if (er) {
      this.destroy(er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      this.push(bytesRead !== buffer.length ? buffer.subarray(0, bytesRead) : buffer);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  // Wait for an in-flight read before closing the fd under it.
  if (this[kIsPerformingIO]) {
    this.once(kIsPerformingIO, (er) => closeStream(this, err || er, cb));
  } else {
    closeStream(this, err, cb);
  }
};

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') require('stream').finished(this, cb);
  this.destroy();
};

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(options);
  options.decodeStrings = true;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  this[kFs] = streamFs(options);
  this.fd = importFd(this, options);
  this.path = this.fd === null ? (typeof path === 'string' ? path : toPathString(path)) : undefined;
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
  if (options.flush !== undefined && typeof options.flush !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.flush', 'boolean', options.flush);
  }
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

WriteStream.prototype._construct = function(callback) {
  if (this.fd !== null) {
    callback();
    return;
  }
  this[kFs].open(this.path, this.flags, this.mode, (err, fd) => {
    if (err) {
      callback(err);
    } else {
      this.fd = fd;
      callback();
      this.emit('open', this.fd);
      this.emit('ready');
    }
  });
};

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos ?? null, (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIsPerformingIO, er);
    }
    if (er) return cb(er);
    this.bytesWritten += bytes;
    if (this.pos !== undefined) this.pos += bytes;
    cb();
  });
};

WriteStream.prototype._writev = function(data, cb) {
  const chunks = data.map((d) => d.chunk);
  this[kIsPerformingIO] = true;
  this[kFs].writev(this.fd, chunks, this.pos ?? null, (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIsPerformingIO, er);
    }
    if (er) return cb(er);
    this.bytesWritten += bytes;
    if (this.pos !== undefined) this.pos += bytes;
    cb();
  });
};

WriteStream.prototype._destroy = function(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIsPerformingIO, (er) => closeStream(this, err || er, cb));
  } else {
    closeStream(this, err, cb);
  }
};

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

void validateFunction;
module.exports = { ReadStream, WriteStream };
