'use strict';
// path.matchesGlob(path, pattern): shell-style glob matching of a whole path.
// `*` and `?` stay within one segment and do not match a leading dot, `**` spans
// any number of segments, `[...]` is a class (`!`/`^` negates, `a-z` ranges),
// `{a,b}` alternatives. On win32 both separators split, in path and pattern.

const { validateString } = require('internal/validators');

let warned = false;

function expandBraces(pattern) {
  const open = findBrace(pattern);
  if (open === -1) return [pattern];
  let depth = 0;
  const commas = [];
  let close = -1;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      i++;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      if (--depth === 0) {
        close = i;
        break;
      }
    } else if (c === ',' && depth === 1) {
      commas.push(i);
    }
  }
  if (close === -1 || commas.length === 0) {
    // Not an alternation: keep it literal and look for a later one.
    const rest = expandBraces(pattern.slice(open + 1));
    return rest.map((r) => pattern.slice(0, open + 1) + r);
  }
  const pre = pattern.slice(0, open);
  const post = pattern.slice(close + 1);
  const bounds = [open, ...commas, close];
  const out = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const alt = pattern.slice(bounds[i] + 1, bounds[i + 1]);
    for (const expanded of expandBraces(pre + alt + post)) out.push(expanded);
  }
  return out;
}

function findBrace(pattern) {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '{') return i;
  }
  return -1;
}

// One segment pattern to a RegExp source.
function segmentToRegExp(seg, windows) {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') {
      while (seg[i + 1] === '*') i++;
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const end = seg.indexOf(']', i + 2);
      if (end === -1) {
        re += '\\[';
        continue;
      }
      let body = seg.slice(i + 1, end);
      let negate = false;
      if (body[0] === '!' || body[0] === '^') {
        negate = true;
        body = body.slice(1);
      }
      body = body.replace(/[\\\]^]/g, (m) => `\\${m}`);
      re += negate ? `[^/${body}]` : `[${body}]`;
      i = end;
    } else if (c === '\\' && !windows && i + 1 < seg.length) {
      re += seg[++i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else {
      re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  // Wildcards do not match a leading dot unless the pattern spells it.
  const lead = seg[0] === '.' ? '' : '(?!\\.)';
  return new RegExp(`^${lead}${re}$`);
}

function matchSegments(pathParts, patParts, pi, si) {
  for (; si < patParts.length; si++, pi++) {
    const pat = patParts[si];
    if (pat === '**') {
      if (si === patParts.length - 1) {
        // A trailing ** needs at least one more (non-dot) segment.
        return pi < pathParts.length && pathParts.slice(pi).every((p) => p[0] !== '.');
      }
      for (let k = pi; k <= pathParts.length; k++) {
        if (matchSegments(pathParts, patParts, k, si + 1)) return true;
        if (k < pathParts.length && pathParts[k][0] === '.') return false;
      }
      return false;
    }
    if (pi >= pathParts.length) return false;
    if (!pat.test(pathParts[pi])) return false;
  }
  return pi === pathParts.length;
}

function matchesGlob(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  if (!warned) {
    warned = true;
    process.emitWarning('glob is an experimental feature and might change at any time',
      'ExperimentalWarning');
  }
  const split = windows ? /[\\/]+/ : /\/+/;
  const pathParts = path.split(split);
  for (const alt of expandBraces(pattern)) {
    const patParts = alt.split(split).map((seg) => (seg === '**' ? seg : segmentToRegExp(seg, windows)));
    if (matchSegments(pathParts, patParts, 0, 0)) return true;
  }
  return false;
}

module.exports = { matchesGlob };
