'use strict';
// fs.rm / rmSync and recursive rmdir: remove a tree, depth first. The first error
// (other than a missing path with `force`) stops the walk and is reported; what was not
// reached is left as it was.

const { constants } = require('internal/fs/utils');
const { validateBoolean, validateInteger } = require('internal/validators');
const { SystemError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const pathModule = require('path');

const stat = new Float64Array(18);
const kRetryable = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);

function validateRmOptions(options) {
  if (options === undefined) options = {};
  else if (options === null || typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  const out = { force: false, recursive: false, maxRetries: 0, retryDelay: 100, rmdir: !!options.rmdir };
  if (options.force !== undefined) {
    validateBoolean(options.force, 'options.force');
    out.force = options.force;
  }
  if (options.recursive !== undefined) {
    validateBoolean(options.recursive, 'options.recursive');
    out.recursive = options.recursive;
  }
  if (options.maxRetries !== undefined) {
    validateInteger(options.maxRetries, 'options.maxRetries', 0);
    out.maxRetries = options.maxRetries;
  }
  if (options.retryDelay !== undefined) {
    validateInteger(options.retryDelay, 'options.retryDelay', 0);
    out.retryDelay = options.retryDelay;
  }
  return out;
}

function isDir(mode) {
  return (mode & constants.S_IFMT) === constants.S_IFDIR;
}

function eisdir(path) {
  return new SystemError(
    { code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 },
    { code: 'ERR_FS_EISDIR', prefix: 'Path is a directory' });
}

// Removes `path` and everything under it. A directory is removed with rmdir, and only
// if that finds it not empty are its children removed first. A file whose unlink is
// refused (EPERM: an immutable file, a directory on some systems) is then treated as a
// directory, which is what reports the error, as node does.
function removeTreeSync(path) {
  try {
    binding.lstat(path, false, undefined, stat);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  if (isDir(stat[1])) return removeDirSync(path);
  try {
    binding.unlink(path);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code !== 'EPERM' && err.code !== 'EISDIR') throw err;
    removeDirSync(path);
  }
}

function removeDirSync(path) {
  try {
    binding.rmdir(path);
    return;
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST' && err.code !== 'EPERM' &&
        err.code !== 'ENOTDIR') {
      throw err;
    }
  }
  for (const name of binding.scandir(path, false)) removeTreeSync(pathModule.join(path, name));
  binding.rmdir(path);
}

function rmSync(path, options) {
  options = validateRmOptions(options);
  try {
    binding.lstat(path, false, undefined, stat);
  } catch (err) {
    if (options.force && err.code === 'ENOENT') return;
    throw err;
  }
  if (isDir(stat[1]) && !options.recursive) {
    if (options.rmdir) return binding.rmdir(path);
    throw eisdir(path);
  }
  let tries = 0;
  for (;;) {
    try {
      if (options.recursive) removeTreeSync(path);
      else binding.unlink(path);
      return;
    } catch (err) {
      if (options.force && err.code === 'ENOENT' && err.path === path) return;
      if (!kRetryable.has(err.code) || tries++ >= options.maxRetries) throw err;
      const until = Date.now() + options.retryDelay * tries;
      while (Date.now() < until) { /* node's sync rm also waits synchronously */ }
    }
  }
}

function removeTree(path, callback) {
  binding.lstat(path, false, (err, st) => {
    if (err) return callback(err.code === 'ENOENT' ? null : err);
    if (isDir(st[1])) return removeDir(path, callback);
    binding.unlink(path, (err2) => {
      if (!err2 || err2.code === 'ENOENT') return callback(null);
      if (err2.code !== 'EPERM' && err2.code !== 'EISDIR') return callback(err2);
      removeDir(path, callback);
    });
  });
}

function removeDir(path, callback) {
  binding.rmdir(path, (err) => {
    if (!err || err.code === 'ENOENT') return callback(null);
    if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST' && err.code !== 'EPERM' &&
        err.code !== 'ENOTDIR') {
      return callback(err);
    }
    // Children go concurrently, as node's asynchronous rm does: one failing child does
    // not stop its siblings, and the first error is what is reported.
    binding.scandir(path, false, (err2, names) => {
      if (err2) return callback(err2);
      let pending = names.length;
      let first = null;
      if (pending === 0) return binding.rmdir(path, callback);
      for (const name of names) {
        removeTree(pathModule.join(path, name), (err3) => {
          if (err3 && first === null) first = err3;
          if (--pending > 0) return;
          if (first) return callback(first);
          binding.rmdir(path, callback);
        });
      }
    });
  });
}

function rm(path, options, callback) {
  options = validateRmOptions(options);
  binding.lstat(path, false, (err, st) => {
    if (err) {
      if (options.force && err.code === 'ENOENT') return callback(null);
      return callback(err);
    }
    if (isDir(st[1]) && !options.recursive) {
      if (options.rmdir) return binding.rmdir(path, callback);
      return callback(eisdir(path));
    }
    let tries = 0;
    const attempt = () => {
      const done = (e) => {
        if (!e) return callback(null);
        if (options.force && e.code === 'ENOENT' && e.path === path) return callback(null);
        if (!kRetryable.has(e.code) || tries++ >= options.maxRetries) return callback(e);
        setTimeout(attempt, options.retryDelay * tries);
      };
      if (options.recursive) removeTree(path, done);
      else binding.unlink(path, done);
    };
    attempt();
  });
}

module.exports = { rm, rmSync, validateRmOptions };
