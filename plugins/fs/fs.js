'use strict';
// The fs module: synchronous and callback APIs on the fs plugin's native binding
// (fs.c). Every call validates its arguments here, with node's errors, then makes one
// binding call; its last argument says how it runs: undefined = now, a function = on the
// thread pool with that callback (see fs_req.c).

const {
  constants, stringToFlags, parseFileMode, toPathString, validateFd, makeCallback,
  getOptions, assertEncoding, encodeResult, Stats, BigIntStats, getStatsFromBinding, Dirent,
  toUnixTimestamp, lazyBuffer, kIoMaxLength, validateOffsetLengthRead, validateOffsetLengthWrite,
} = require('internal/fs/utils');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_INVALID_ARG_VALUE, ERR_FS_FILE_TOO_LARGE },
} = require('internal/errors');
const { validateInteger, validateBoolean, validateFunction, validateInt32, validateObject } =
  require('internal/validators');
const pathModule = require('path');

const { F_OK, R_OK, W_OK, X_OK, O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND, O_RDONLY } = constants;
const kMaxUserId = 2 ** 32 - 1;

// Sync stat results land in the binding's own arrays (filled when a sync stat is given
// no array): no allocation per statSync.
const { statValues, bigintStatValues } = binding;

function maybeCallback(cb) {
  return makeCallback(cb);
}

function isUint8ArrayLike(v) {
  return ArrayBuffer.isView(v);
}

// ---------------------------------------------------------------- access / exists

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = toPathString(path);
  mode = getValidMode(mode, 'access');
  binding.access(path, mode, maybeCallback(callback));
}

function accessSync(path, mode) {
  binding.access(toPathString(path), getValidMode(mode, 'access'));
}

function getValidMode(mode, type) {
  if (mode == null) return F_OK;
  if (typeof mode !== 'number') throw new ERR_INVALID_ARG_TYPE('mode', 'integer', mode);
  if (!Number.isInteger(mode) || mode < 0 || mode > 7) {
    // node's text for this one has no "Received" part.
    const err = new RangeError('mode is out of range: >= 0 && <= 7');
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  return mode;
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  let p;
  try {
    p = toPathString(path);
  } catch {
    process.nextTick(callback, false);
    return;
  }
  binding.exists(p, (err, ok) => callback(ok === true));
}
// util.promisify.custom, without loading util (a few ms of start-up for every program
// that requires fs).
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

Object.defineProperty(exists, kCustomPromisify, {
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = toPathString(path);
  } catch {
    return false;
  }
  return binding.exists(path);
}

// ---------------------------------------------------------------- open / close

function open(path, flags, mode, callback) {
  path = toPathString(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, callback);
}

function openSync(path, flags, mode) {
  return binding.open(toPathString(path), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

function close(fd, callback = defaultCloseCallback) {
  validateFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, callback);
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function closeSync(fd) {
  binding.close(validateFd(fd));
}

// ---------------------------------------------------------------- read / write

// A read position: null/undefined mean "the current file position" (-1 to the binding,
// as is any negative position: libuv reads from the current position then).
function toPosition(position) {
  if (position == null) return -1;
  if (typeof position === 'number') {
    validateInteger(position, 'position', -1);
    return position;
  }
  if (typeof position === 'bigint') {
    if (position < -(2n ** 63n) || position > 2n ** 63n - 1n) {
      throw new ERR_OUT_OF_RANGE('position', `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
    return position < 0n ? -1 : Number(position);
  }
  throw new ERR_INVALID_ARG_TYPE('position', ['integer', 'bigint'], position);
}

function validateBuffer(buffer) {
  if (!isUint8ArrayLike(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// The checks read and readSync share once their arguments are sorted out. Returns null
// when there is nothing to read (length 0), else [offset, length, position].
function checkReadArgs(buffer, offset, length, position) {
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return null;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  return [offset, length, toPosition(position)];
}

const kNullableObject = { nullable: true };

// fs.read(fd, buffer, offset, length, position, cb), fs.read(fd, buffer, options, cb),
// fs.read(fd, options, cb) and fs.read(fd, cb): the short forms are told apart by how
// many arguments there are, as in node.
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  validateFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validateObject(offsetOrOptions, 'options', kNullableObject);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!isUint8ArrayLike(buffer)) {
        params = buffer;
        ({ buffer = lazyBuffer().alloc(16384) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = lazyBuffer().alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', kNullableObject);
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? {});
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  const args = checkReadArgs(buffer, offset, length, position);
  if (args === null) {
    process.nextTick(callback, null, 0, buffer);
    return;
  }
  binding.read(fd, buffer, args[0], args[1], args[2], (err, bytesRead) => {
    if (err) callback(err);
    else callback(null, bytesRead, buffer);
  });
}
Object.defineProperty(read, kCustomPromisify, {
  value: (...args) => new Promise((resolve, reject) => {
    read(...args, (err, bytesRead, buffer) => (err ? reject(err) : resolve({ bytesRead, buffer })));
  }),
});

// fs.readSync(fd, buffer, offset, length, position) or fs.readSync(fd, buffer, options).
function readSync(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', kNullableObject);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  const args = checkReadArgs(buffer, offset, length, position);
  if (args === null) return 0;
  return binding.read(fd, buffer, args[0], args[1], args[2]);
}

// Node 20 writes at a position only when it is a safe, non-negative integer; anything
// else (null, a bigint, a fraction, a negative number) means "at the current position".
function writePosition(position) {
  return typeof position === 'number' && Number.isSafeInteger(position) && position >= 0 ?
    position : -1;
}

// fs.write[Sync](fd, buffer[, offset[, length[, position]]]), (fd, buffer, options) and
// (fd, string[, position[, encoding]]), as [buffer, offset, length, position].
function writeArgs(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  if (isUint8ArrayLike(buffer)) {
    let offset = offsetOrOptions;
    if (typeof offsetOrOptions === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return [buffer, offset, length, writePosition(position)];
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  const Buffer = lazyBuffer();
  // An encoding node does not know writes UTF-8, as node's binding does; an odd-length
  // hex string is refused rather than cut short.
  const encoding = typeof length === 'string' && Buffer.isEncoding(length) ? length : 'utf8';
  if (encoding.toLowerCase() === 'hex' && buffer.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', length, `is invalid for data of length ${buffer.length}`);
  }
  const buf = Buffer.from(buffer, encoding);
  return [buf, 0, buf.byteLength, writePosition(offsetOrOptions)];
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  const args = Array.prototype.slice.call(arguments, 1);
  callback = args.pop();
  validateFunction(callback, 'cb');
  const [buf, offset, len, pos] = writeArgs(fd, ...args);
  binding.write(fd, buf, offset, len, pos, (err, written) => {
    if (err) callback(err);
    else callback(null, written, buffer);
  });
}
Object.defineProperty(write, kCustomPromisify, {
  value: (...args) => new Promise((resolve, reject) => {
    write(...args, (err, bytesWritten, buffer) => (err ? reject(err) : resolve({ bytesWritten, buffer })));
  }),
});

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  const [buf, offset, len, pos] = writeArgs(fd, buffer, offsetOrOptions, length, position);
  return binding.write(fd, buf, offset, len, pos);
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  for (const b of buffers) {
    if (!isUint8ArrayLike(b)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

function readv(fd, buffers, position, callback) {
  validateFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  callback = makeCallback(callback);
  binding.readv(fd, buffers, typeof position === 'number' ? position : -1,
    (err, n) => (err ? callback(err) : callback(null, n, buffers)));
}

function readvSync(fd, buffers, position) {
  validateFd(fd);
  validateBufferArray(buffers);
  return binding.readv(fd, buffers, typeof position === 'number' ? position : -1);
}

function writev(fd, buffers, position, callback) {
  validateFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  callback = makeCallback(callback);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  binding.writev(fd, buffers, typeof position === 'number' ? position : -1,
    (err, n) => (err ? callback(err) : callback(null, n, buffers)));
}

function writevSync(fd, buffers, position) {
  validateFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  return binding.writev(fd, buffers, typeof position === 'number' ? position : -1);
}

// util.promisify(fs.readv / fs.writev) resolves to an object naming the two values their
// callbacks get, with node's names (writev's second is "buffer", singular, in node too).
{
  const { kCustomPromisifyArgsSymbol } = require('internal/util/promisify');
  Object.defineProperty(readv, kCustomPromisifyArgsSymbol, { value: ['bytesRead', 'buffers'] });
  Object.defineProperty(writev, kCustomPromisifyArgsSymbol, { value: ['bytesWritten', 'buffer'] });
}

// ---------------------------------------------------------------- readFile / writeFile

const kReadChunk = 512 * 1024;

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const isFd = typeof path === 'number';
  const flags = stringToFlags(options.flag);
  const encoding = options.encoding;
  if (!isFd && (encoding === 'utf8' || encoding === 'utf-8')) {
    return binding.readFileUtf8(toPathString(path), flags);
  }
  const fd = isFd ? validateFd(path) : binding.open(toPathString(path), flags, 0o666);
  let buffer;
  try {
    buffer = readAllSync(fd);
  } finally {
    if (!isFd) binding.close(fd);
  }
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

function readAllSync(fd) {
  const Buffer = lazyBuffer();
  binding.fstat(fd, false, undefined, statValues);
  const isRegular = (statValues[1] & constants.S_IFMT) === constants.S_IFREG;
  const size = isRegular ? statValues[8] : 0;
  if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
  if (size > 0) {
    // Read what fstat promised, as node does (bytes appended meanwhile are not read);
    // a file that shrinks meanwhile gives what is there.
    const buf = Buffer.allocUnsafeSlow(size);
    let off = 0;
    while (off < size) {
      const n = binding.read(fd, buf, off, size - off, -1);
      if (n === 0) break;
      off += n;
    }
    return off < size ? buf.subarray(0, off) : buf;
  }
  return readChunksSync(fd);
}

function readChunksSync(fd) {
  const Buffer = lazyBuffer();
  const chunks = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(kReadChunk);
    const n = binding.read(fd, chunk, 0, kReadChunk, -1);
    if (n === 0) break;
    chunks.push(n === kReadChunk ? chunk : chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const isFd = typeof path === 'number';
  const flags = stringToFlags(options.flag);
  const { signal } = options;
  const encoding = options.encoding;
  const Buffer = lazyBuffer();
  if (!isFd) path = toPathString(path);
  else validateFd(path);
  if (signal?.aborted) {
    process.nextTick(callback, abortError(signal));
    return;
  }
  const finish = (fd, err, result) => {
    // A failed read calls back with the error alone, as node does.
    const done = (e) => (e ? callback(e) : callback(null, result));
    if (isFd) return done(err);
    binding.close(fd, (closeErr) => done(err || closeErr));
  };
  const withFd = (fd) => {
    binding.fstat(fd, false, (err, st) => {
      if (err) return finish(fd, err);
      const isRegular = (st[1] & constants.S_IFMT) === constants.S_IFREG;
      const size = isRegular ? st[8] : 0;
      if (size > kIoMaxLength) return finish(fd, new ERR_FS_FILE_TOO_LARGE(size));
      const chunks = [];
      let total = 0;
      const readMore = () => {
        if (signal?.aborted) return finish(fd, abortError(signal));
        // A regular file is read in one request of its size (and no further once that
        // much is read, as node); anything else in chunks until EOF.
        const want = size > 0 ? size - total : kReadChunk;
        const buf = Buffer.allocUnsafeSlow(want);
        binding.read(fd, buf, 0, want, -1, (err, n) => {
          if (err) return finish(fd, err);
          if (n > 0) {
            chunks.push(n === want ? buf : buf.subarray(0, n));
            total += n;
          }
          if (n === 0 || (size > 0 && total >= size)) {
            const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
            let result = all;
            try {
              if (encoding && encoding !== 'buffer') result = all.toString(encoding);
            } catch (e) {
              return finish(fd, e);
            }
            return finish(fd, null, result);
          }
          readMore();
        });
      };
      readMore();
    });
  };
  if (isFd) withFd(path);
  else binding.open(path, flags, 0o666, (err, fd) => (err ? callback(err) : withFd(fd)));
}

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal?.reason });
}

function toWriteBuffer(data, encoding, name = 'data') {
  if (isUint8ArrayLike(data)) {
    return data instanceof Uint8Array ? data :
      new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  if (typeof data === 'string') return lazyBuffer().from(data, encoding || 'utf8');
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeAllSync(fd, buf, position) {
  let off = 0;
  while (off < buf.byteLength) {
    const n = binding.write(fd, buf, off, buf.byteLength - off, position);
    off += n;
    if (position >= 0) position += n;
  }
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const buf = toWriteBuffer(data, options.encoding);
  const flag = options.flag || 'w';
  const isFd = typeof path === 'number';
  if (isFd) {
    writeAllSync(validateFd(path), buf, -1);
    return;
  }
  const fd = binding.open(toPathString(path), stringToFlags(flag),
    parseFileMode(options.mode, 'mode', 0o666));
  try {
    writeAllSync(fd, buf, -1);
  } finally {
    binding.close(fd);
  }
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const buf = toWriteBuffer(data, options.encoding);
  const isFd = typeof path === 'number';
  const { signal } = options;
  if (!isFd) path = toPathString(path);
  else validateFd(path);
  if (signal?.aborted) {
    process.nextTick(callback, abortError(signal));
    return;
  }
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const flags = stringToFlags(options.flag || 'w');
  const withFd = (fd) => {
    let off = 0;
    const done = (err) => {
      if (isFd) return callback(err || null);
      binding.close(fd, (closeErr) => callback(err || closeErr || null));
    };
    const step = () => {
      if (signal?.aborted) return done(abortError(signal));
      if (off >= buf.byteLength) return done(null);
      binding.write(fd, buf, off, buf.byteLength - off, -1, (err, n) => {
        if (err) return done(err);
        off += n;
        step();
      });
    };
    step();
  };
  if (isFd) withFd(path);
  else binding.open(path, flags, mode, (err, fd) => (err ? callback(err) : withFd(fd)));
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options, flag: options.flag || 'a' };
  writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options, flag: options.flag || 'a' };
  writeFileSync(path, data, options);
}

// ---------------------------------------------------------------- stat

function statOptions(options) {
  if (typeof options === 'function' || options == null) return false;
  return options.bigint === true;
}

function statCallback(callback) {
  return (err, values) => (err ? callback(err) : callback(null, getStatsFromBinding(values)));
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  binding.stat(toPathString(path), statOptions(options), statCallback(callback));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  binding.lstat(toPathString(path), statOptions(options), statCallback(callback));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFd(fd);
  callback = makeCallback(callback);
  binding.fstat(fd, statOptions(options), statCallback(callback));
}

function syncStat(fn, target, options) {
  const big = statOptions(options);
  const throwIfNoEntry = options?.throwIfNoEntry !== false;
  try {
    fn(target, big);
  } catch (err) {
    if (!throwIfNoEntry && (err.code === 'ENOENT' || err.code === 'ENOTDIR')) return undefined;
    throw err;
  }
  return getStatsFromBinding(big ? bigintStatValues : statValues);
}

function statSync(path, options) {
  return syncStat(binding.stat, toPathString(path), options);
}

function lstatSync(path, options) {
  return syncStat(binding.lstat, toPathString(path), options);
}

function fstatSync(fd, options) {
  return syncStat(binding.fstat, validateFd(fd), options);
}

// ---------------------------------------------------------------- names

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  binding.rename(toPathString(oldPath, 'oldPath'), toPathString(newPath, 'newPath'), callback);
}

function renameSync(oldPath, newPath) {
  binding.rename(toPathString(oldPath, 'oldPath'), toPathString(newPath, 'newPath'));
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  binding.link(toPathString(existingPath, 'existingPath'), toPathString(newPath, 'newPath'), callback);
}

function linkSync(existingPath, newPath) {
  binding.link(toPathString(existingPath, 'existingPath'), toPathString(newPath, 'newPath'));
}

function symlinkFlags(type) {
  if (type == null) return 0;
  if (type === 'dir') return constants.UV_FS_SYMLINK_DIR;
  if (type === 'junction') return constants.UV_FS_SYMLINK_JUNCTION;
  if (type === 'file') return 0;
  const { E, codes } = require('internal/errors');
  if (!codes.ERR_FS_INVALID_SYMLINK_TYPE) {
    E('ERR_FS_INVALID_SYMLINK_TYPE', 'Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error);
  }
  throw new codes.ERR_FS_INVALID_SYMLINK_TYPE(type);
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  callback = makeCallback(callback);
  binding.symlink(toPathString(target, 'target'), toPathString(path), symlinkFlags(type), callback);
}

function symlinkSync(target, path, type) {
  binding.symlink(toPathString(target, 'target'), toPathString(path), symlinkFlags(type));
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  binding.readlink(toPathString(path, 'oldPath'), (err, s) => {
    if (err) callback(err);
    else callback(null, encodeResult(s, options.encoding));
  });
}

function readlinkSync(path, options) {
  options = getOptions(options, {});
  return encodeResult(binding.readlink(toPathString(path, 'oldPath')), options.encoding);
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  binding.unlink(toPathString(path), callback);
}

function unlinkSync(path) {
  binding.unlink(toPathString(path));
}

// ---------------------------------------------------------------- realpath

// realpath resolves symbolic links one path component at a time, with lstat and
// readlink, so that its errors name the component (as node's JS realpath does);
// realpath.native asks the C library in one call.
function realpathSync(p, options) {
  options = getOptions(options, {});
  p = toPathString(p);
  const resolved = realpathWalk(pathModule.resolve(p), (q) => {
    binding.lstat(q, false, undefined, statValues);
    return (statValues[1] & constants.S_IFMT) === constants.S_IFLNK;
  }, (q) => binding.readlink(q));
  return encodeResult(resolved, options.encoding);
}

function realpathWalk(p, isLink, readLink) {
  const seen = new Map();
  let links = 0;
  let current = '/';
  const parts = p.split('/').filter(Boolean);
  while (parts.length > 0) {
    const part = parts.shift();
    const next = current === '/' ? `/${part}` : `${current}/${part}`;
    if (seen.has(next)) {
      current = seen.get(next);
      continue;
    }
    if (!isLink(next)) {
      current = next;
      continue;
    }
    if (++links > 40) {
      const err = new Error(`ELOOP: too many symbolic links encountered, realpath '${p}'`);
      Object.assign(err, { errno: -40, code: 'ELOOP', syscall: 'realpath', path: p });
      throw err;
    }
    const target = readLink(next);
    const resolvedTarget = pathModule.resolve(current, target);
    parts.unshift(...resolvedTarget.split('/').filter(Boolean));
    current = '/';
  }
  return current;
}

function realpathSyncNative(p, options) {
  options = getOptions(options, {});
  return encodeResult(binding.realpath(toPathString(p)), options.encoding);
}
realpathSync.native = realpathSyncNative;

function realpath(p, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  let result;
  try {
    result = realpathSync(p, typeof options === 'function' ? undefined : options);
  } catch (err) {
    if (err.code === 'ERR_INVALID_ARG_TYPE' || err.code === 'ERR_INVALID_ARG_VALUE') throw err;
    process.nextTick(callback, err);
    return;
  }
  process.nextTick(callback, null, result);
}

realpath.native = function native(p, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  binding.realpath(toPathString(p), (err, s) => (err ? callback(err) : callback(null, encodeResult(s, options.encoding))));
};

// ---------------------------------------------------------------- directories

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) {
      validateBoolean(options.recursive, 'options.recursive');
      recursive = options.recursive;
    }
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  return { mode, recursive };
}

// Creates every missing directory of `path`; returns the first one it created. Works on
// the path as given (no normalising): "a/../b" creates "a" too, as node does, and an
// error names the whole path.
function mkdirpSync(path, mode) {
  try {
    binding.mkdir(path, mode);
    return path;
  } catch (err) {
    if (err.code === 'EEXIST') {
      if (isDirectorySync(path)) return undefined;
      throw err;
    }
    if (err.code !== 'ENOENT') throw err;
    const parent = pathModule.dirname(path);
    if (parent === path) throw err;
    const first = mkdirpSync(parent, mode);
    try {
      binding.mkdir(path, mode);
    } catch (err2) {
      if (err2.code === 'EEXIST' && isDirectorySync(path)) return first;
      throw err2;
    }
    return first ?? path;
  }
}

function mkdirp(path, mode, callback) {
  binding.mkdir(path, mode, (err) => {
    if (!err) return callback(null, path);
    if (err.code === 'EEXIST') {
      return binding.stat(path, false, (err2, st) => {
        if (!err2 && (st[1] & constants.S_IFMT) === constants.S_IFDIR) return callback(null, undefined);
        callback(err);
      });
    }
    if (err.code !== 'ENOENT') return callback(err);
    const parent = pathModule.dirname(path);
    if (parent === path) return callback(err);
    mkdirp(parent, mode, (err3, first) => {
      if (err3) return callback(err3);
      binding.mkdir(path, mode, (err4) => {
        if (!err4) return callback(null, first ?? path);
        if (err4.code !== 'EEXIST') return callback(err4);
        binding.stat(path, false, (err5, st) => {
          if (!err5 && (st[1] & constants.S_IFMT) === constants.S_IFDIR) return callback(null, first);
          callback(err4);
        });
      });
    });
  });
}

function isDirectorySync(path) {
  try {
    binding.stat(path, false, undefined, statValues);
  } catch {
    return false;
  }
  return (statValues[1] & constants.S_IFMT) === constants.S_IFDIR;
}

function mkdirSync(path, options) {
  path = toPathString(path);
  const { mode, recursive } = mkdirOptions(options);
  if (recursive) return mkdirpSync(path, mode);
  binding.mkdir(path, mode);
  return undefined;
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  const p = toPathString(path);
  const { mode, recursive } = mkdirOptions(options);
  if (recursive) mkdirp(p, mode, callback);
  else binding.mkdir(p, mode, callback);
}

function readdirResult(path, result, options) {
  if (options.withFileTypes) {
    const [names, types] = result;
    return names.map((n, i) => new Dirent(encodeResult(n, options.encoding), types[i], path));
  }
  if (options.encoding && options.encoding !== 'utf8') {
    return result.map((n) => encodeResult(n, options.encoding));
  }
  return result;
}

function readdirRecursiveSync(root, options) {
  const out = [];
  const queue = [root];
  while (queue.length > 0) {
    const dir = queue.shift();
    const [names, types] = binding.scandir(dir, true);
    for (let i = 0; i < names.length; i++) {
      const full = pathModule.join(dir, names[i]);
      const rel = pathModule.relative(root, full);
      let type = types[i];
      if (type === constants.UV_DIRENT_UNKNOWN) {
        binding.lstat(full, false, undefined, statValues);
        type = direntTypeFromMode(statValues[1]);
      }
      if (options.withFileTypes) out.push(new Dirent(names[i], type, dir));
      else out.push(encodeResult(rel, options.encoding));
      if (type === constants.UV_DIRENT_DIR) queue.push(full);
    }
  }
  return out;
}

function direntTypeFromMode(mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFREG: return constants.UV_DIRENT_FILE;
    case constants.S_IFDIR: return constants.UV_DIRENT_DIR;
    case constants.S_IFLNK: return constants.UV_DIRENT_LINK;
    case constants.S_IFIFO: return constants.UV_DIRENT_FIFO;
    case constants.S_IFSOCK: return constants.UV_DIRENT_SOCKET;
    case constants.S_IFCHR: return constants.UV_DIRENT_CHAR;
    case constants.S_IFBLK: return constants.UV_DIRENT_BLOCK;
    default: return constants.UV_DIRENT_UNKNOWN;
  }
}

function readdirSync(path, options) {
  options = getOptions(options, {});
  path = toPathString(path);
  if (options.recursive) return readdirRecursiveSync(path, options);
  return readdirResult(path, binding.scandir(path, !!options.withFileTypes), options);
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  path = toPathString(path);
  if (options.recursive) {
    // The recursive walk is done synchronously on a later tick: a simple, correct
    // first version (noted: it blocks the loop for very large trees).
    process.nextTick(() => {
      let result;
      try {
        result = readdirRecursiveSync(path, options);
      } catch (err) {
        return callback(err);
      }
      callback(null, result);
    });
    return;
  }
  binding.scandir(path, !!options.withFileTypes, (err, result) => {
    if (err) return callback(err);
    let out;
    try {
      out = readdirResult(path, result, options);
    } catch (e) {
      return callback(e);
    }
    callback(null, out);
  });
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = toPathString(path);
  const rmModule = require('internal/fs/rm');
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    rmModule.rmdirRecursive(path, options, callback);
    return;
  }
  rmModule.validateRmdirOptions(options);
  binding.rmdir(path, callback);
}

function rmdirSync(path, options) {
  path = toPathString(path);
  const rmModule = require('internal/fs/rm');
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    rmModule.rmdirRecursiveSync(path, options);
    return;
  }
  rmModule.validateRmdirOptions(options);
  binding.rmdir(path);
}

let warnedRecursiveRmdir = false;
function emitRecursiveRmdirWarning() {
  if (warnedRecursiveRmdir) return;
  warnedRecursiveRmdir = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
    'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  require('internal/fs/rm').rm(toPathString(path), options, callback);
}

function rmSync(path, options) {
  require('internal/fs/rm').rmSync(toPathString(path), options);
}

// mkdtemp appends six X's itself; some systems would take the user's trailing X's for
// part of the template, so node warns about them (once per process).
let nonPortableTemplateWarned = false;
function warnOnNonPortableTemplate(prefix) {
  if (nonPortableTemplateWarned || !prefix.endsWith('X')) return;
  nonPortableTemplateWarned = true;
  process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
    'For details see: https://nodejs.org/api/fs.html');
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  prefix = toPathString(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  binding.mkdtemp(`${prefix}XXXXXX`, (err, p) => (err ? callback(err) : callback(null, encodeResult(p, options.encoding))));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options, {});
  prefix = toPathString(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return encodeResult(binding.mkdtemp(`${prefix}XXXXXX`), options.encoding);
}

// ---------------------------------------------------------------- attributes

function chmod(path, mode, callback) {
  path = toPathString(path);
  mode = parseFileMode(mode, 'mode');
  binding.chmod(path, mode, makeCallback(callback));
}

function chmodSync(path, mode) {
  binding.chmod(toPathString(path), parseFileMode(mode, 'mode'));
}

function fchmod(fd, mode, callback) {
  validateFd(fd);
  mode = parseFileMode(mode, 'mode');
  binding.fchmod(fd, mode, makeCallback(callback));
}

function fchmodSync(fd, mode) {
  binding.fchmod(validateFd(fd), parseFileMode(mode, 'mode'));
}

function validateId(id, name) {
  validateInteger(id, name, -1, kMaxUserId);
  return id;
}

function chown(path, uid, gid, callback) {
  path = toPathString(path);
  binding.chown(path, validateId(uid, 'uid'), validateId(gid, 'gid'), makeCallback(callback));
}

function chownSync(path, uid, gid) {
  binding.chown(toPathString(path), validateId(uid, 'uid'), validateId(gid, 'gid'));
}

function lchown(path, uid, gid, callback) {
  path = toPathString(path);
  binding.lchown(path, validateId(uid, 'uid'), validateId(gid, 'gid'), makeCallback(callback));
}

function lchownSync(path, uid, gid) {
  binding.lchown(toPathString(path), validateId(uid, 'uid'), validateId(gid, 'gid'));
}

function fchown(fd, uid, gid, callback) {
  validateFd(fd);
  binding.fchown(fd, validateId(uid, 'uid'), validateId(gid, 'gid'), makeCallback(callback));
}

function fchownSync(fd, uid, gid) {
  binding.fchown(validateFd(fd), validateId(uid, 'uid'), validateId(gid, 'gid'));
}

function utimes(path, atime, mtime, callback) {
  path = toPathString(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), makeCallback(callback));
}

function utimesSync(path, atime, mtime) {
  binding.utimes(toPathString(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function lutimes(path, atime, mtime, callback) {
  path = toPathString(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), makeCallback(callback));
}

function lutimesSync(path, atime, mtime) {
  binding.lutimes(toPathString(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
  validateFd(fd);
  binding.futimes(fd, toUnixTimestamp(atime), toUnixTimestamp(mtime), makeCallback(callback));
}

function futimesSync(fd, atime, mtime) {
  binding.futimes(validateFd(fd), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function fsync(fd, callback) {
  binding.fsync(validateFd(fd), makeCallback(callback));
}

function fsyncSync(fd) {
  binding.fsync(validateFd(fd));
}

function fdatasync(fd, callback) {
  binding.fdatasync(validateFd(fd), makeCallback(callback));
}

function fdatasyncSync(fd) {
  binding.fdatasync(validateFd(fd));
}

// A length to truncate to: an integer (undefined meaning 0 where node allows it); a
// negative one truncates to 0.
function validateLen(len) {
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  validateFd(fd);
  len = validateLen(len);
  binding.ftruncate(fd, len, makeCallback(callback));
}

function ftruncateSync(fd, len = 0) {
  binding.ftruncate(validateFd(fd), validateLen(len));
}

// Once per process, for truncate and truncateSync alike.
let truncateFdWarned = false;
function warnTruncateFd() {
  if (truncateFdWarned) return;
  truncateFdWarned = true;
  process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use ' +
    'fs.ftruncate with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  len = validateLen(len);
  callback = makeCallback(callback);
  binding.open(toPathString(path), O_RDWR, 0o666, (err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len, (err2) => {
      binding.close(fd, (err3) => callback(err2 || err3 || null));
    });
  });
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  const fd = binding.open(toPathString(path), O_RDWR, 0o666);
  try {
    ftruncateSync(fd, len);
  } finally {
    binding.close(fd);
  }
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = toPathString(src, 'src');
  dest = toPathString(dest, 'dest');
  validateInteger(mode ?? 0, 'mode', 0, 7);
  binding.copyfile(src, dest, mode ?? 0, makeCallback(callback));
}

function copyFileSync(src, dest, mode) {
  src = toPathString(src, 'src');
  dest = toPathString(dest, 'dest');
  validateInteger(mode ?? 0, 'mode', 0, 7);
  binding.copyfile(src, dest, mode ?? 0);
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function makeStatFs(values, bigint) {
  return new StatFs(...(bigint ? values.map((v) => BigInt(v)) : values));
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  const big = statOptions(options);
  binding.statfs(toPathString(path), (err, values) => (err ? callback(err) : callback(null, makeStatFs(values, big))));
}

function statfsSync(path, options) {
  return makeStatFs(binding.statfs(toPathString(path)), statOptions(options));
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  require('internal/fs/cp').cp(src, dest, options).then(() => callback(null), callback);
}

function cpSync(src, dest, options) {
  require('internal/fs/cp').cpSync(src, dest, options);
}

// A Blob over a file as it is now. The file is opened once here to check that it can
// be; every later read stats it again and fails (NotReadableError) once its size,
// modification time or inode differ, or it is gone.
function openAsBlob(path, options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  const type = options.type || '';
  if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('options.type', 'string', type);
  path = pathModule.resolve(toPathString(path));
  let fd;
  let stats;
  try {
    fd = openSync(path, 'r');
    stats = fstatSync(fd, { bigint: true });
  } catch {
    const err = new TypeError('Unable to open file as blob');
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const entry = {
    read(start, end) {
      let rfd;
      try {
        rfd = openSync(path, 'r');
        const now = fstatSync(rfd, { bigint: true });
        if (now.size !== stats.size || now.mtimeNs !== stats.mtimeNs || now.ino !== stats.ino) {
          return null;
        }
        const bytes = new Uint8Array(end - start);
        let done = 0;
        while (done < bytes.byteLength) {
          const n = readSync(rfd, bytes, done, bytes.byteLength - done, start + done);
          if (n === 0) return null;
          done += n;
        }
        return bytes;
      } catch {
        return null;
      } finally {
        if (rfd !== undefined) closeSync(rfd);
      }
    },
  };
  const { blobFromFile } = require('internal/buffer/blob');
  return Promise.resolve(blobFromFile(entry, Number(stats.size), type));
}

// ---------------------------------------------------------------- module

const fs = module.exports = {
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync,
  close, closeSync, copyFile, copyFileSync, cp, cpSync,
  createReadStream: function createReadStream(path, options) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(path, options);
  },
  createWriteStream: function createWriteStream(path, options) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(path, options);
  },
  exists, existsSync, fchown, fchownSync, fchmod, fchmodSync, fdatasync, fdatasyncSync,
  fstat, fstatSync, fsync, fsyncSync, ftruncate, ftruncateSync, futimes, futimesSync,
  lchown, lchownSync, lchmod: undefined, lchmodSync: undefined, link, linkSync, lstat,
  lstatSync, lutimes, lutimesSync, mkdir, mkdirSync, mkdtemp, mkdtempSync, open, openSync,
  openAsBlob,
  readdir, readdirSync, read, readSync, readv, readvSync, readFile, readFileSync,
  readlink, readlinkSync, realpath, realpathSync, rename, renameSync, rm, rmSync, rmdir,
  rmdirSync, stat, statfs, statSync, statfsSync, symlink, symlinkSync, truncate, truncateSync,
  unwatchFile(...args) { return require('internal/fs/watchers').unwatchFile(...args); },
  unlink, unlinkSync, utimes, utimesSync,
  watch(...args) { return require('internal/fs/watchers').watch(...args); },
  watchFile(...args) { return require('internal/fs/watchers').watchFile(...args); },
  writeFile, writeFileSync, write, writeSync, writev, writevSync,
  Dirent, Stats,
  get ReadStream() { return require('internal/fs/streams').ReadStream; },
  get WriteStream() { return require('internal/fs/streams').WriteStream; },
  get FileReadStream() { return require('internal/fs/streams').ReadStream; },
  get FileWriteStream() { return require('internal/fs/streams').WriteStream; },
  _toUnixTimestamp: toUnixTimestamp,
  get Dir() { return require('internal/fs/dir').Dir; },
  opendir(...args) { return require('internal/fs/dir').opendir(...args); },
  opendirSync(...args) { return require('internal/fs/dir').opendirSync(...args); },
  F_OK, R_OK, W_OK, X_OK,
  constants,
  get promises() { return require('fs/promises'); },
};
void BigIntStats; void O_CREAT; void O_TRUNC; void O_APPEND; void O_RDONLY; void validateInt32;
