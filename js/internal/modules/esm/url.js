'use strict';
// The little of WHATWG URL the ESM loader needs, on plain strings: file: URLs to and
// from paths, and resolving a relative specifier against a file: URL. Kept here so the
// loader neither waits for nor pays for the full URL class on every import.

const { codes } = require('internal/errors');

// What pathToFileURL escapes beyond controls and non-ASCII (node's choice, wider than the
// URL parser's), and what the URL parser escapes in a path when resolving a specifier.
const kPathEscape = new Set([' ', '"', '#', '%', '<', '>', '?', '[', ']', '^', '`', '{', '|',
  '}', '\\']);
const kSpecifierEscape = new Set([' ', '"', '<', '>', '`', '{', '}']);

function encodePathChars(str, forSpecifier) {
  const set = forSpecifier ? kSpecifierEscape : kPathEscape;
  let out = '';
  let start = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    const ch = str[i];
    let esc;
    if (c < 0x80) {
      if (c < 0x20 || c === 0x7f || set.has(ch)) {
        esc = `%${c < 16 ? '0' : ''}${c.toString(16).toUpperCase()}`;
      } else {
        continue;
      }
    } else {
      let end = i + 1;
      if (c >= 0xd800 && c <= 0xdbff && end < str.length) end++;
      let enc;
      try {
        enc = encodeURIComponent(str.slice(i, end));
      } catch {
        enc = '%EF%BF%BD'; // a lone surrogate becomes U+FFFD, as the URL parser does
      }
      out += str.slice(start, i) + enc;
      i = end - 1;
      start = end;
      continue;
    }
    out += str.slice(start, i) + esc;
    start = i + 1;
  }
  return out + str.slice(start);
}

// Absolute path -> "file:///..." (a trailing slash of the path is kept).
function pathToFileURL(path) {
  return `file://${encodePathChars(path, false)}`;
}

function isFileURL(url) {
  return url.startsWith('file:');
}

// Splits "file:///a/b?x#y" into path part, search and hash.
function splitURL(url) {
  let hashAt = url.indexOf('#');
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  if (hashAt === -1) hashAt = url.length;
  let queryAt = url.indexOf('?');
  if (queryAt === -1 || queryAt > hashAt) queryAt = hashAt;
  return { head: url.slice(0, queryAt), search: url.slice(queryAt, hashAt), hash };
}

// "file:///a%20b" -> "/a b"; refuses encoded slashes and foreign hosts as node does.
function fileURLToPath(url) {
  if (typeof url === 'object' && url !== null && typeof url.href === 'string') url = url.href;
  if (typeof url !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], url);
  if (!isFileURL(url)) throw new codes.ERR_INVALID_URL_SCHEME('file');
  let { head } = splitURL(url);
  head = head.slice(5);
  if (head.startsWith('//')) {
    const slash = head.indexOf('/', 2);
    const host = slash === -1 ? head.slice(2) : head.slice(2, slash);
    if (host !== '' && host !== 'localhost') {
      throw new codes.ERR_INVALID_FILE_URL_HOST('must be "localhost" or empty on linux');
    }
    head = slash === -1 ? '/' : head.slice(slash);
  }
  if (/%2f/i.test(head)) {
    throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  return decodeURIComponent(head);
}

// Removes "." and ".." segments of an absolute URL path.
function normalizeURLPath(p) {
  const parts = p.split('/');
  const out = [];
  for (let i = 1; i < parts.length; i++) {
    const seg = parts[i];
    const last = i === parts.length - 1;
    if (seg === '.' || seg.toLowerCase() === '%2e') {
      if (last) out.push('');
    } else if (seg === '..' || /^(\.|%2e)(\.|%2e)$/i.test(seg)) {
      out.pop();
      if (last) out.push('');
    } else {
      out.push(seg);
    }
  }
  return `/${out.join('/')}`;
}

const kSchemeRe = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

// Resolves `specifier` ("./x", "../x", "/x", "?q", or an absolute URL) against a file:
// URL `base`, with the escaping the URL parser applies. Returns the URL string.
function resolveURL(specifier, base) {
  if (kSchemeRe.test(specifier)) {
    if (specifier.startsWith('file:')) {
      const { head, search, hash } = splitURL(specifier);
      let p = head.slice(5);
      if (p.startsWith('//')) {
        const slash = p.indexOf('/', 2);
        p = slash === -1 ? '/' : p.slice(slash);
      }
      return `file://${normalizeURLPath(encodePathChars(p, true))}${search}${hash}`;
    }
    return specifier;
  }
  const { head, search, hash } = splitURL(specifier);
  const spec = encodePathChars(head.replace(/\\/g, '/'), true);
  const b = splitURL(base);
  const basePath = b.head.slice(7);
  let path;
  if (spec === '') path = basePath;
  else if (spec.startsWith('/')) path = spec;
  else path = basePath.slice(0, basePath.lastIndexOf('/') + 1) + spec;
  const s = head === '' && search === '' ? b.search : search;
  return `file://${normalizeURLPath(path)}${s}${hash}`;
}

module.exports = { pathToFileURL, fileURLToPath, resolveURL, splitURL, isFileURL, encodePathChars };
