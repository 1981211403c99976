'use strict';
// Finds the named exports of a CommonJS source without running it, so that
// `import { x } from './file.cjs'` can link before the file executes. In the spirit of
// cjs-module-lexer: recognises the usual shapes only and never guesses from anything
// else.
//   exports.a = / exports['a'] = / module.exports.a =
//   Object.defineProperty(exports | module.exports, 'a', ...)
//   module.exports = { a, b: x, 'c': y, d() {}, ...require('./r') }
//   module.exports = require('./r')      (a re-export: the names of ./r)
//   __exportStar(require('./r'), exports) / __export(require('./r'))   (TypeScript)
// Returns { exports: Set of names, reexports: [specifier] }.

const kIdentStart = /[A-Za-z_$\u00a0-\uffff]/;
const kIdentPart = /[A-Za-z0-9_$\u00a0-\uffff]/;
// After these characters or keywords a "/" starts a regular expression, not a division.
const kRegexPrecedingChars = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}',
  ';', '+', '-', '*', '%', '<', '>', '~', '^', '']);
const kRegexPrecedingWords = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new',
  'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

const reExportsDot = /(?:module\s*\.\s*)?exports\s*\.\s*([A-Za-z_$][\w$]*)\s*=[^=]/y;
const reExportsBracket = /(?:module\s*\.\s*)?exports\s*\[\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")\s*\]\s*=[^=]/y;
// Like cjs-module-lexer, a defineProperty counts only with a `value`, or a getter that
// just returns an identifier or member expression (a getter with effects might not).
const reDefine = /Object\s*\.\s*defineProperty\s*\(\s*(?:module\s*\.\s*)?exports\s*,\s*(['"])([^'"\\\n]+)\1\s*,\s*\{\s*(?:enumerable\s*:\s*true\s*,\s*)?(?:value\s*:|get\s*(?:\(\s*\)|:\s*function\s*(?:[\w$]+\s*)?\(\s*\))\s*\{\s*return\s+[A-Za-z_$\u00a0-\uffff][\w$\u00a0-\uffff]*(?:\s*\.\s*[\w$\u00a0-\uffff]+|\s*\[\s*(['"])[^'"]*\3\s*\])*\s*;?\s*\})/y;
const reModuleExportsAssign = /module\s*\.\s*exports\s*=\s*/y;
const reRequireCall = /require\s*\(\s*(['"])([^'"\\\n]+)\1\s*\)/y;
const reExportStar = /(?:[A-Za-z_$][\w$]*\s*\.\s*)?__exportStar\s*\(\s*require\s*\(\s*(['"])([^'"\\\n]+)\1\s*\)/y;
const reDefineAny = /Object\s*\.\s*defineProperty\s*\(\s*(?:module\s*\.\s*)?exports\s*,\s*(['"])([^'"\\\n]+)\1/y;
// Babel/TypeScript's `export * from`: Object.keys(_x).forEach(function (key) { ... }).
const reKeysForEach = /Object\s*\.\s*keys\s*\(\s*([A-Za-z_$][\w$]*)\s*\)\s*\.\s*forEach\s*\(\s*function\s*\(\s*[\w$]+\s*\)\s*\{/y;
const reExportFn = /__export\s*\(\s*require\s*\(\s*(['"])([^'"\\\n]+)\1\s*\)/y;

// The value of a quoted string literal (escapes decoded), or undefined when it is not
// a well-formed name (a lone surrogate cannot be an export name).
function decodeStringLiteral(literal) {
  const body = literal.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    if (e === 'u') {
      let code;
      if (body[i + 1] === '{') {
        const end = body.indexOf('}', i);
        code = parseInt(body.slice(i + 2, end), 16);
        i = end;
      } else {
        code = parseInt(body.slice(i + 1, i + 5), 16);
        i += 4;
      }
      if (Number.isNaN(code) || code > 0x10ffff) return undefined;
      out += String.fromCodePoint(code);
    } else if (e === 'x') {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const simple = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', 0: '\0' };
      out += simple[e] !== undefined ? simple[e] : e;
    }
  }
  // Reject unpaired surrogates.
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?:[^\ud800-\udbff]|^)[\udc00-\udfff]/.test(out)) return undefined;
  return out;
}

function at(re, source, i) {
  re.lastIndex = i;
  return re.exec(source);
}

// Index just past the string literal starting at i.
function skipString(source, i) {
  const quote = source[i];
  for (i++; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === quote) return i + 1;
    else if (c === '\n' && quote !== '`') return i + 1;
  }
  return i;
}

function skipTemplate(source, i) {
  // Skips `...${ expr }...`: the expressions are skipped by bracket counting.
  for (i++; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
    } else if (c === '`') {
      return i + 1;
    } else if (c === '$' && source[i + 1] === '{') {
      i = skipBalanced(source, i + 1) - 1;
    }
  }
  return i;
}

function skipRegex(source, i) {
  let inClass = false;
  for (i++; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) break;
    else if (c === '\n') return i;
  }
  i++;
  while (i < source.length && kIdentPart.test(source[i])) i++;
  return i;
}

// Skips a comment at i if there is one; returns the new index or -1.
function skipComment(source, i) {
  if (source[i] !== '/') return -1;
  if (source[i + 1] === '/') {
    const nl = source.indexOf('\n', i);
    return nl === -1 ? source.length : nl;
  }
  if (source[i + 1] === '*') {
    const end = source.indexOf('*/', i + 2);
    return end === -1 ? source.length : end + 2;
  }
  return -1;
}

// From an opening bracket at i, the index just past its matching close.
function skipBalanced(source, i) {
  let depth = 0;
  let prev = '';
  for (; i < source.length; i++) {
    const c = source[i];
    const skipped = skipComment(source, i);
    if (skipped !== -1) {
      i = skipped - 1;
      continue;
    }
    if (c === '"' || c === "'") {
      i = skipString(source, i) - 1;
      prev = 'x';
      continue;
    }
    if (c === '`') {
      i = skipTemplate(source, i) - 1;
      prev = 'x';
      continue;
    }
    if (c === '/' && kRegexPrecedingChars.has(prev)) {
      i = skipRegex(source, i) - 1;
      prev = 'x';
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
    if (!/\s/.test(c)) prev = c;
  }
  return i;
}

function skipSpace(source, i) {
  for (;;) {
    while (i < source.length && /\s/.test(source[i])) i++;
    const skipped = skipComment(source, i);
    if (skipped === -1) return i;
    i = skipped;
  }
}

// Reads the keys of the object literal starting at `{` at index i.
function readObjectLiteral(source, i, result) {
  i++;
  for (;;) {
    i = skipSpace(source, i);
    if (source[i] === '}' || i >= source.length) return;
    let key;
    if (source.startsWith('...', i)) {
      const m = at(reRequireCall, source, skipSpace(source, i + 3));
      if (m === null) return;
      result.reexports.push(m[2]);
      i = m.index + m[0].length;
    } else {
      if (source[i] === '"' || source[i] === "'") {
        const end = skipString(source, i);
        key = source.slice(i + 1, end - 1);
        i = end;
      } else if (kIdentStart.test(source[i])) {
        const start = i;
        while (i < source.length && kIdentPart.test(source[i])) i++;
        key = source.slice(start, i);
      } else {
        return; // computed keys and the like: stop, as cjs-module-lexer does
      }
      i = skipSpace(source, i);
      // A method counts, then ends detection; getters and the like end it before.
      if (source[i] === '(') {
        result.exports.add(key);
        return;
      }
      if (source[i] !== ':' && source[i] !== ',' && source[i] !== '}') return;
      if (source[i] === ':') {
        // The value must start with an identifier; the key counts, and anything after
        // the identifier but a comma or the closing brace ends detection.
        i = skipSpace(source, i + 1);
        if (!kIdentStart.test(source[i] || '')) return;
        while (i < source.length && kIdentPart.test(source[i])) i++;
        result.exports.add(key);
        i = skipSpace(source, i);
        if (source[i] !== ',' && source[i] !== '}') return;
      } else {
        result.exports.add(key);
      }
    }
    i = skipSpace(source, i);
    if (source[i] === ',') i++;
    else return;
  }
}

function parse(source) {
  const result = { exports: new Set(), reexports: [] };
  let prev = '';
  let prevWord = '';
  for (let i = 0; i < source.length;) {
    const c = source[i];
    const skipped = skipComment(source, i);
    if (skipped !== -1) {
      i = skipped;
      continue;
    }
    if (c === '"' || c === "'") {
      i = skipString(source, i);
      prev = 'x';
      continue;
    }
    if (c === '`') {
      i = skipTemplate(source, i);
      prev = 'x';
      continue;
    }
    if (c === '/') {
      if (kRegexPrecedingChars.has(prev) || (prev === 'w' && kRegexPrecedingWords.has(prevWord))) {
        i = skipRegex(source, i);
        prev = 'x';
        continue;
      }
      prev = c;
      i++;
      continue;
    }
    if (kIdentStart.test(c)) {
      // Only at the start of an identifier not preceded by "." (so `a.exports.x` is skipped).
      if (prev !== '.') {
        let m;
        if (c === 'e' || c === 'm') {
          if ((m = at(reExportsDot, source, i)) !== null) {
            result.exports.add(m[1]);
          } else if ((m = at(reExportsBracket, source, i)) !== null) {
            const name = decodeStringLiteral(m[1]);
            if (name !== undefined) result.exports.add(name);
          } else if (c === 'm' && (m = at(reModuleExportsAssign, source, i)) !== null) {
            const j = m.index + m[0].length;
            const req = at(reRequireCall, source, j);
            if (req !== null) {
              // A later `module.exports = require(...)` replaces an earlier one.
              result.reexports = [req[2]];
            } else if (source[j] === '{') {
              readObjectLiteral(source, j, result);
            }
          }
        } else if (c === 'O' && (m = at(reDefine, source, i)) !== null) {
          result.exports.add(m[2]);
        } else if (c === 'O' && (m = at(reDefineAny, source, i)) !== null) {
          // A getter of another shape might have effects: the name is withdrawn.
          result.exports.delete(m[2]);
        } else if (c === 'O' && (m = at(reKeysForEach, source, i)) !== null) {
          // The object iterated must be a required module: `var _x = require('...')`.
          const decl = new RegExp(`\\b${m[1].replace(/\$/g, '\\$')}\\s*=\\s*(?:[\\w$]+\\()?require\\s*\\(\\s*(['"])([^'"\\\\\\n]+)\\1\\s*\\)`).exec(source);
          if (decl !== null) result.reexports.push(decl[2]);
        } else if (c === '_' && ((m = at(reExportStar, source, i)) !== null || (m = at(reExportFn, source, i)) !== null)) {
          result.reexports.push(m[2]);
        } else if (kIdentStart.test(c) && (m = at(reExportStar, source, i)) !== null) {
          result.reexports.push(m[2]);
        }
      }
      const start = i;
      while (i < source.length && kIdentPart.test(source[i])) i++;
      prevWord = source.slice(start, i);
      prev = 'w';
      continue;
    }
    if (!/\s/.test(c)) {
      prev = c;
      prevWord = '';
    }
    i++;
  }
  return result;
}

module.exports = { parse };
