'use strict';
// path.win32: Windows path semantics on any platform. A path is a root (drive
// "C:", drive-absolute "C:\", rooted "\", or UNC "\\server\share") followed by a
// tail; both / and \ separate, output uses \. Drive letters compare
// case-insensitively.

const { validateObject, validateString } = require('internal/validators');

const BACKSLASH = 92;
const SLASH = 47;
const COLON = 58;
const DOT = 46;

function isSep(code) {
  return code === SLASH || code === BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Splits off the root. Returns { device, rootEnd, isAbsolute, uncOnly } where
// device is "C:" or "\\server\share" (or '' for none), rootEnd the index where the
// tail starts, uncOnly whether the path is nothing but a UNC root.
function parseRoot(path) {
  const len = path.length;
  const root = { device: '', rootEnd: 0, isAbsolute: false, uncOnly: false };
  if (len === 0) return root;
  const code = path.charCodeAt(0);
  if (len === 1) {
    if (isSep(code)) {
      root.isAbsolute = true;
      root.rootEnd = 1;
    }
    return root;
  }
  if (isSep(code)) {
    root.isAbsolute = true;
    if (!isSep(path.charCodeAt(1))) {
      root.rootEnd = 1;
      return root;
    }
    // \\server\share: both components must be present to make a UNC root.
    let j = 2;
    let last = j;
    while (j < len && !isSep(path.charCodeAt(j))) j++;
    if (j < len && j !== last) {
      const server = path.slice(last, j);
      last = j;
      while (j < len && isSep(path.charCodeAt(j))) j++;
      if (j < len && j !== last) {
        last = j;
        while (j < len && !isSep(path.charCodeAt(j))) j++;
        if (j === len || j !== last) {
          root.device = `\\\\${server}\\${path.slice(last, j)}`;
          root.rootEnd = j;
          root.uncOnly = j === len;
        }
      }
    }
    return root;
  }
  if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
    root.device = path.slice(0, 2);
    root.rootEnd = 2;
    if (len > 2 && isSep(path.charCodeAt(2))) {
      root.isAbsolute = true;
      root.rootEnd = 3;
    }
  }
  return root;
}

// Resolves "." and ".." segments of a tail and joins the rest with \. Leading ".."
// segments are kept only if allowAboveRoot.
function normalizeTail(path, allowAboveRoot) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSep(path.charCodeAt(i))) continue;
    const segment = path.slice(start, i);
    start = i + 1;
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
      continue;
    }
    out.push(segment);
  }
  return out.join('\\');
}

function relativeBySegments(fromOrig, toOrig) {
  const fromParts = fromOrig.split('\\');
  const toParts = toOrig.split('\\');
  if (fromParts[fromParts.length - 1] === '') fromParts.pop();
  if (toParts[toParts.length - 1] === '') toParts.pop();
  const common = Math.min(fromParts.length, toParts.length);
  let i = 0;
  while (i < common && fromParts[i].toLowerCase() === toParts[i].toLowerCase()) i++;
  if (i === 0) return toOrig;
  const ups = new Array(fromParts.length - i).fill('..');
  return [...ups, ...toParts.slice(i)].join('\\');
}

function cwd() {
  return process.cwd();
}

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;

    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = cwd();
      } else {
        // Windows keeps a current directory per drive in the env var "=C:"; use
        // it, falling back to the drive's root when it is for another drive.
        path = process.env[`=${resolvedDevice}`] || cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
             path.charCodeAt(2) === BACKSLASH)) {
          path = `${resolvedDevice}\\`;
        }
      }

      const { device, rootEnd, isAbsolute } = parseRoot(path);
      if (device.length > 0) {
        if (resolvedDevice.length > 0) {
          if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue; // other drive
        } else {
          resolvedDevice = device;
        }
      }

      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = isAbsolute;
        if (isAbsolute && resolvedDevice.length > 0) break;
      }
    }

    resolvedTail = normalizeTail(resolvedTail, !resolvedAbsolute);
    return resolvedAbsolute ?
      `${resolvedDevice}\\${resolvedTail}` :
      `${resolvedDevice}${resolvedTail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const { device, rootEnd, isAbsolute, uncOnly } = parseRoot(path);
    if (len === 1) return isSep(path.charCodeAt(0)) ? '\\' : path;
    if (uncOnly) return `${device}\\`;
    // A lone "\\" or "\\server" is not a UNC root: it normalizes like "\".
    const start = device === '' && isAbsolute ? 0 : rootEnd;

    let tail = start < len ? normalizeTail(path.slice(start), !isAbsolute) : '';
    if (tail.length === 0 && !isAbsolute) tail = '.';
    if (tail.length > 0 && isSep(path.charCodeAt(len - 1))) tail += '\\';

    if (!isAbsolute && device === '' && path.includes(':')) {
      // The tail must not turn into something Windows reads as a drive path
      // ("test/../C:/x" is not "C:\x").
      if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) && tail.charCodeAt(1) === COLON) {
        return `.\\${tail}`;
      }
      let index = path.indexOf(':');
      do {
        if (index === len - 1 || isSep(path.charCodeAt(index + 1))) return `.\\${tail}`;
      } while ((index = path.indexOf(':', index + 1)) !== -1);
    }

    if (device === '') return isAbsolute ? `\\${tail}` : tail;
    return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isSep(code) ||
      (len > 2 && isDriveLetter(code) && path.charCodeAt(1) === COLON && isSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let firstPart;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = firstPart = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';

    // join('//server', 'share') must stay a UNC path: if the first part starts
    // with exactly two separators (a third would make it a plain rooted path),
    // keep them; otherwise collapse leading separators to one.
    let needsReplace = true;
    let slashCount = 0;
    if (isSep(firstPart.charCodeAt(0))) {
      ++slashCount;
      const firstLen = firstPart.length;
      if (firstLen > 1 && isSep(firstPart.charCodeAt(1))) {
        ++slashCount;
        if (firstLen > 2) {
          if (isSep(firstPart.charCodeAt(2))) ++slashCount;
          else needsReplace = false; // "\\server...": already a UNC start
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length && isSep(joined.charCodeAt(slashCount))) slashCount++;
      if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
    }

    // Drive-relative parts after the first could otherwise be read as a drive.
    let parts = '';
    let index = 0;
    void parts;
    void index;
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';

    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';
    // Lower-casing changed a length ("İ" becomes two code units): index
    // arithmetic on the lower-cased text would be off, compare segment by segment.
    if (fromOrig.length !== from.length || toOrig.length !== to.length) {
      return relativeBySegments(fromOrig, toOrig);
    }

    // Trim leading and trailing separators (resolve() leaves at most a root one).
    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === BACKSLASH) fromStart++;
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === BACKSLASH) fromEnd--;
    const fromLen = fromEnd - fromStart;

    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === BACKSLASH) toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === BACKSLASH) toEnd--;
    const toLen = toEnd - toStart;

    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i)) break;
      else if (fromCode === BACKSLASH) lastCommonSep = i;
    }

    if (i !== length) {
      if (lastCommonSep === -1) return toOrig; // different drives or shares
    } else {
      if (toLen > length) {
        if (to.charCodeAt(toStart + i) === BACKSLASH) {
          // from is an ancestor directory of to ("C:\foo" -> "C:\foo\bar").
          return toOrig.slice(toStart + i + 1);
        }
        if (i === 2) {
          // from is a drive root ("C:\" -> "C:\foo").
          return toOrig.slice(toStart + i);
        }
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === BACKSLASH) {
          lastCommonSep = i; // to is an ancestor of from
        } else if (i === 2) {
          lastCommonSep = 3; // to is a drive root
        }
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }

    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === BACKSLASH) {
        out += out.length === 0 ? '..' : '\\..';
      }
    }
    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === BACKSLASH) ++toStart;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolvedPath = win32.resolve(path);
    if (resolvedPath.length <= 2) return path;
    if (resolvedPath.charCodeAt(0) === BACKSLASH) {
      if (resolvedPath.charCodeAt(1) === BACKSLASH) {
        const code = resolvedPath.charCodeAt(2);
        // \\server\share -> \\?\UNC\server\share; \\?\ and \\.\ stay as they are.
        if (code !== 63 && code !== DOT) return `\\\\?\\UNC\\${resolvedPath.slice(2)}`;
        return resolvedPath; // already a \\?\ or \\.\ path: only normalized
      }
    } else if (isDriveLetter(resolvedPath.charCodeAt(0)) && resolvedPath.charCodeAt(1) === COLON &&
               resolvedPath.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolvedPath}`;
    }
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    let rootEnd = -1;
    let offset = 0;
    const code = path.charCodeAt(0);
    if (len === 1) return isSep(code) ? path : '.';

    const root = parseRoot(path);
    if (root.uncOnly) return path; // nothing but a UNC root
    if (isSep(code)) {
      rootEnd = offset = root.device !== '' ? root.rootEnd + 1 : 1;
    } else if (root.device !== '') {
      rootEnd = offset = root.isAbsolute ? 3 : 2;
    }

    let end = -1;
    let matchedSlash = true;
    for (let i = len - 1; i >= offset; --i) {
      if (isSep(path.charCodeAt(i))) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    let start = 0;
    // A drive prefix is not part of the name.
    if (path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === COLON) {
      start = 2;
    }
    let end = -1;
    let matchedSlash = true;

    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      if (suffix === path) return '';
      let extIdx = suffix.length - 1;
      let firstNonSlashEnd = -1;
      for (let i = path.length - 1; i >= start; --i) {
        const code = path.charCodeAt(i);
        if (isSep(code)) {
          if (!matchedSlash) {
            start = i + 1;
            break;
          }
        } else {
          if (firstNonSlashEnd === -1) {
            matchedSlash = false;
            firstNonSlashEnd = i + 1;
          }
          if (extIdx >= 0) {
            if (code === suffix.charCodeAt(extIdx)) {
              if (--extIdx === -1) end = i; // whole suffix matched: the name ends here
            } else {
              extIdx = -1;
              end = firstNonSlashEnd;
            }
          }
        }
      }
      if (start === end) end = firstNonSlashEnd;
      else if (end === -1) end = path.length;
      return path.slice(start, end);
    }
    for (let i = path.length - 1; i >= start; --i) {
      if (isSep(path.charCodeAt(i))) {
        if (!matchedSlash) {
          start = i + 1;
          break;
        }
      } else if (end === -1) {
        matchedSlash = false;
        end = i + 1;
      }
    }
    if (end === -1) return '';
    return path.slice(start, end);
  },

  extname(path) {
    validateString(path, 'path');
    let start = 0;
    let startDot = -1;
    let startPart = 0;
    let end = -1;
    let matchedSlash = true;
    // 0: no dot seen in the name yet after a non-dot; 1: seen one; -1: other chars
    let preDotState = 0;
    if (path.length >= 2 && path.charCodeAt(1) === COLON && isDriveLetter(path.charCodeAt(0))) {
      start = startPart = 2;
    }
    for (let i = path.length - 1; i >= start; --i) {
      const code = path.charCodeAt(i);
      if (isSep(code)) {
        if (!matchedSlash) {
          startPart = i + 1;
          break;
        }
        continue;
      }
      if (end === -1) {
        matchedSlash = false;
        end = i + 1;
      }
      if (code === DOT) {
        if (startDot === -1) startDot = i;
        else if (preDotState !== 1) preDotState = 1;
      } else if (startDot !== -1) {
        preDotState = -1;
      }
    }
    if (startDot === -1 || end === -1 || preDotState === 0 ||
        (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) {
      return '';
    }
    return path.slice(startDot, end);
  },

  format(pathObject) {
    validateObject(pathObject, 'pathObject');
    const dir = pathObject.dir || pathObject.root;
    const base = pathObject.base ||
      `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
    if (!dir) return base;
    return dir === pathObject.root ? `${dir}${base}` : `${dir}\\${base}`;
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const len = path.length;
    let rootEnd = 0;
    let code = path.charCodeAt(0);

    if (len === 1) {
      if (isSep(code)) {
        ret.root = ret.dir = path;
        return ret;
      }
      ret.base = ret.name = path;
      return ret;
    }
    const root = parseRoot(path);
    if (isSep(code)) {
      if (root.device !== '') {
        if (root.uncOnly) {
          ret.root = ret.dir = path;
          return ret;
        }
        rootEnd = root.rootEnd + 1; // the separator after the share is root too
      } else {
        rootEnd = 1;
      }
    } else if (root.device !== '') {
      if (len <= 2) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = 2;
      if (isSep(path.charCodeAt(2))) {
        if (len === 3) {
          ret.root = ret.dir = path;
          return ret;
        }
        rootEnd = 3;
      }
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);

    let startDot = -1;
    let startPart = rootEnd;
    let end = -1;
    let matchedSlash = true;
    let i = path.length - 1;
    let preDotState = 0;
    for (; i >= rootEnd; --i) {
      code = path.charCodeAt(i);
      if (isSep(code)) {
        if (!matchedSlash) {
          startPart = i + 1;
          break;
        }
        continue;
      }
      if (end === -1) {
        matchedSlash = false;
        end = i + 1;
      }
      if (code === DOT) {
        if (startDot === -1) startDot = i;
        else if (preDotState !== 1) preDotState = 1;
      } else if (startDot !== -1) {
        preDotState = -1;
      }
    }

    if (end !== -1) {
      if (startDot === -1 || preDotState === 0 ||
          (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) {
        ret.base = ret.name = path.slice(startPart, end);
      } else {
        ret.name = path.slice(startPart, startDot);
        ret.base = path.slice(startPart, end);
        ret.ext = path.slice(startDot, end);
      }
    }
    if (startPart > 0 && startPart !== rootEnd) ret.dir = path.slice(0, startPart - 1);
    else ret.dir = ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return require('internal/path/glob').matchesGlob(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

win32.win32 = win32;
win32._makeLong = win32.toNamespacedPath;
Object.defineProperty(win32, 'posix', {
  enumerable: true, configurable: true,
  get() { return require('path').posix; },
});

module.exports = win32;
