'use strict';
// querystring: parse/stringify of "a=1&b=2" strings with node's rules (not
// WHATWG's): custom separators, maxKeys, arrays for repeated keys, and a lenient
// unescape that never throws.

const { codes: { ERR_INVALID_URI } } = (() => {
  const errors = require('internal/errors');
  if (!errors.codes.ERR_INVALID_URI) errors.E('ERR_INVALID_URI', 'URI malformed', URIError);
  return errors;
})();

// Characters escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const noEscape = new Int8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") {
  noEscape[ch.charCodeAt(0)] = 1;
}
const hexTable = [];
for (let i = 0; i < 256; i++) hexTable.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// Percent-encodes the UTF-8 of str, except the characters in `keep`.
function encodeStr(str, keep) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (keep[c] === 1) continue;
      out += str.slice(last, i) + hexTable[c];
      last = i + 1;
      continue;
    }
    out += str.slice(last, i);
    if (c < 0x800) {
      out += hexTable[0xC0 | (c >> 6)] + hexTable[0x80 | (c & 0x3F)];
    } else if (c < 0xD800 || c >= 0xE000) {
      out += hexTable[0xE0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3F)] +
        hexTable[0x80 | (c & 0x3F)];
    } else {
      // A surrogate: node pairs it with whatever code unit follows (only the
      // end of the string is an error).
      if (i + 1 >= str.length) throw new ERR_INVALID_URI();
      const next = str.charCodeAt(++i);
      c = 0x10000 + (((c & 0x3FF) << 10) | (next & 0x3FF));
      out += hexTable[0xF0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3F)] +
        hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return out + str.slice(last);
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, noEscape);
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// Bytes of s with valid %XX sequences decoded (and '+' as space if asked);
// invalid escapes stay as they are.
function unescapeBytes(s, decodeSpaces) {
  const bytes = [];
  const utf8 = new TextEncoderLite();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      bytes.push(32);
    } else if (c === 37 && i + 2 < s.length + 0 && hexValue(s.charCodeAt(i + 1)) !== -1 &&
               hexValue(s.charCodeAt(i + 2)) !== -1) {
      bytes.push(hexValue(s.charCodeAt(i + 1)) * 16 + hexValue(s.charCodeAt(i + 2)));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      const cp = s.codePointAt(i);
      if (cp > 0xFFFF) i++;
      utf8.push(bytes, cp);
    }
  }
  return bytes;
}

class TextEncoderLite {
  push(bytes, cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
    if (cp < 0x800) bytes.push(0xC0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
}

function unescapeBuffer(s, decodeSpaces) {
  const bytes = unescapeBytes(`${s}`, decodeSpaces);
  const B = globalThis.Buffer;
  return B ? B.from(bytes) : Uint8Array.from(bytes);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return require('internal/url/parser').utf8Decode(unescapeBytes(`${s}`, decodeSpaces));
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = qsEscape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = (v) => encode(stringifyPrimitive(v));

  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const ks = convert(key) + eq;
    if (Array.isArray(value)) {
      for (const item of value) fields.push(ks + convert(item));
    } else {
      fields.push(ks + convert(value));
    }
  }
  return fields.join(sep);
}

function addKeyVal(obj, key, value) {
  if (key in obj) {
    const cur = obj[key];
    if (Array.isArray(cur)) cur.push(value);
    else obj[key] = [cur, value];
  } else {
    obj[key] = value;
  }
}

function decodeComponent(s, decoder) {
  if (s.includes('+')) s = s.replace(/\+/g, ' ');
  if (!s.includes('%')) return s;
  try {
    return decoder(s);
  } catch {
    return qsUnescape(s, true);
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? `${sep}` : '&';
  eq = eq ? `${eq}` : '=';

  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  // 0, NaN and Infinity all mean no limit.
  let pairsLeft = maxKeys > 0 && Number.isFinite(maxKeys) ? maxKeys : Infinity;
  // A program may replace querystring.unescape; parse then decodes through it.
  let decoder = typeof module.exports.unescape === 'function' ? module.exports.unescape : qsUnescape;
  if (options && typeof options.decodeURIComponent === 'function') decoder = options.decodeURIComponent;
  const custom = decoder !== qsUnescape;

  // A separator that stringifies to '' (e.g. an array) never matches, so
  // node reads one pair: the key up to the first eq and an empty value.
  if (sep.length === 0) {
    const idx = eq.length === 0 ? 0 : qs.indexOf(eq);
    const key = idx === -1 ? qs : qs.slice(0, idx);
    addKeyVal(obj, custom ? callDecoder(key.replace(/\+/g, ' '), decoder) :
      decodeComponent(key, decoder), '');
    return obj;
  }

  let start = 0;
  while (start <= qs.length && pairsLeft > 0) {
    let end = qs.indexOf(sep, start);
    if (end === -1) end = qs.length;
    const pair = qs.slice(start, end);
    start = end + sep.length;
    // Empty pairs count towards maxKeys too (node: '&a' with maxKeys 1 is {}).
    pairsLeft--;
    // An empty pair is skipped, except that an empty eq matches in it (node: key '' and
    // value ''), but never in the empty tail after a final separator.
    if (pair.length === 0 && (eq.length !== 0 || end === qs.length)) {
      if (end === qs.length) break;
      continue;
    }
    const idx = pair.indexOf(eq);
    let key = idx === -1 ? pair : pair.slice(0, idx);
    let value = idx === -1 ? '' : pair.slice(idx + eq.length);
    if (custom) {
      key = callDecoder(key.replace(/\+/g, ' '), decoder);
      value = callDecoder(value.replace(/\+/g, ' '), decoder);
    } else {
      key = decodeComponent(key, decoder);
      value = decodeComponent(value, decoder);
    }
    addKeyVal(obj, key, value);
    if (end === qs.length) break;
  }
  return obj;
}

function callDecoder(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return qsUnescape(s, true);
  }
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
