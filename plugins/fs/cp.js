'use strict';
// fs.cp / cpSync / promises.cp: copy a file or (with `recursive`) a tree, with node's
// options: force, errorOnExist, filter, dereference, preserveTimestamps, verbatimSymlinks,
// mode. The tree is walked depth first; the first error stops the copy.

const fs = require('fs');
const pathModule = require('path');
const { toPathString } = require('internal/fs/utils');
const { SystemError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateBoolean, validateFunction, validateInteger } = require('internal/validators');

function cpError(code, errno, message, path, extra = {}) {
  return new SystemError({ message, path, syscall: 'cp', errno, code: extra.code || 'EINVAL' },
    { code, prefix: extra.prefix || message });
}

function validateCpOptions(options) {
  if (options === undefined) options = {};
  else if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  const out = {
    dereference: false, errorOnExist: false, force: true, preserveTimestamps: false,
    recursive: false, verbatimSymlinks: false, mode: 0, filter: undefined, ...options,
  };
  for (const k of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(out[k], `options.${k}`);
  }
  validateInteger(out.mode, 'options.mode', 0, 7);
  if (out.filter !== undefined) validateFunction(out.filter, 'options.filter');
  return out;
}

function isSubdir(src, dest) {
  const s = pathModule.resolve(src).split('/').filter(Boolean);
  const d = pathModule.resolve(dest).split('/').filter(Boolean);
  return s.every((part, i) => d[i] === part);
}

function checkPaths(src, dest, opts, srcStat, destStat) {
  if (destStat && srcStat.ino === destStat.ino && srcStat.dev === destStat.dev) {
    throw cpError('ERR_FS_CP_EINVAL', 22, 'src and dest cannot be the same', dest,
      { prefix: 'Invalid src or dest', code: 'EINVAL' });
  }
  if (srcStat.isDirectory() && destStat && !destStat.isDirectory()) {
    throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 21, `cannot overwrite non-directory ${dest} with directory ${src}`, dest,
      { prefix: 'Cannot overwrite non-directory with directory', code: 'EISDIR' });
  }
  if (!srcStat.isDirectory() && destStat && destStat.isDirectory()) {
    throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 20, `cannot overwrite directory ${dest} with non-directory ${src}`, dest,
      { prefix: 'Cannot overwrite directory with non-directory', code: 'ENOTDIR' });
  }
  if (srcStat.isDirectory() && isSubdir(src, dest)) {
    throw cpError('ERR_FS_CP_EINVAL', 22, `cannot copy ${src} to a subdirectory of self ${dest}`, dest,
      { prefix: 'Invalid src or dest', code: 'EINVAL' });
  }
}

function statFor(path, opts) {
  return opts.dereference ? fs.statSync(path) : fs.lstatSync(path);
}

function statOrNull(path, opts) {
  try {
    return statFor(path, opts);
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw err;
  }
}

function copyEntrySync(src, dest, opts, top) {
  if (opts.filter) {
    const keep = opts.filter(src, dest);
    if (keep && typeof keep.then === 'function') {
      throw new ERR_INVALID_ARG_TYPE('options.filter', 'sync function (not a promise-returning one)', opts.filter);
    }
    if (!keep) return;
  }
  const srcStat = statFor(src, opts);
  const destStat = statOrNull(dest, opts);
  if (top) checkPaths(src, dest, opts, srcStat, destStat);
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      throw cpError('ERR_FS_EISDIR', 21, `Recursive option is required to copy a directory: ${src}`, src,
        { prefix: 'Recursive option is required to copy a directory', code: 'EISDIR' });
    }
    if (!destStat) fs.mkdirSync(dest, srcStat.mode & 0o7777);
    for (const name of fs.readdirSync(src)) {
      copyEntrySync(pathModule.join(src, name), pathModule.join(dest, name), opts, false);
    }
    if (!destStat) fs.chmodSync(dest, srcStat.mode & 0o7777);
    return;
  }
  if (srcStat.isSymbolicLink()) {
    let target = fs.readlinkSync(src);
    if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) {
      target = pathModule.resolve(pathModule.dirname(src), target);
    }
    if (destStat) {
      if (!opts.force) return;
      fs.unlinkSync(dest);
    }
    fs.symlinkSync(target, dest);
    return;
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (opts.errorOnExist && !opts.force) {
        throw cpError('ERR_FS_CP_EEXIST', 17, `${dest} already exists`, dest,
          { prefix: 'Target already exists', code: 'EEXIST' });
      }
      if (!opts.force) return;
      fs.unlinkSync(dest);
    }
    fs.copyFileSync(src, dest, opts.mode);
    if (opts.preserveTimestamps) fs.utimesSync(dest, srcStat.atime, srcStat.mtime);
    return;
  }
  throw cpError('ERR_FS_CP_UNKNOWN', 22, `cannot copy an unknown file type: ${dest}`, dest,
    { prefix: 'Cannot copy an unknown file type', code: 'EINVAL' });
}

function cpSync(src, dest, options) {
  const opts = validateCpOptions(options);
  src = toPathString(src, 'src');
  dest = toPathString(dest, 'dest');
  if (opts.errorOnExist && opts.force) {
    process.emitWarning('errorOnExist is ignored when force is true (the default)', 'Warning');
  }
  const parent = pathModule.dirname(dest);
  if (!fs.existsSync(parent)) fs.mkdirSync(parent, { recursive: true });
  copyEntrySync(src, dest, opts, true);
}

// The asynchronous copy: the same walk, each step awaited, with async filters allowed.
async function copyEntry(src, dest, opts, top) {
  const p = fs.promises;
  if (opts.filter && !(await opts.filter(src, dest))) return;
  const stat = (q) => (opts.dereference ? p.stat(q) : p.lstat(q));
  const srcStat = await stat(src);
  const destStat = await stat(dest).catch((err) => {
    if (err.code === 'ENOENT') return null;
    throw err;
  });
  if (top) checkPaths(src, dest, opts, srcStat, destStat);
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      throw cpError('ERR_FS_EISDIR', 21, `Recursive option is required to copy a directory: ${src}`, src,
        { prefix: 'Recursive option is required to copy a directory', code: 'EISDIR' });
    }
    if (!destStat) await p.mkdir(dest, srcStat.mode & 0o7777);
    for (const name of await p.readdir(src)) {
      await copyEntry(pathModule.join(src, name), pathModule.join(dest, name), opts, false);
    }
    if (!destStat) await p.chmod(dest, srcStat.mode & 0o7777);
    return;
  }
  if (srcStat.isSymbolicLink()) {
    let target = await p.readlink(src);
    if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) {
      target = pathModule.resolve(pathModule.dirname(src), target);
    }
    if (destStat) {
      if (!opts.force) return;
      await p.unlink(dest);
    }
    await p.symlink(target, dest);
    return;
  }
  if (destStat) {
    if (opts.errorOnExist && !opts.force) {
      throw cpError('ERR_FS_CP_EEXIST', 17, `${dest} already exists`, dest,
        { prefix: 'Target already exists', code: 'EEXIST' });
    }
    if (!opts.force) return;
    await p.unlink(dest);
  }
  await p.copyFile(src, dest, opts.mode);
  if (opts.preserveTimestamps) await p.utimes(dest, srcStat.atime, srcStat.mtime);
}

async function cp(src, dest, options) {
  const opts = validateCpOptions(options);
  src = toPathString(src, 'src');
  dest = toPathString(dest, 'dest');
  await fs.promises.mkdir(pathModule.dirname(dest), { recursive: true });
  await copyEntry(src, dest, opts, true);
}

module.exports = { cp, cpSync };
