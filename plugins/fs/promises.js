'use strict';
// fs/promises: the fs calls returning promises, and FileHandle. Each operation asks the
// binding for a promise (last argument null), so no callback is allocated per call.

const {
  constants, stringToFlags, parseFileMode, toPathString, validateFd, getOptions,
  encodeResult, getStatsFromBinding, Dirent, toUnixTimestamp, lazyBuffer,
} = require('internal/fs/utils');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_INVALID_STATE } } =
  require('internal/errors');
const { validateInteger, validateBoolean } = require('internal/validators');
const EventEmitter = require('events');
const pathModule = require('path');
const fs = require('fs');

const kUsePromise = null;

// A rejection from the binding carries no JS frames (it was made on the loop); capturing
// its stack again in the awaiting continuation gives node's "at async open (...)" lines.
function handleErrorFromBinding(err) {
  if (err !== null && typeof err === 'object' && err.syscall !== undefined) {
    Error.captureStackTrace(err, handleErrorFromBinding);
  }
  throw err;
}
function b(promise) {
  return promise.then(undefined, handleErrorFromBinding);
}
const { F_OK, O_WRONLY } = constants;

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal?.reason });
}

function checkAborted(signal) {
  if (signal?.aborted) throw abortError(signal);
}

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kRefs = Symbol('kRefs');

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
  }

  get fd() { return this[kFd]; }

  getAsyncId() { return this[kFd]; }

  appendFile(data, options) { return writeFileHandle(this, data, getOptions(options, { encoding: 'utf8', flag: 'a' })); }
  chmod(mode) { return this._op(() => b(binding.fchmod(this[kFd], parseFileMode(mode, 'mode'), kUsePromise))); }
  chown(uid, gid) {
    validateInteger(uid, 'uid', -1, 2 ** 32 - 1);
    validateInteger(gid, 'gid', -1, 2 ** 32 - 1);
    return this._op(() => b(binding.fchown(this[kFd], uid, gid, kUsePromise)));
  }
  datasync() { return this._op(() => b(binding.fdatasync(this[kFd], kUsePromise))); }
  sync() { return this._op(() => b(binding.fsync(this[kFd], kUsePromise))); }

  async read(bufferOrOptions, offset, length, position) {
    let buffer = bufferOrOptions;
    if (!ArrayBuffer.isView(buffer)) {
      const options = bufferOrOptions ?? {};
      buffer = options.buffer ?? lazyBuffer().alloc(16384);
      offset = options.offset ?? 0;
      length = options.length ?? buffer.byteLength - offset;
      position = options.position ?? null;
    } else if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    offset ??= 0;
    validateInteger(offset, 'offset', 0);
    length ??= buffer.byteLength - offset;
    if (length === 0) return { bytesRead: 0, buffer };
    if (buffer.byteLength === 0) {
      throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
    }
    if (offset + length > buffer.byteLength) {
      throw new ERR_OUT_OF_RANGE('length', `<= ${buffer.byteLength - offset}`, length);
    }
    const pos = typeof position === 'bigint' ? Number(position) : (typeof position === 'number' ? position : -1);
    const bytesRead = await this._op(() => b(binding.read(this[kFd], buffer, offset, length, pos, kUsePromise)));
    return { bytesRead, buffer };
  }

  readv(buffers, position) {
    return this._op(async () => {
      const bytesRead = await b(binding.readv(this[kFd], buffers, typeof position === 'number' ? position : -1, kUsePromise));
      return { bytesRead, buffers };
    });
  }

  readFile(options) { return readFileHandle(this, getOptions(options, { flag: 'r' })); }

  readLines(options) {
    const { createInterface } = require('readline');
    return createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  async stat(options) {
    const values = await this._op(() => b(binding.fstat(this[kFd], options?.bigint === true, kUsePromise)));
    return getStatsFromBinding(values);
  }

  truncate(len = 0) {
    validateInteger(len, 'len');
    return this._op(() => b(binding.ftruncate(this[kFd], Math.max(0, len), kUsePromise)));
  }

  utimes(atime, mtime) {
    return this._op(() => b(binding.futimes(this[kFd], toUnixTimestamp(atime), toUnixTimestamp(mtime), kUsePromise)));
  }

  async write(buffer, offsetOrOptions, length, position) {
    if (typeof buffer === 'string') {
      const encoding = typeof length === 'string' ? length : 'utf8';
      const buf = lazyBuffer().from(buffer, encoding);
      const pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : -1;
      const bytesWritten = await this._op(() => b(binding.write(this[kFd], buf, 0, buf.byteLength, pos, kUsePromise)));
      return { bytesWritten, buffer };
    }
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    offset ??= 0;
    length ??= buffer.byteLength - offset;
    const pos = typeof position === 'number' ? position : -1;
    const bytesWritten = await this._op(() => b(binding.write(this[kFd], buffer, offset, length, pos, kUsePromise)));
    return { bytesWritten, buffer };
  }

  writev(buffers, position) {
    return this._op(async () => {
      const bytesWritten = await b(binding.writev(this[kFd], buffers, typeof position === 'number' ? position : -1, kUsePromise));
      return { bytesWritten, buffers };
    });
  }

  writeFile(data, options) { return writeFileHandle(this, data, getOptions(options, { encoding: 'utf8', flag: 'w' })); }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      this[kClosePromise] = b(binding.close(fd, kUsePromise)).finally(() => { this[kClosePromise] = null; });
      this.emit('close');
    } else {
      this[kClosePromise] = new Promise((resolve, reject) => {
        this._closeResolve = resolve;
        this._closeReject = reject;
      }).finally(() => { this[kClosePromise] = null; });
    }
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() { return this.close(); }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  readableWebStream() {
    throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('readableWebStream()');
  }

  // Runs one operation, keeping the fd open until it settles.
  async _op(fn) {
    if (this[kFd] === -1) {
      const err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = 'read';
      throw err;
    }
    this[kRefs]++;
    try {
      return await fn();
    } finally {
      this[kRefs]--;
      if (this[kRefs] === 0 && this._closeResolve) {
        const fd = this[kFd];
        this[kFd] = -1;
        const resolve = this._closeResolve;
        const reject = this._closeReject;
        this._closeResolve = this._closeReject = null;
        b(binding.close(fd, kUsePromise)).then(resolve, reject);
        this.emit('close');
      }
    }
  }
}

async function readFileHandle(handle, options) {
  checkAborted(options.signal);
  const Buffer = lazyBuffer();
  const st = await handle._op(() => b(binding.fstat(handle.fd, false, kUsePromise)));
  const isRegular = (st[1] & constants.S_IFMT) === constants.S_IFREG;
  const size = isRegular ? st[8] : 0;
  const chunks = [];
  let total = 0;
  for (;;) {
    checkAborted(options.signal);
    // A regular file in one request of its size, stopping there as node does; anything
    // else in chunks until EOF.
    const want = size > 0 ? size - total : 64 * 1024;
    const buf = Buffer.allocUnsafeSlow(want);
    const n = await handle._op(() => b(binding.read(handle.fd, buf, 0, want, -1, kUsePromise)));
    if (n === 0) break;
    chunks.push(n === want ? buf : buf.subarray(0, n));
    total += n;
    if (size > 0 && total >= size) break;
  }
  const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  return options.encoding && options.encoding !== 'buffer' ? all.toString(options.encoding) : all;
}

function isIterable(data) {
  return data != null && typeof data === 'object' &&
    (typeof data[Symbol.iterator] === 'function' || typeof data[Symbol.asyncIterator] === 'function');
}

async function writeFileHandle(handle, data, options) {
  checkAborted(options.signal);
  const Buffer = lazyBuffer();
  const writeAll = async (buf) => {
    let off = 0;
    while (off < buf.byteLength) {
      checkAborted(options.signal);
      off += await handle._op(() => b(binding.write(handle.fd, buf, off, buf.byteLength - off, -1, kUsePromise)));
    }
  };
  if (typeof data === 'string') return writeAll(Buffer.from(data, options.encoding || 'utf8'));
  if (ArrayBuffer.isView(data)) {
    return writeAll(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  }
  if (isIterable(data)) {
    for await (const chunk of data) {
      await writeAll(typeof chunk === 'string' ? Buffer.from(chunk, options.encoding || 'utf8') : chunk);
    }
    return;
  }
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], data);
}

async function open(path, flags, mode) {
  path = toPathString(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await b(binding.open(path, flagsNumber, mode, kUsePromise)));
}

async function withFile(path, flags, mode, fn) {
  const handle = await open(path, flags, mode);
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return readFileHandle(path, options);
  checkAborted(options.signal);
  return withFile(path, options.flag || 'r', 0o666, (h) => readFileHandle(h, options));
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (typeof data !== 'string' && !ArrayBuffer.isView(data) && !isIterable(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], data);
  }
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  checkAborted(options.signal);
  return withFile(path, options.flag || 'w', options.mode, (h) => writeFileHandle(h, data, options));
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  return writeFile(path, data, { ...options, flag: options.flag || 'a' });
}

async function access(path, mode = F_OK) {
  path = toPathString(path);
  if (mode != null) validateInteger(mode, 'mode', 0, 7);
  return b(binding.access(path, mode ?? F_OK, kUsePromise));
}

async function stat(path, options) {
  return getStatsFromBinding(await b(binding.stat(toPathString(path), options?.bigint === true, kUsePromise)));
}

async function lstat(path, options) {
  return getStatsFromBinding(await b(binding.lstat(toPathString(path), options?.bigint === true, kUsePromise)));
}

async function readdir(path, options) {
  options = getOptions(options, {});
  path = toPathString(path);
  if (options.recursive) return fs.readdirSync(path, options);
  const result = await b(binding.scandir(path, !!options.withFileTypes, kUsePromise));
  if (options.withFileTypes) {
    const [names, types] = result;
    return names.map((n, i) => new Dirent(encodeResult(n, options.encoding), types[i], path));
  }
  return options.encoding && options.encoding !== 'utf8' ? result.map((n) => encodeResult(n, options.encoding)) : result;
}

async function readlink(path, options) {
  options = getOptions(options, {});
  return encodeResult(await b(binding.readlink(toPathString(path, 'oldPath'), kUsePromise)), options.encoding);
}

async function realpath(path, options) {
  return fs.realpathSync(path, options);
}

function promisifyCallbackApi(name) {
  return (...args) => new Promise((resolve, reject) => {
    fs[name](...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

module.exports = {
  access,
  copyFile: async (src, dest, mode) => b(binding.copyfile(toPathString(src, 'src'), toPathString(dest, 'dest'), mode ?? 0, kUsePromise)),
  cp: (src, dest, options) => require('internal/fs/cp').cp(src, dest, options),
  open,
  opendir: (path, options) => require('internal/fs/dir').opendirPromise(path, options),
  rename: async (oldPath, newPath) => b(binding.rename(toPathString(oldPath, 'oldPath'), toPathString(newPath, 'newPath'), kUsePromise)),
  truncate: promisifyCallbackApi('truncate'),
  rm: promisifyCallbackApi('rm'),
  rmdir: promisifyCallbackApi('rmdir'),
  mkdir: promisifyCallbackApi('mkdir'),
  readdir,
  readlink,
  symlink: promisifyCallbackApi('symlink'),
  lstat,
  stat,
  statfs: promisifyCallbackApi('statfs'),
  link: async (existingPath, newPath) => b(binding.link(toPathString(existingPath, 'existingPath'), toPathString(newPath, 'newPath'), kUsePromise)),
  unlink: async (path) => b(binding.unlink(toPathString(path), kUsePromise)),
  chmod: async (path, mode) => b(binding.chmod(toPathString(path), parseFileMode(mode, 'mode'), kUsePromise)),
  lchmod: undefined,
  lchown: promisifyCallbackApi('lchown'),
  chown: promisifyCallbackApi('chown'),
  utimes: promisifyCallbackApi('utimes'),
  lutimes: promisifyCallbackApi('lutimes'),
  realpath,
  mkdtemp: promisifyCallbackApi('mkdtemp'),
  writeFile,
  appendFile,
  readFile,
  watch: (...args) => require('internal/fs/watchers').watchPromise(...args),
  constants,
};
delete module.exports.lchmod;
void ERR_INVALID_ARG_VALUE; void ERR_INVALID_STATE; void validateBoolean; void pathModule; void validateFd; void O_WRONLY;
