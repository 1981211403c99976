'use strict';
// fs.rm / rmSync and recursive rmdir: remove a tree, depth first. The first error
// (other than a missing path with `force`) stops the walk and is reported; what was not
// reached is left as it was.

const { constants } = require('internal/fs/utils');
const { validateBoolean, validateInt32, validateUint32, validateObject } = require('internal/validators');
const { SystemError } = require('internal/errors');
const pathModule = require('path');

const stat = new Float64Array(18);
const kRetryable = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);

const kRmdirDefaults = { retryDelay: 100, maxRetries: 0, recursive: false };
const kRmDefaults = { retryDelay: 100, maxRetries: 0, recursive: false, force: false };

// rmdir's options (and the shared part of rm's), defaults filled in.
function validateRmdirOptions(options, defaults = kRmdirDefaults) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

// rm's options, then what the path is: false when `expectDir` (recursive rmdir) finds no
// directory, so the caller's plain rmdir reports it (ENOTDIR); ERR_FS_EISDIR for a
// directory without `recursive`. A missing path throws lstat's ENOENT unless `force`.
function validateRmOptionsSync(path, options, expectDir) {
  options = validateRmdirOptions(options, kRmDefaults);
  validateBoolean(options.force, 'options.force');
  if (!options.force || expectDir || !options.recursive) {
    let isDirectory = false;
    try {
      binding.lstat(path, false, undefined, stat);
      isDirectory = isDir(stat[1]);
    } catch (err) {
      if (err.code !== 'ENOENT' || !options.force) throw err;
    }
    if (expectDir && !isDirectory) return false;
    if (isDirectory && !options.recursive) throw eisdir(path);
  }
  return options;
}

// The same, calling back (err, options); err is false where the sync form returns false.
function validateRmOptions(path, options, expectDir, cb) {
  options = validateRmdirOptions(options, kRmDefaults);
  validateBoolean(options.force, 'options.force');
  if (options.force && !expectDir && options.recursive) {
    process.nextTick(cb, null, options);
    return;
  }
  binding.lstat(path, false, (err, st) => {
    if (err) {
      if (err.code === 'ENOENT' && options.force) return cb(null, options);
      return cb(err, options);
    }
    const isDirectory = isDir(st[1]);
    if (expectDir && !isDirectory) return cb(false);
    if (isDirectory && !options.recursive) return cb(eisdir(path));
    cb(null, options);
  });
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
//
// The walk calls fs.lstatSync/unlinkSync/rmdirSync/readdirSync as they are at call time,
// as node 20's does: programs that patch them (to log, or to retry) see every call.
function removeTreeSync(path) {
  const fs = require('fs');
  let st;
  try {
    st = fs.lstatSync(path);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  if (st.isDirectory()) return removeDirSync(path);
  try {
    fs.unlinkSync(path);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code !== 'EPERM' && err.code !== 'EISDIR') throw err;
    removeDirSync(path);
  }
}

function removeDirSync(path) {
  const fs = require('fs');
  try {
    fs.rmdirSync(path);
    return;
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST' && err.code !== 'EPERM' &&
        err.code !== 'ENOTDIR') {
      throw err;
    }
  }
  for (const name of fs.readdirSync(path)) removeTreeSync(pathModule.join(path, name));
  fs.rmdirSync(path);
}

function rmSync(path, options) {
  options = validateRmOptionsSync(path, options, false);
  removeWithRetriesSync(path, options);
}

// Recursive rmdir: what is not a directory is left to a plain rmdir, which says why.
function rmdirRecursiveSync(path, options) {
  options = validateRmOptionsSync(path, { ...options, force: false }, true);
  if (options === false) return binding.rmdir(path);
  removeWithRetriesSync(path, options);
}

function removeWithRetriesSync(path, options) {
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
  validateRmOptions(path, options, false, (err, opts) => {
    if (err) return callback(err);
    removeWithRetries(path, opts, callback);
  });
}

function rmdirRecursive(path, options, callback) {
  validateRmOptions(path, { ...options, force: false }, true, (err, opts) => {
    if (err === false) return binding.rmdir(path, callback);
    if (err) return callback(err);
    removeWithRetries(path, opts, callback);
  });
}

function removeWithRetries(path, options, callback) {
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
}

module.exports = {
  rm, rmSync, rmdirRecursive, rmdirRecursiveSync,
  validateRmOptions, validateRmOptionsSync, validateRmdirOptions,
};
