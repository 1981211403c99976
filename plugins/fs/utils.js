'use strict';
// Shared by the fs modules: argument checks with node's messages, flag and mode parsing,
// path conversion, Stats and Dirent.

const { E, codes } = require('internal/errors');

if (!codes.ERR_FS_FILE_TOO_LARGE) {
  E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
}
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } = codes;

// The most one read or readFile hands back at once (node's kIoMaxLength).
const kIoMaxLength = 2 ** 31 - 1;
const { validateInt32, validateFunction } = require('internal/validators');

const O_RDONLY = 0;
const O_WRONLY = 1;
const O_RDWR = 2;
const O_CREAT = 0o100;
const O_EXCL = 0o200;
const O_NOCTTY = 0o400;
const O_TRUNC = 0o1000;
const O_APPEND = 0o2000;
const O_DIRECTORY = 0o200000;
const O_NOATIME = 0o1000000;
const O_NOFOLLOW = 0o400000;
const O_SYNC = 0o4010000;
const O_DSYNC = 0o10000;
const O_DIRECT = 0o40000;
const O_NONBLOCK = 0o4000;

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o40000;
const S_IFCHR = 0o20000;
const S_IFBLK = 0o60000;
const S_IFIFO = 0o10000;
const S_IFLNK = 0o120000;
const S_IFSOCK = 0o140000;

const constants = {
  __proto__: null,
  UV_FS_SYMLINK_DIR: 1,
  UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY, O_WRONLY, O_RDWR,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  O_CREAT, O_EXCL, UV_FS_O_FILEMAP: 0, O_NOCTTY, O_TRUNC, O_APPEND, O_DIRECTORY, O_NOATIME,
  O_NOFOLLOW, O_SYNC, O_DSYNC, O_DIRECT, O_NONBLOCK,
  S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100,
  S_IRWXG: 0o70, S_IRGRP: 0o40, S_IWGRP: 0o20, S_IXGRP: 0o10,
  S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs': case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+': case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx': case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+': case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax': case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as': case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+': case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+': case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE('flags', flags);
}

const octalRe = /^[0-7]+$/;
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalRe.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

function validateUint32(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < 0 || value > 4294967295) throw new ERR_OUT_OF_RANGE(name, '>= 0 && <= 4294967295', value);
}

function lazyBuffer() {
  return require('buffer').Buffer;
}

function lazyURL() {
  return require('internal/url');
}

function checkNoNullBytes(path, shown, name) {
  if (path.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, shown, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

// A path argument as a string: strings, Buffers/Uint8Arrays (UTF-8) and file: URLs. A
// URL is checked for null bytes once decoded (%00 is one), and shown decoded, as node does.
function toPathString(path, name = 'path') {
  if (typeof path === 'string') return checkNoNullBytes(path, path, name);
  if (path instanceof Uint8Array) {
    const s = lazyBuffer().from(path.buffer, path.byteOffset, path.byteLength).toString('utf8');
    return checkNoNullBytes(s, path, name);
  }
  if (path != null && typeof path === 'object' && typeof path.href === 'string' &&
      typeof path.protocol === 'string') {
    const s = lazyURL().fileURLToPath(path);
    return checkNoNullBytes(s, s, name);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
}

function validateFd(fd, name = 'fd') {
  validateInt32(fd, name, 0);
  return fd;
}

// The binding calls back with the global object as `this`; node's callbacks see
// undefined, so user callbacks are called through this plain-call wrapper.
function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return (...args) => Reflect.apply(cb, undefined, args);
}

// Options that may be given as an encoding string.
function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    defaults = { ...defaults };
    defaults.encoding = options;
    options = defaults;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer' && options.encoding != null) assertEncoding(options.encoding);
  if (options.signal !== undefined) {
    require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
  }
  return options;
}

function assertEncoding(encoding) {
  if (encoding && !lazyBuffer().isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// Returns a string (or Buffer for 'buffer') in the requested encoding.
function encodeResult(str, encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return str;
  const buf = lazyBuffer().from(str);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

// --- Stats ---

const kNsPerMsBigInt = 10n ** 6n;

function msFromTimeSpec(sec, nsec) {
  return sec * 1e3 + nsec / 1e6;
}

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

class StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
    this.dev = dev;
    this.mode = mode;
    this.nlink = nlink;
    this.uid = uid;
    this.gid = gid;
    this.rdev = rdev;
    this.blksize = blksize;
    this.ino = ino;
    this.size = size;
    this.blocks = blocks;
  }

  isDirectory() { return this._checkModeProperty(S_IFDIR); }
  isFile() { return this._checkModeProperty(S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }
  isFIFO() { return this._checkModeProperty(S_IFIFO); }
  isSocket() { return this._checkModeProperty(S_IFSOCK); }
}

class Stats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    super(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeMs;
    this.mtimeMs = mtimeMs;
    this.ctimeMs = ctimeMs;
    this.birthtimeMs = birthtimeMs;
    this.atime = dateFromMs(atimeMs);
    this.mtime = dateFromMs(mtimeMs);
    this.ctime = dateFromMs(ctimeMs);
    this.birthtime = dateFromMs(birthtimeMs);
  }

  _checkModeProperty(property) {
    return (this.mode & S_IFMT) === property;
  }
}

class BigIntStats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
    super(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeNs / kNsPerMsBigInt;
    this.mtimeMs = mtimeNs / kNsPerMsBigInt;
    this.ctimeMs = ctimeNs / kNsPerMsBigInt;
    this.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
    this.atimeNs = atimeNs;
    this.mtimeNs = mtimeNs;
    this.ctimeNs = ctimeNs;
    this.birthtimeNs = birthtimeNs;
    this.atime = dateFromMs(this.atimeMs);
    this.mtime = dateFromMs(this.mtimeMs);
    this.ctime = dateFromMs(this.ctimeMs);
    this.birthtime = dateFromMs(this.birthtimeMs);
  }

  _checkModeProperty(property) {
    return (this.mode & BigInt(S_IFMT)) === BigInt(property);
  }
}

// Stats from the 18 numbers the binding fills (see plugins/fs/fs_internal.h).
function getStatsFromBinding(f) {
  if (f instanceof BigInt64Array) {
    const ns = (i) => f[i] * 1000000000n + f[i + 1];
    return new BigIntStats(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9],
      ns(10), ns(12), ns(14), ns(16));
  }
  return new Stats(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9],
    msFromTimeSpec(f[10], f[11]), msFromTimeSpec(f[12], f[13]),
    msFromTimeSpec(f[14], f[15]), msFromTimeSpec(f[16], f[17]));
}

// --- Dirent ---

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

// Where a read or write may go in a buffer of bufferLength/byteLength bytes.
function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

// Times for utimes: Dates, numbers (seconds), or numeric strings.
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number' && Number.isFinite(time)) {
    return time < 0 ? Date.now() / 1000 : time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

module.exports = {
  // The rm/rmdir option checks live with rm (they look at the path too); node's tests
  // reach them here.
  get validateRmOptions() { return require('internal/fs/rm').validateRmOptions; },
  get validateRmOptionsSync() { return require('internal/fs/rm').validateRmOptionsSync; },
  get validateRmdirOptions() { return require('internal/fs/rm').validateRmdirOptions; },
  constants, stringToFlags, parseFileMode, toPathString, validateFd, makeCallback,
  kIoMaxLength, validateOffsetLengthRead, validateOffsetLengthWrite,
  getOptions, assertEncoding, encodeResult, Stats, BigIntStats, getStatsFromBinding, Dirent,
  kType, toUnixTimestamp, lazyBuffer,
};
