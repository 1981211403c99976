'use strict';
// FileHandle, the object fs/promises.open() resolves to, and the operations on an open
// descriptor that fs/promises shares with it (readFile/writeFile of a handle). Registered
// as internal/fs/promises, the id node gives it, so node's own tests that patch
// FileHandle.prototype (--expose-internals) patch the class fs/promises uses.
//
// Every operation reads the descriptor through the public `fd` getter, not the internal
// slot, and path-level helpers close through the handle's `close` property: node does
// both, and its tests observe them by replacing the getter or the close function.

const {
  constants, parseFileMode, getOptions, getStatsFromBinding, toUnixTimestamp, lazyBuffer,
} = require('internal/fs/utils');
const { codes, AbortError, E } = require('internal/errors');
const {
  validateInteger, validateInt32, validateObject, validateAbortSignal,
} = require('internal/validators');
const EventEmitter = require('events');

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_INVALID_STATE,
  ERR_INTERNAL_ASSERTION, ERR_METHOD_NOT_IMPLEMENTED,
} = codes;
if (codes.ERR_FS_FILE_TOO_LARGE === undefined) {
  E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
}

// A null last argument asks the binding for a promise instead of taking a callback.
const kUsePromise = null;
// Largest single read or write the binding takes (node's kIoMaxLength).
const kIoMaxLength = 2 ** 31 - 1;
// readFile/writeFile go in chunks of this size, so an abort signal is seen between them.
const kReadFileChunk = 512 * 1024;
const kReadFileUnknownChunk = 64 * 1024;
const kWriteFileChunk = 512 * 1024;

// A rejection from the binding carries no JS frames (it was made on the loop); capturing
// its stack again in the awaiting continuation gives node's "at async open (...)" lines.
function rethrowWithStack(err) {
  if (err !== null && typeof err === 'object' && err.syscall !== undefined) {
    Error.captureStackTrace(err, rethrowWithStack);
  }
  throw err;
}
function call(promise) {
  return promise.then(undefined, rethrowWithStack);
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');

// A handle dropped without close() has its descriptor closed when collected, with node's
// warnings (the deprecation once per process, as node).
let gcDeprecationEmitted = false;
const closeOnCollect = new FinalizationRegistry((fd) => {
  try {
    binding.close(fd);
  } catch {
    // Already closed behind the handle's back (fs.closeSync(handle.fd)): nothing to free.
  }
  process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
  if (!gcDeprecationEmitted) {
    gcDeprecationEmitted = true;
    process.emitWarning(
      'Closing a FileHandle object on garbage collection is deprecated. ' +
      'Please close FileHandle objects explicitly using FileHandle.prototype.close(). ' +
      'In the future, an error will be thrown if a file descriptor is closed during ' +
      'garbage collection.', 'DeprecationWarning', 'DEP0137');
  }
});

// close() is an own property bound to its handle, as in node (fh.close.call(other) still
// closes fh); it emits 'close' at once, while the descriptor itself is closed when the
// last operation in flight on it settles.
function closeHandle(handle) {
  if (handle[kFd] === -1) return Promise.resolve();
  if (handle[kClosePromise]) return handle[kClosePromise];
  closeOnCollect.unregister(handle);
  handle[kRefs]--;
  let closing;
  if (handle[kRefs] === 0) {
    const fd = handle[kFd];
    handle[kFd] = -1;
    closing = call(binding.close(fd, kUsePromise));
  } else {
    closing = new Promise((resolve, reject) => {
      handle[kCloseResolve] = resolve;
      handle[kCloseReject] = reject;
    });
  }
  handle[kClosePromise] = closing.finally(() => { handle[kClosePromise] = undefined; });
  handle.emit('close');
  return handle[kClosePromise];
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = undefined;
    const close = () => closeHandle(this);
    this.close = close;
    closeOnCollect.register(this, fd, this);
  }

  getAsyncId() { return this[kFd]; }

  get fd() { return this[kFd]; }

  appendFile(data, options) { return fsCall(writeFile, this, data, withFlag(options, 'a')); }
  chmod(mode) { return fsCall(fchmod, this, mode); }
  chown(uid, gid) { return fsCall(fchown, this, uid, gid); }
  datasync() { return fsCall(fdatasync, this); }
  sync() { return fsCall(fsync, this); }
  read(buffer, offset, length, position) { return fsCall(read, this, buffer, offset, length, position); }
  readv(buffers, position) { return fsCall(readv, this, buffers, position); }
  readFile(options) { return fsCall(readFile, this, options); }

  readLines(options = undefined) {
    const { createInterface } = require('readline');
    return createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  stat(options) { return fsCall(fstat, this, options); }
  truncate(len = 0) { return fsCall(ftruncate, this, len); }
  utimes(atime, mtime) { return fsCall(futimes, this, atime, mtime); }
  write(buffer, offset, length, position) { return fsCall(write, this, buffer, offset, length, position); }
  writev(buffers, position) { return fsCall(writev, this, buffers, position); }
  writeFile(data, options) { return fsCall(writeFile, this, data, options); }

  readableWebStream() {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    throw new ERR_METHOD_NOT_IMPLEMENTED('readableWebStream()');
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  // Streams built on a handle hold a reference, so close() waits for them too.
  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    this[kRefs]--;
    if (this[kRefs] === 0 && this[kCloseResolve] !== undefined) {
      const fd = this[kFd];
      this[kFd] = -1;
      const resolve = this[kCloseResolve];
      const reject = this[kCloseReject];
      this[kCloseResolve] = this[kCloseReject] = undefined;
      call(binding.close(fd, kUsePromise)).then(resolve, reject);
    }
  }

  async [Symbol.asyncDispose]() { return this.close(); }
}

// Runs one operation on an open handle, keeping its descriptor open until it settles.
// A closed handle rejects with EBADF naming the operation, as node does.
async function fsCall(fn, handle, ...args) {
  if (!(handle instanceof FileHandle)) {
    throw new ERR_INTERNAL_ASSERTION('handle must be an instance of FileHandle');
  }
  if (handle.fd === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = fn.name;
    throw err;
  }
  handle[kRef]();
  try {
    return await fn(handle, ...args);
  } finally {
    handle[kUnref]();
  }
}

// ---------------------------------------------------------------- the operations

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

// Positions other than a non-negative safe integer mean "the current file position", as
// for node's promise API (bigints included).
function toPosition(position) {
  return typeof position === 'number' && Number.isSafeInteger(position) && position >= 0 ? position : -1;
}

function withFlag(options, flag) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag });
  return { ...options, flag: options.flag || flag };
}

async function fchmod(handle, mode) {
  mode = parseFileMode(mode, 'mode');
  return call(binding.fchmod(handle.fd, mode, kUsePromise));
}

async function fchown(handle, uid, gid) {
  validateInteger(uid, 'uid', -1, 2 ** 32 - 1);
  validateInteger(gid, 'gid', -1, 2 ** 32 - 1);
  return call(binding.fchown(handle.fd, uid, gid, kUsePromise));
}

async function fdatasync(handle) {
  return call(binding.fdatasync(handle.fd, kUsePromise));
}

async function fsync(handle) {
  return call(binding.fsync(handle.fd, kUsePromise));
}

async function fstat(handle, options = { bigint: false }) {
  return getStatsFromBinding(await call(binding.fstat(handle.fd, options.bigint === true, kUsePromise)));
}

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  return call(binding.ftruncate(handle.fd, Math.max(0, len), kUsePromise));
}

async function futimes(handle, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  return call(binding.futimes(handle.fd, atime, mtime, kUsePromise));
}

function validateBufferArray(buffers) {
  if (!Array.isArray(buffers) || !buffers.every(isArrayBufferView)) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
}

// read(buffer, offset, length, position), read(buffer, { offset, length, position }) or
// read({ buffer, offset, length, position }); a missing buffer is a new 16 KiB one.
async function read(handle, bufferOrOptions, offsetOrOptions, length, position) {
  let buffer = bufferOrOptions;
  let offset = offsetOrOptions;
  if (!isArrayBufferView(buffer)) {
    if (bufferOrOptions != null) validateObject(bufferOrOptions, 'options', { nullable: true });
    ({
      buffer = lazyBuffer().alloc(16384),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrOptions ?? {});
    if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
  } else if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }

  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length ??= buffer.byteLength - offset;
  if (length === 0) return { bytesRead: 0, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > buffer.byteLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${buffer.byteLength - offset}`, length);
  }
  // A length that is not an integer aborts node (a native assertion); refuse it cleanly.
  validateInt32(length, 'length', 0);
  const bytesRead = await call(binding.read(handle.fd, buffer, offset, length, toPosition(position), kUsePromise));
  return { bytesRead, buffer };
}

async function readv(handle, buffers, position) {
  validateBufferArray(buffers);
  const bytesRead = await call(binding.readv(handle.fd, buffers, toPosition(position), kUsePromise));
  return { bytesRead, buffers };
}

// write(buffer, offset, length, position), write(buffer, { offset, length, position }) or
// write(string, position, encoding).
async function write(handle, buffer, offsetOrOptions, length, position) {
  if (isArrayBufferView(buffer)) {
    let offset = offsetOrOptions;
    if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (buffer.byteLength === 0) return { bytesWritten: 0, buffer };
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (offset > buffer.byteLength) {
      throw new ERR_OUT_OF_RANGE('offset', `<= ${buffer.byteLength}`, offset);
    }
    if (length > buffer.byteLength - offset) {
      throw new ERR_OUT_OF_RANGE('length', `<= ${buffer.byteLength - offset}`, length);
    }
    if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
    validateInt32(length, 'length', 0);
    const bytesWritten = await call(binding.write(handle.fd, buffer, offset, length, toPosition(position), kUsePromise));
    return { bytesWritten, buffer };
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  // An unknown encoding writes UTF-8, as node; an odd-length hex string is refused.
  const Buffer = lazyBuffer();
  const encoding = Buffer.isEncoding(length) ? length : 'utf8';
  if (`${encoding}`.toLowerCase() === 'hex' && buffer.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', length, `is invalid for data of length ${buffer.length}`);
  }
  const bytes = Buffer.from(buffer, encoding);
  const bytesWritten = await call(binding.write(handle.fd, bytes, 0, bytes.byteLength, toPosition(offsetOrOptions), kUsePromise));
  return { bytesWritten, buffer };
}

async function writev(handle, buffers, position) {
  validateBufferArray(buffers);
  if (buffers.length === 0) return { bytesWritten: 0, buffers };
  const bytesWritten = await call(binding.writev(handle.fd, buffers, toPosition(position), kUsePromise));
  return { bytesWritten, buffers };
}

// The whole file from the handle's current position. A regular file is read in chunks
// up to the size fstat gave (bytes appended meanwhile are not read, as node); anything
// else (pipes, /proc files that report size 0) until EOF.
async function readFileHandle(handle, options) {
  const signal = options?.signal;
  const encoding = options?.encoding;
  checkAborted(signal);
  const st = await call(binding.fstat(handle.fd, false, kUsePromise));
  checkAborted(signal);
  const size = (st[1] & constants.S_IFMT) === constants.S_IFREG ? st[8] : 0;
  if (size > kIoMaxLength) throw new codes.ERR_FS_FILE_TOO_LARGE(size);
  const Buffer = lazyBuffer();
  const chunks = [];
  let total = 0;
  for (;;) {
    const want = size > 0 ? Math.min(size - total, kReadFileChunk) : kReadFileUnknownChunk;
    const buf = Buffer.allocUnsafeSlow(want);
    const n = await call(binding.read(handle.fd, buf, 0, want, -1, kUsePromise));
    checkAborted(signal);
    if (n === 0) break;
    chunks.push(n === want ? buf : buf.subarray(0, n));
    total += n;
    if (size > 0 && total >= size) break;
  }
  const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  return encoding && encoding !== 'buffer' ? all.toString(encoding) : all;
}

// fh.readFile(options): named for the EBADF a closed handle reports.
async function readFile(handle, options) {
  return readFileHandle(handle, getOptions(options, { flag: 'r' }));
}

function isCustomIterable(data) {
  return data != null && typeof data !== 'string' && !isArrayBufferView(data) &&
    (typeof data[Symbol.iterator] === 'function' || typeof data[Symbol.asyncIterator] === 'function');
}

// Validates writeFile's data: a string becomes bytes now; views and iterables pass.
function toWriteFileData(data, encoding) {
  if (isArrayBufferView(data) || isCustomIterable(data)) return data;
  if (typeof data !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return lazyBuffer().from(data, encoding || 'utf8');
}

async function writeAll(handle, bytes, signal) {
  let offset = 0;
  while (offset < bytes.byteLength) {
    checkAborted(signal);
    const length = Math.min(kWriteFileChunk, bytes.byteLength - offset);
    offset += await call(binding.write(handle.fd, bytes, offset, length, -1, kUsePromise));
  }
}

// Writes data (already through toWriteFileData) at the handle's current position.
async function writeFileHandle(handle, data, signal, encoding) {
  checkAborted(signal);
  if (isCustomIterable(data)) {
    const Buffer = lazyBuffer();
    for await (const chunk of data) {
      checkAborted(signal);
      const bytes = isArrayBufferView(chunk) ? chunk : Buffer.from(chunk, encoding || 'utf8');
      await writeAll(handle, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), signal);
    }
    return;
  }
  await writeAll(handle, new Uint8Array(data.buffer, data.byteOffset, data.byteLength), signal);
}

// fh.writeFile(data, options) and fh.appendFile: named for the EBADF a closed handle reports.
async function writeFile(handle, data, options) {
  options = getOptions(options, { encoding: 'utf8', flag: 'w' });
  data = toWriteFileData(data, options.encoding);
  validateAbortSignal(options.signal, 'options.signal');
  return writeFileHandle(handle, data, options.signal, options.encoding);
}

// ---------------------------------------------------------------- path-level helpers

// Settles with op's outcome after closing the handle (close is the handle's `close`
// property, read by the caller once op has started). Both failing gives an
// AggregateError that carries op's message and code, as node.
function closeAfter(op, close) {
  return op.then(
    (value) => close().then(() => value),
    (opError) => close().then(
      () => { throw opError; },
      (closeError) => {
        const err = new AggregateError([opError, closeError], opError.message);
        err.code = opError.code;
        throw err;
      }));
}

// flush: true syncs the file before it is closed.
function syncAfter(op, handle) {
  return op.then((value) => handle.sync().then(() => value));
}

// Hooks a fs.ReadStream/WriteStream built on a handle to it: the stream does its I/O
// through the handle's own methods (so replacing fh.read is seen), holds a reference so
// the handle stays open under it, and closes when the handle does.
function fileHandleStreamOps(stream, options) {
  const handle = options.fd;
  if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
  validateInteger(handle.fd, 'fd', 0, 2147483647);
  handle[kRef]();
  handle.on('close', () => stream.close());
  return {
    open() { throw new ERR_METHOD_NOT_IMPLEMENTED('open()'); },
    close(fd, cb) {
      handle[kUnref]();
      handle.close().then(() => cb(), cb);
    },
    read(fd, buf, offset, length, position, cb) {
      handle.read(buf, offset, length, position).then(
        (r) => cb(null, r.bytesRead, r.buffer), (err) => cb(err, 0, buf));
    },
    write(fd, buf, offset, length, position, cb) {
      handle.write(buf, offset, length, position).then(
        (r) => cb(null, r.bytesWritten, r.buffer), (err) => cb(err, 0, buf));
    },
    writev(fd, buffers, position, cb) {
      handle.writev(buffers, position).then(
        (r) => cb(null, r.bytesWritten, r.buffers), (err) => cb(err, 0, buffers));
    },
    // A WriteStream with `flush` syncs before closing.
    fsync(fd, cb) {
      handle.sync().then(() => cb(), cb);
    },
  };
}

module.exports = {
  FileHandle,
  kRef,
  kUnref,
  get exports() { return require('fs/promises'); },
  // for fs/promises and fs streams
  call,
  checkAborted,
  readFileHandle,
  writeFileHandle,
  toWriteFileData,
  closeAfter,
  syncAfter,
  ftruncate,
  fileHandleStreamOps,
};
