'use strict';
// fs.ReadStream and fs.WriteStream on stream.Readable / stream.Writable.
//
// The fs calls a stream makes go through stream[kFs]: the fs module itself, options.fs
// (node lets a caller supply its own open/read/write/close), or a FileHandle's fd. They
// are looked up on that object at each call, never captured, because programs (and
// graceful-fs) patch fs.open/fs.read/fs.close after a stream is made and expect the
// stream to use the patched ones.

const { Readable, Writable, finished } = require('stream');
const { errorOrDestroy } = require('internal/streams/destroy');
const { deprecate } = require('internal/util/deprecate');
const fs = require('fs');
const { toPathString, getOptions, lazyBuffer } = require('internal/fs/utils');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateInteger, validateFunction, validateBoolean, validateAbortSignal } =
  require('internal/validators');

const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');
const kFs = Symbol('kFs');

// Options may inherit their fields (node reads them with for-in), so copy the same way.
function copyOptions(options) {
  options = getOptions(options, {});
  // Checked here, not only by stream.Readable/Writable, which let null, false and '' by.
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  const copy = {};
  for (const key in options) copy[key] = options[key];
  return copy;
}

function isFileHandle(value) {
  return value !== null && typeof value === 'object' && typeof value.fd === 'number' &&
    typeof value.close === 'function';
}

// options.fd: a descriptor the caller owns, or a FileHandle (closed with the stream).
function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    validateInteger(options.fd, 'fd', 0, 2147483647);
    stream[kFs] = options.fs || fs;
    return options.fd;
  }
  if (isFileHandle(options.fd)) {
    // The stream's I/O and close go through the handle (filehandle.js).
    stream[kFs] = require('internal/fs/promises').fileHandleStreamOps(stream, options);
    return options.fd.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

// What both constructors share: where the file comes from (a path to open, or an fd).
function setSource(stream, path, options, defaultFlags) {
  if (options.fd == null) {
    stream.fd = null;
    stream[kFs] = options.fs || fs;
    validateFunction(stream[kFs].open, 'options.fs.open');
    // A Buffer path stays a Buffer (open takes one); a URL becomes its path.
    stream.path = typeof path === 'string' || path instanceof Uint8Array ? path : toPathString(path);
    toPathString(stream.path);
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
  } else {
    stream.fd = importFd(stream, options);
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
}

// A stream whose class overrides open() (code written before streams had _construct,
// graceful-fs among it) opens the file itself and says so by emitting 'open' or 'error';
// those events finish the construction.
function constructByOpenMethod(stream, callback) {
  const emit = stream.emit;
  stream.emit = function(event, ...args) {
    if (event === 'open') {
      this.emit = emit;
      callback();
      return Reflect.apply(emit, this, [event, ...args]);
    }
    if (event === 'error') {
      this.emit = emit;
      callback(args[0]);
      return false;
    }
    return Reflect.apply(emit, this, [event, ...args]);
  };
  stream.open();
}

function construct(callback) {
  if (typeof this.fd === 'number') {
    callback();
    return;
  }
  if (this.open !== openReadFs && this.open !== openWriteFs) {
    constructByOpenMethod(this, callback);
    return;
  }
  this[kFs].open(this.path, this.flags, this.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    this.fd = fd;
    callback();
    this.emit('open', this.fd);
    this.emit('ready');
  });
}

function closeFd(stream, err, cb) {
  stream[kFs].close(stream.fd, (er) => cb(er || err));
  stream.fd = null;
}

function closeStream(stream, err, cb) {
  // As in node, a stream never closes fd 0 (nor an fd it never got).
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => closeFd(stream, err || flushErr, cb));
  } else {
    closeFd(stream, err, cb);
  }
}

// Descriptors are used by blocking calls on the thread pool: closing one under a pending
// read or write could hand the number to another file meanwhile, so wait for that call.
function destroyStream(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => closeStream(this, err || er, cb));
  } else {
    closeStream(this, err, cb);
  }
}

const pending = {
  get() { return this.fd === null; },
  configurable: true,
};

// ---------------------------------------------------------------- ReadStream

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  setSource(this, path, options, 'r');
  validateFunction(this[kFs].read, 'options.fs.read');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
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
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; },
  set(value) { this._readableState.autoDestroy = value; },
});
Object.defineProperty(ReadStream.prototype, 'pending', pending);

// Kept so subclasses can still override it (see constructByOpenMethod); calling it does
// nothing.
const openReadFs = deprecate(function() {}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
ReadStream.prototype.open = openReadFs;
ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const Buffer = lazyBuffer();
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos, (er, bytesRead, buffer) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      // With autoClose off the stream stays usable (and its fd open) after an error.
      errorOrDestroy(this, er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      let chunk = buffer;
      if (bytesRead !== buffer.length) {
        // A short read is copied out rather than sliced, so a small chunk kept by the
        // reader does not keep the whole read buffer alive.
        chunk = Buffer.allocUnsafeSlow(bytesRead);
        buffer.copy(chunk, 0, 0, bytesRead);
      }
      this.push(chunk);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroyStream;

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

// ---------------------------------------------------------------- WriteStream

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(options);
  // _write and _writev take Buffers only.
  options.decodeStrings = true;
  setSource(this, path, options, 'w');
  const ops = this[kFs];
  // Either write or writev will do: the stream uses whichever is there.
  if (!ops.write && !ops.writev) throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', ops.write);
  if (ops.write) validateFunction(ops.write, 'options.fs.write');
  else this._write = null;
  if (ops.writev) validateFunction(ops.writev, 'options.fs.writev');
  else this._writev = null;
  if (options.autoDestroy) validateFunction(ops.close, 'options.fs.close');
  if (options.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(options.flush, 'options.flush');
    this.flush = options.flush;
  }
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
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; },
  set(value) { this._writableState.autoDestroy = value; },
});
Object.defineProperty(WriteStream.prototype, 'pending', pending);

const openWriteFs = deprecate(function() {}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');
WriteStream.prototype.open = openWriteFs;
WriteStream.prototype._construct = construct;

// The end of a write or writev: the stream may have been destroyed meanwhile, in which
// case _destroy is waiting for this call to finish before it closes the fd.
function afterWrite(stream, er, bytes, cb) {
  stream[kIsPerformingIO] = false;
  if (stream.destroyed) {
    cb(er);
    stream.emit(kIoDone, er);
    return;
  }
  if (er) {
    cb(er);
    return;
  }
  stream.bytesWritten += bytes;
  if (stream.pos !== undefined) stream.pos += bytes;
  cb();
}

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos,
    (er, bytes) => afterWrite(this, er, bytes, cb));
};

WriteStream.prototype._writev = function(data, cb) {
  const chunks = data.map((d) => d.chunk);
  this[kIsPerformingIO] = true;
  this[kFs].writev(this.fd, chunks, this.pos ?? null,
    (er, bytes) => afterWrite(this, er, bytes, cb));
};

WriteStream.prototype._destroy = destroyStream;

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose, finishing does not destroy the stream: close() asks for it.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

// Kept from the pre-streams3 API.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream, WriteStream };
