'use strict';
// fs/promises: the fs calls returning promises. Each operation asks the binding for a
// promise (last argument null), so no callback is allocated per call. FileHandle and the
// operations on an open descriptor live in filehandle.js (internal/fs/promises).

const {
  constants, stringToFlags, parseFileMode, toPathString, getOptions, encodeResult,
  getStatsFromBinding, Dirent,
} = require('internal/fs/utils');
const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
const { validateBoolean, validateAbortSignal } = require('internal/validators');
const {
  FileHandle, call, checkAborted, readFileHandle, writeFileHandle, toWriteFileData,
  closeAfter, syncAfter, ftruncate,
} = require('internal/fs/promises');
const fs = require('fs');

const kUsePromise = null;
const { F_OK } = constants;

// access() and copyFile() modes: node checks them in native code, whose errors carry
// these messages (no "[CODE]" in the stack) rather than the usual validator text.
// A fractional mode is truncated, as there.
function getValidMode(mode, def) {
  if (mode == null) return def;
  if (typeof mode !== 'number') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (!Number.isFinite(mode)) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range');
  mode = Math.trunc(mode);
  if (mode < 0 || mode > 7) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  }
  return mode;
}

function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

async function access(path, mode = F_OK) {
  path = toPathString(path);
  return call(binding.access(path, getValidMode(mode, F_OK), kUsePromise));
}

async function copyFile(src, dest, mode) {
  src = toPathString(src, 'src');
  dest = toPathString(dest, 'dest');
  return call(binding.copyfile(src, dest, getValidMode(mode, 0), kUsePromise));
}

async function open(path, flags, mode) {
  path = toPathString(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call(binding.open(path, flagsNumber, mode, kUsePromise)));
}

async function rename(oldPath, newPath) {
  oldPath = toPathString(oldPath, 'oldPath');
  newPath = toPathString(newPath, 'newPath');
  return call(binding.rename(oldPath, newPath, kUsePromise));
}

// Opens the file, truncates through the handle and closes it, as node: a bad length is
// reported after the open (so a missing file is ENOENT whatever the length).
async function truncate(path, len = 0) {
  const handle = await open(path, 'r+');
  return closeAfter(ftruncate(handle, len), handle.close);
}

async function readdir(path, options) {
  options = getOptions(options, {});
  path = toPathString(path);
  // Read the options now: the caller may change the object while the call is in flight.
  const { withFileTypes = false, encoding } = options;
  if (options.recursive) return fs.readdirSync(path, options);
  const result = await call(binding.scandir(path, !!withFileTypes, kUsePromise));
  if (withFileTypes) {
    const [names, types] = result;
    return names.map((n, i) => new Dirent(encodeResult(n, encoding), types[i], path));
  }
  return encoding && encoding !== 'utf8' ? result.map((n) => encodeResult(n, encoding)) : result;
}

async function readlink(path, options) {
  options = getOptions(options, {});
  path = toPathString(path, 'oldPath');
  return encodeResult(await call(binding.readlink(path, kUsePromise)), options.encoding);
}

async function lstat(path, options = { bigint: false }) {
  path = toPathString(path);
  return getStatsFromBinding(await call(binding.lstat(path, options.bigint === true, kUsePromise)));
}

async function stat(path, options = { bigint: false }) {
  path = toPathString(path);
  return getStatsFromBinding(await call(binding.stat(path, options.bigint === true, kUsePromise)));
}

async function link(existingPath, newPath) {
  existingPath = toPathString(existingPath, 'existingPath');
  newPath = toPathString(newPath, 'newPath');
  return call(binding.link(existingPath, newPath, kUsePromise));
}

async function unlink(path) {
  return call(binding.unlink(toPathString(path), kUsePromise));
}

async function chmod(path, mode) {
  path = toPathString(path);
  mode = parseFileMode(mode, 'mode');
  return call(binding.chmod(path, mode, kUsePromise));
}

// Linux has no lchmod: node keeps the function and rejects every call.
async function lchmod(path, mode) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

// The C library's realpath in one call, as node's promise API (its errors name
// "realpath", not the component the JS walk of fs.realpath stopped at).
async function realpath(path, options) {
  options = getOptions(options, {});
  path = toPathString(path);
  return encodeResult(await call(binding.realpath(path, kUsePromise)), options.encoding);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  if (path instanceof FileHandle) return readFileHandle(path, options);
  checkAborted(options.signal);
  const handle = await open(path, flag, 0o666);
  return closeAfter(readFileHandle(handle, options), handle.close);
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  data = toWriteFileData(data, options.encoding);
  validateAbortSignal(options.signal, 'options.signal');
  if (path instanceof FileHandle) return writeFileHandle(path, data, options.signal, options.encoding);
  checkAborted(options.signal);
  const handle = await open(path, flag, options.mode);
  let op = writeFileHandle(handle, data, options.signal, options.encoding);
  if (flush) op = syncAfter(op, handle);
  return closeAfter(op, handle.close);
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  return writeFile(path, data, { ...options, flag: options.flag || 'a' });
}

// The rest validate and run exactly as their callback forms.
function promisifyCallbackApi(name) {
  return (...args) => new Promise((resolve, reject) => {
    fs[name](...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

module.exports = {
  access,
  copyFile,
  cp: (src, dest, options) => require('internal/fs/cp').cp(src, dest, options),
  open,
  opendir: (path, options) => require('internal/fs/dir').opendirPromise(path, options),
  rename,
  truncate,
  rm: promisifyCallbackApi('rm'),
  rmdir: promisifyCallbackApi('rmdir'),
  mkdir: promisifyCallbackApi('mkdir'),
  readdir,
  readlink,
  symlink: promisifyCallbackApi('symlink'),
  lstat,
  stat,
  statfs: promisifyCallbackApi('statfs'),
  link,
  unlink,
  chmod,
  lchmod,
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
