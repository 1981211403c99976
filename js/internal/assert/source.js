'use strict';
// assert.ok(value) without a message reports the source text of the failing call,
// read back from the caller's file at the call site's line and column.

const cache = new Map();

function callSite(fn) {
  const limit = Error.stackTraceLimit;
  const prepare = Error.prepareStackTrace;
  Error.stackTraceLimit = 1;
  Error.prepareStackTrace = (_, frames) => frames;
  const holder = {};
  Error.captureStackTrace(holder, fn);
  const frames = holder.stack;
  Error.prepareStackTrace = prepare;
  Error.stackTraceLimit = limit;
  return Array.isArray(frames) && frames.length ? frames[0] : undefined;
}

function readSource(filename) {
  try {
    return internalBinding('fs').readFileUtf8(filename);
  } catch {
    return undefined;
  }
}

// Index just past the call's closing parenthesis, skipping strings and comments.
function endOfCall(code, start) {
  let depth = 0;
  let seenParen = false;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '\'' || c === '"' || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++;
    } else if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      if (end === -1) return -1;
      i = end + 1;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
      if (c === '(') seenParen = true;
    } else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0 && seenParen) return i + 1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

// Index of the `[` that the `]` at `close` ends, skipping quoted keys; -1 if it is not
// on the same line.
function openingBracket(code, close, lineStart) {
  let depth = 0;
  for (let i = close; i >= lineStart; i--) {
    const c = code[i];
    if (c === '\'' || c === '"' || c === '`') {
      for (i--; i >= lineStart && (code[i] !== c || code[i - 1] === '\\'); i--);
    } else if (c === ']') {
      depth++;
    } else if (c === '[') {
      if (--depth === 0) return i;
    }
  }
  return -1;
}

function getErrMessage(fn) {
  const site = callSite(fn);
  if (site === undefined) return undefined;
  const filename = site.getFileName();
  const line = site.getLineNumber() - 1;
  let column = site.getColumnNumber() - 1;
  if (!filename || line < 0 || column < 0) return undefined;
  // A call from a built-in module (an assert used directly as a listener, say) has no
  // source on disk; a file of that name in the cwd must not be read in its place.
  if (filename.startsWith('node:')) return undefined;
  const key = `${filename} ${line} ${column}`;
  if (cache.has(key)) return cache.get(key);

  const source = readSource(filename);
  if (source === undefined) return undefined;
  const lines = source.split('\n');
  if (line >= lines.length) return undefined;
  let offset = 0;
  for (let i = 0; i < line; i++) offset += lines[i].length + 1;
  // The reported column may point at the method name of `assert.ok(...)`: walk
  // back over the member chain to the start of the callee.
  // A keyed call (`assert['ok'](x)`) is reported at its parenthesis, so bracketed keys
  // are walked back over as a whole.
  let start = offset + column;
  while (start > offset) {
    const c = source[start - 1];
    if (/[\p{ID_Continue}$.?]/u.test(c)) {
      start--;
    } else if (c === ']') {
      const open = openingBracket(source, start - 1, offset);
      if (open === -1) break;
      start = open;
    } else {
      break;
    }
  }
  // A call continued on its own line (`assert\n  .ok(x)`) is reported from the method
  // name, as node does.
  if (source[start] === '?' && source[start + 1] === '.') start += 2;
  else if (source[start] === '.') start++;
  column = start - offset;
  const end = endOfCall(source, start);
  if (end === -1) return undefined;
  let code = source.slice(start, end);

  if (code.includes('\n')) {
    const [first, ...rest] = code.replace(/\r/g, '').split('\n');
    code = first;
    for (const frame of rest) {
      let pos = 0;
      while (pos < column && (frame[pos] === ' ' || frame[pos] === '\t')) pos++;
      code += `\n  ${frame.slice(pos)}`;
    }
  }
  // Control characters in the source are shown escaped (tab and newline stay).
  code = code.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g,
                      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const message = `The expression evaluated to a falsy value:\n\n  ${code}\n`;
  cache.set(key, message);
  return message;
}

module.exports = { getErrMessage };
