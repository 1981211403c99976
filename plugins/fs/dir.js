'use strict';
// fs.Dir (opendir): a directory read entry by entry. The entries are listed once when
// the directory is opened (scandir), then handed out one at a time.

const { toPathString, getOptions, Dirent, encodeResult } = require('internal/fs/utils');
const { E, codes } = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');

if (!codes.ERR_DIR_CLOSED) E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
if (!codes.ERR_DIR_CONCURRENT_OPERATION) {
  E('ERR_DIR_CONCURRENT_OPERATION',
    'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
}
const { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS } = codes;

class Dir {
  constructor(path, names, types, options) {
    // Only opendir makes a Dir; its listing plays the part of node's native handle, and a
    // Dir made without one is refused under that name, as node does.
    if (names === undefined) throw new ERR_MISSING_ARGS('handle');
    this._path = path;
    this._names = names;
    this._types = types;
    this._index = 0;
    this._closed = false;
    this._options = options;
    this._pending = 0;
  }

  get path() { return this._path; }

  _next() {
    if (this._index >= this._names.length) return null;
    const i = this._index++;
    return new Dirent(encodeResult(this._names[i], this._options.encoding), this._types[i], this._path);
  }

  readSync() {
    if (this._closed) throw new ERR_DIR_CLOSED();
    if (this._pending > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    return this._next();
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((err, d) => (err ? reject(err) : resolve(d))));
    }
    validateFunction(callback, 'callback');
    if (this._closed) throw new ERR_DIR_CLOSED();
    this._pending++;
    process.nextTick(() => {
      this._pending--;
      callback(null, this._next());
    });
  }

  closeSync() {
    if (this._closed) throw new ERR_DIR_CLOSED();
    if (this._pending > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    this._closed = true;
  }

  close(callback) {
    if (callback === undefined) {
      if (this._closed) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve) => this.close(resolve));
    }
    validateFunction(callback, 'callback');
    if (this._closed) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    this._closed = true;
    process.nextTick(callback, null);
  }

  async* entries() {
    try {
      for (;;) {
        const d = await this.read();
        if (d === null) break;
        yield d;
      }
    } finally {
      if (!this._closed) await this.close();
    }
  }

  [Symbol.asyncIterator]() { return this.entries(); }
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) validateUint32(options.bufferSize, 'options.bufferSize', true);
  return options;
}

function opendirSync(path, options) {
  options = dirOptions(options);
  path = toPathString(path);
  let result;
  try {
    result = binding.scandir(path, true);
  } catch (err) {
    if (err.syscall === 'scandir') {
      err.syscall = 'opendir';
      err.message = err.message.replace(', scandir ', ', opendir ');
    }
    throw err;
  }
  return new Dir(path, result[0], result[1], options);
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  options = dirOptions(typeof options === 'function' ? undefined : options);
  path = toPathString(path);
  binding.scandir(path, true, (err, result) => {
    if (err) {
      if (err.syscall === 'scandir') {
        err.syscall = 'opendir';
        err.message = err.message.replace(', scandir ', ', opendir ');
      }
      return callback(err);
    }
    callback(null, new Dir(path, result[0], result[1], options));
  });
}

function opendirPromise(path, options) {
  return new Promise((resolve, reject) => opendir(path, options, (err, dir) => (err ? reject(err) : resolve(dir))));
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
