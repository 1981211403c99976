'use strict';
// The WHATWG URL parser (https://url.spec.whatwg.org/#concept-basic-url-parser):
// a state machine over the input's code points producing a URL record, plus the
// host parser (domains via IDNA, IPv4, IPv6, opaque hosts) and the serializer.
// Setters re-run the machine from a given state ("state override").

const { toASCII: punyToASCII, toUnicode: punyToUnicode, decode: punyDecode } =
  require('internal/url/punycode');

const FAILURE = null;

const S = {
  SCHEME_START: 1, SCHEME: 2, NO_SCHEME: 3, SPECIAL_RELATIVE_OR_AUTHORITY: 4,
  PATH_OR_AUTHORITY: 5, RELATIVE: 6, RELATIVE_SLASH: 7, SPECIAL_AUTHORITY_SLASHES: 8,
  SPECIAL_AUTHORITY_IGNORE_SLASHES: 9, AUTHORITY: 10, HOST: 11, HOSTNAME: 12, PORT: 13,
  FILE: 14, FILE_SLASH: 15, FILE_HOST: 16, PATH_START: 17, PATH: 18, OPAQUE_PATH: 19,
  QUERY: 20, FRAGMENT: 21,
};

const specialPorts = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };

function isSpecialScheme(scheme) {
  return scheme in specialPorts;
}

function defaultPort(scheme) {
  const p = specialPorts[scheme];
  return p === undefined ? null : p;
}

// --- percent-encode sets (predicates over a code point) ---

const isC0Control = (c) => c < 0x20 || c > 0x7E;
const isFragmentSet = (c) => isC0Control(c) || c === 0x20 || c === 0x22 || c === 0x3C ||
  c === 0x3E || c === 0x60;
const isQuerySet = (c) => isC0Control(c) || c === 0x20 || c === 0x22 || c === 0x23 ||
  c === 0x3C || c === 0x3E;
const isSpecialQuerySet = (c) => isQuerySet(c) || c === 0x27;
const isPathSet = (c) => isQuerySet(c) || c === 0x3F || c === 0x60 || c === 0x7B || c === 0x7D;
const isUserinfoSet = (c) => isPathSet(c) || c === 0x2F || c === 0x3A || c === 0x3B ||
  c === 0x3D || c === 0x40 || (c >= 0x5B && c <= 0x5E) || c === 0x7C;
const isComponentSet = (c) => isUserinfoSet(c) || (c >= 0x24 && c <= 0x26) || c === 0x2B ||
  c === 0x2C;

const hex = [];
for (let i = 0; i < 256; i++) hex.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

function utf8Bytes(cp) {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xC0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp < 0x10000) return [0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

// One code point (as a string) percent-encoded if it is in the set.
function encodeCodePoint(ch, inSet) {
  const cp = ch.codePointAt(0);
  if (!inSet(cp)) return ch;
  let out = '';
  for (const b of utf8Bytes(cp)) out += hex[b];
  return out;
}

function encodeString(str, inSet, spaceAsPlus = false) {
  let out = '';
  for (const ch of str) {
    if (spaceAsPlus && ch === ' ') out += '+';
    else out += encodeCodePoint(ch, inSet);
  }
  return out;
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// Percent-decoding to bytes: "%41" -> 0x41; other characters as their UTF-8.
function percentDecodeBytes(str) {
  const bytes = [];
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c === 0x25 && i + 2 < str.length) {
      const h = hexValue(str.charCodeAt(i + 1));
      const l = hexValue(str.charCodeAt(i + 2));
      if (h !== -1 && l !== -1) {
        bytes.push(h * 16 + l);
        i += 2;
        continue;
      }
    }
    if (c < 0x80) {
      bytes.push(c);
    } else {
      const cp = str.codePointAt(i);
      if (cp > 0xFFFF) i++;
      for (const b of utf8Bytes(cp)) bytes.push(b);
    }
  }
  return bytes;
}

// UTF-8 decode with U+FFFD for every malformed sequence (WHATWG "UTF-8 decode
// without BOM").
function utf8Decode(bytes) {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need;
    let cp;
    let lower = 0x80;
    let upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      cp = b & 0xF;
      if (b === 0xE0) lower = 0xA0;
      if (b === 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      cp = b & 0x7;
      if (b === 0xF0) lower = 0x90;
      if (b === 0xF4) upper = 0x8F;
    } else {
      out += '\uFFFD';
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const next = bytes[i + j];
      if (next === undefined || next < lower || next > upper) break;
      lower = 0x80;
      upper = 0xBF;
      cp = (cp << 6) | (next & 0x3F);
    }
    if (j <= need) {
      out += '\uFFFD';
      i += j;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

function percentDecode(str) {
  return utf8Decode(percentDecodeBytes(str));
}

// --- hosts ---

function isForbiddenHostCodePoint(c) {
  return c === 0 || c === 9 || c === 0xA || c === 0xD || c === 0x20 || c === 0x23 ||
    c === 0x2F || c === 0x3A || c === 0x3C || c === 0x3E || c === 0x3F || c === 0x40 ||
    c === 0x5B || c === 0x5C || c === 0x5D || c === 0x5E || c === 0x7C;
}

function isForbiddenDomainCodePoint(c) {
  return isForbiddenHostCodePoint(c) || (c <= 0x1F) || c === 0x25 || c === 0x7F;
}

function parseIPv4Number(s) {
  if (s === '') return FAILURE;
  let radix = 10;
  if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) {
    s = s.slice(2);
    radix = 16;
  } else if (s.length >= 2 && s[0] === '0') {
    s = s.slice(1);
    radix = 8;
  }
  if (s === '') return 0;
  const valid = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!valid.test(s)) return FAILURE;
  return parseInt(s, radix);
}

function endsInANumber(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return parseIPv4Number(last) !== FAILURE;
}

function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return FAILURE;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (n === FAILURE) return FAILURE;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return FAILURE;
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return FAILURE;
  let ipv4 = last;
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  return ipv4;
}

function serializeIPv4(n) {
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(n % 256));
    n = Math.floor(n / 256);
  }
  return out.join('.');
}

function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const cps = Array.from(input, (ch) => ch.codePointAt(0));
  const at = (i) => cps[i];
  const isHex = (c) => c !== undefined && hexValue(c) !== -1;
  const isDigit = (c) => c !== undefined && c >= 0x30 && c <= 0x39;

  if (at(p) === 0x3A) {
    if (at(p + 1) !== 0x3A) return FAILURE;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (at(p) !== undefined) {
    if (pieceIndex === 8) return FAILURE;
    if (at(p) === 0x3A) {
      if (compress !== null) return FAILURE;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && isHex(at(p))) {
      value = value * 0x10 + hexValue(at(p));
      p++;
      length++;
    }
    if (at(p) === 0x2E) {
      // An IPv4 address in the last two pieces.
      if (length === 0) return FAILURE;
      p -= length;
      if (pieceIndex > 6) return FAILURE;
      let numbersSeen = 0;
      while (at(p) !== undefined) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (at(p) === 0x2E && numbersSeen < 4) p++;
          else return FAILURE;
        }
        if (!isDigit(at(p))) return FAILURE;
        while (isDigit(at(p))) {
          const number = at(p) - 0x30;
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return FAILURE;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return FAILURE;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return FAILURE;
      break;
    } else if (at(p) === 0x3A) {
      p++;
      if (at(p) === undefined) return FAILURE;
    } else if (at(p) !== undefined) {
      return FAILURE;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const tmp = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[pieceIndex];
      address[pieceIndex] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return FAILURE;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces becomes "::".
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (bestStart === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// UTS #46 ToASCII as URL needs it (non-transitional, no STD3 rules, no DNS length
// check). The mapping step is approximated by NFKC + lower-casing plus the
// code points UTS #46 maps to nothing or to ".".
const kIgnored = /[\u00AD\u034F\u180B-\u180D\u180F\u200B\u2060\u2064\uFE00-\uFE0F\uFEFF]|\uDB40[\uDD00-\uDDEF]/g;
const kDots = /[\u3002\uFF0E\uFF61]/g;

// The validity criteria of UTS #46 that matter in practice: no controls,
// noncharacters, unpaired surrogates or bidi/format controls; no leading
// combining mark; ZWJ/ZWNJ only in the contexts CheckJoiners allows (we allow
// none); and a label with right-to-left characters must not mix in
// left-to-right letters (CheckBidi).
const kRtl = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]/;

const kVirama = /[\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D4D\u0DCA\u0E3A\u0F84\u1039\u103A\u1714\u1734\u17D2\u1A60\u1B44\u1BAA\u1BF2\u1C37\u2D7F\uA806\uA8C4\uA953\uA9C0\uAAF6\uABED]$/;
const kJoining = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF\u0710-\u074F]/;

// ZWJ/ZWNJ are allowed after a virama, and ZWNJ between joining (Arabic-script)
// letters; anywhere else they are invalid.
function checkJoiners(label) {
  for (let i = 0; i < label.length; i++) {
    const c = label[i];
    if (c !== '\u200C' && c !== '\u200D') continue;
    const before = label.slice(0, i);
    if (kVirama.test(before)) continue;
    if (c === '\u200C' && i > 0 && i + 1 < label.length &&
        kJoining.test(label[i - 1]) && kJoining.test(label[i + 1])) {
      continue;
    }
    return false;
  }
  return true;
}

function isValidLabelUnicode(label) {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F-\u009F]/.test(label)) return false;
  if (/[\uFFFD\uFFFC\uFFFE\uFFFF\uFDD0-\uFDEF\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(label)) return false;
  if (!checkJoiners(label)) return false;
  if (/[\uD83F\uDBBF\uDBFF][\uDFFE\uDFFF]/.test(label)) return false;
  if (/[\uD800-\uDFFF]/.test(label.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))) return false;
  if (/^\p{M}/u.test(label)) return false;
  if (kRtl.test(label)) {
    if (/[A-Za-z]/.test(label) || !kRtl.test(String.fromCodePoint(label.codePointAt(0)))) return false;
  }
  return true;
}

function domainToASCIIInternal(domain, beStrict = false) {
  let mapped = domain.replace(kIgnored, '');
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7F]/.test(mapped)) {
    mapped = mapped.normalize('NFKC').replace(kDots, '.');
  }
  mapped = mapped.toLowerCase();
  if (/[^\x00-\x7F]/.test(mapped)) mapped = mapped.normalize('NFC');
  const labels = mapped.split('.');
  const out = [];
  for (const label of labels) {
    if (label.startsWith('xn--')) {
      // An already-encoded label must decode to something valid and re-encode
      // to itself.
      let decoded;
      try {
        decoded = punyDecode(label.slice(4));
      } catch {
        return FAILURE;
      }
      if (decoded === '' || !/[^\x00-\x7F]/.test(decoded)) return FAILURE;
      // It must already be in mapped form: nothing NFKC or case folding changes.
      if (decoded.normalize('NFKC').toLowerCase() !== decoded) return FAILURE;
      if (!isValidLabelUnicode(decoded)) return FAILURE;
      out.push(label);
    } else if (/[^\x00-\x7F]/.test(label)) {
      if (!isValidLabelUnicode(label)) return FAILURE;
      let encoded;
      try {
        encoded = punyToASCII(label);
      } catch {
        return FAILURE;
      }
      out.push(encoded);
    } else {
      out.push(label);
    }
  }
  const result = out.join('.');
  if (beStrict && (result.length > 253 || out.some((l) => l.length > 63))) return FAILURE;
  return result;
}

function domainToUnicodeInternal(domain) {
  return domain.split('.').map((label) => {
    if (!label.toLowerCase().startsWith('xn--')) return label.toLowerCase();
    try {
      return punyToUnicode(label.toLowerCase());
    } catch {
      return label;
    }
  }).join('.');
}

function parseOpaqueHost(input) {
  for (const ch of input) {
    const c = ch.codePointAt(0);
    if (isForbiddenHostCodePoint(c)) return FAILURE;
  }
  return encodeString(input, isC0Control);
}

// Returns the serialized host, or FAILURE.
function parseHost(input, isOpaque) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return FAILURE;
    const address = parseIPv6(input.slice(1, -1));
    return address === FAILURE ? FAILURE : `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) return parseOpaqueHost(input);
  const domain = percentDecode(input);
  const asciiDomain = domainToASCIIInternal(domain);
  if (asciiDomain === FAILURE || asciiDomain === '') return FAILURE;
  for (let i = 0; i < asciiDomain.length; i++) {
    if (isForbiddenDomainCodePoint(asciiDomain.charCodeAt(i))) return FAILURE;
  }
  if (endsInANumber(asciiDomain)) {
    const ipv4 = parseIPv4(asciiDomain);
    return ipv4 === FAILURE ? FAILURE : serializeIPv4(ipv4);
  }
  return asciiDomain;
}

// --- the basic URL parser ---

function newRecord() {
  return {
    scheme: '', username: '', password: '', host: null, port: null,
    path: [], opaque: false, query: null, fragment: null,
  };
}

function cloneRecord(r) {
  return { ...r, path: r.opaque ? r.path : r.path.slice() };
}

const isAlpha = (ch) => ch !== undefined && /^[A-Za-z]$/.test(ch);
const isDigitCh = (ch) => ch !== undefined && ch >= '0' && ch <= '9';

function isWindowsDriveLetter(s) {
  return s.length === 2 && isAlpha(s[0]) && (s[1] === ':' || s[1] === '|');
}

function isNormalizedWindowsDriveLetter(s) {
  return s.length === 2 && isAlpha(s[0]) && s[1] === ':';
}

function startsWithWindowsDriveLetter(cps, i) {
  if (cps.length - i < 2) return false;
  if (!isAlpha(cps[i]) || (cps[i + 1] !== ':' && cps[i + 1] !== '|')) return false;
  if (cps.length - i === 2) return true;
  const c = cps[i + 2];
  return c === '/' || c === '\\' || c === '?' || c === '#';
}

function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}

function isDoubleDot(s) {
  switch (s.toLowerCase()) {
    case '..': case '.%2e': case '%2e.': case '%2e%2e': return true;
    default: return false;
  }
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isNormalizedWindowsDriveLetter(path[0])) return;
  path.pop();
}

function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

// Parses `input` (already a USVString) against `base` (a record or null). With
// `url` and `stateOverride`, modifies url in place for a setter and returns it,
// or FAILURE (the setter then leaves the URL unchanged).
function basicParse(input, base, url, stateOverride) {
  if (!url) {
    url = newRecord();
    // eslint-disable-next-line no-control-regex
    input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');

  let state = stateOverride || S.SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const cps = Array.from(input);

  for (let i = 0; ; i++) {
    const c = cps[i];
    const special = isSpecialScheme(url.scheme);
    switch (state) {
      case S.SCHEME_START:
        if (isAlpha(c)) {
          buffer += c.toLowerCase();
          state = S.SCHEME;
        } else if (!stateOverride) {
          state = S.NO_SCHEME;
          i--;
        } else {
          return FAILURE;
        }
        break;

      case S.SCHEME:
        if (c !== undefined && /^[A-Za-z0-9+\-.]$/.test(c)) {
          buffer += c.toLowerCase();
        } else if (c === ':') {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return url;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = S.FILE;
          } else if (isSpecialScheme(url.scheme) && base && base.scheme === url.scheme) {
            state = S.SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (isSpecialScheme(url.scheme)) {
            state = S.SPECIAL_AUTHORITY_SLASHES;
          } else if (cps[i + 1] === '/') {
            state = S.PATH_OR_AUTHORITY;
            i++;
          } else {
            url.path = '';
            url.opaque = true;
            state = S.OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = S.NO_SCHEME;
          i = -1;
        } else {
          return FAILURE;
        }
        break;

      case S.NO_SCHEME:
        if (!base || (base.opaque && c !== '#')) return FAILURE;
        if (base.opaque && c === '#') {
          url.scheme = base.scheme;
          url.path = base.path;
          url.opaque = true;
          url.query = base.query;
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = S.RELATIVE;
          i--;
        } else {
          state = S.FILE;
          i--;
        }
        break;

      case S.SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === '/' && cps[i + 1] === '/') {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          i++;
        } else {
          state = S.RELATIVE;
          i--;
        }
        break;

      case S.PATH_OR_AUTHORITY:
        if (c === '/') {
          state = S.AUTHORITY;
        } else {
          state = S.PATH;
          i--;
        }
        break;

      case S.RELATIVE:
        url.scheme = base.scheme;
        if (c === '/') {
          state = S.RELATIVE_SLASH;
        } else if (isSpecialScheme(url.scheme) && c === '\\') {
          state = S.RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = S.QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            shortenPath(url);
            state = S.PATH;
            i--;
          }
        }
        break;

      case S.RELATIVE_SLASH:
        if (isSpecialScheme(url.scheme) && (c === '/' || c === '\\')) {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === '/') {
          state = S.AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = S.PATH;
          i--;
        }
        break;

      case S.SPECIAL_AUTHORITY_SLASHES:
        if (c === '/' && cps[i + 1] === '/') {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          i++;
        } else {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          i--;
        }
        break;

      case S.SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== '/' && c !== '\\') {
          state = S.AUTHORITY;
          i--;
        }
        break;

      case S.AUTHORITY:
        if (c === '@') {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          for (const ch of buffer) {
            if (ch === ':' && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const encoded = encodeCodePoint(ch, isUserinfoSet);
            if (passwordTokenSeen) url.password += encoded;
            else url.username += encoded;
          }
          buffer = '';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
                   (special && c === '\\')) {
          if (atSignSeen && buffer === '') return FAILURE;
          i -= Array.from(buffer).length + 1;
          buffer = '';
          state = S.HOST;
        } else {
          buffer += c;
        }
        break;

      case S.HOST:
      case S.HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          i--;
          state = S.FILE_HOST;
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') return FAILURE;
          if (stateOverride === S.HOSTNAME) return FAILURE;
          const host = parseHost(buffer, !special);
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = '';
          state = S.PORT;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
                   (special && c === '\\')) {
          i--;
          if (special && buffer === '') return FAILURE;
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) {
            return FAILURE;
          }
          const host = parseHost(buffer, !special);
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = '';
          state = S.PATH_START;
          if (stateOverride) return url;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          buffer += c;
        }
        break;

      case S.PORT:
        if (isDigitCh(c)) {
          buffer += c;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
                   (special && c === '\\') || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return FAILURE;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          } else if (stateOverride) {
            return FAILURE;
          }
          if (stateOverride) return url;
          state = S.PATH_START;
          i--;
        } else {
          return FAILURE;
        }
        break;

      case S.FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === '/' || c === '\\') {
          state = S.FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = S.QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(cps, i)) shortenPath(url);
            else url.path = [];
            state = S.PATH;
            i--;
          }
        } else {
          state = S.PATH;
          i--;
        }
        break;

      case S.FILE_SLASH:
        if (c === '/' || c === '\\') {
          state = S.FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(cps, i) && base.path.length > 0 &&
                isNormalizedWindowsDriveLetter(base.path[0])) {
              url.path.push(base.path[0]);
            }
          }
          state = S.PATH;
          i--;
        }
        break;

      case S.FILE_HOST:
        if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
          i--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            state = S.PATH; // the "host" was a drive letter: keep buffer for the path
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = S.PATH_START;
          } else {
            let host = parseHost(buffer, !isSpecialScheme(url.scheme));
            if (host === FAILURE) return FAILURE;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = S.PATH_START;
          }
        } else {
          buffer += c;
        }
        break;

      case S.PATH_START:
        if (special) {
          state = S.PATH;
          if (c !== '/' && c !== '\\') i--;
        } else if (!stateOverride && c === '?') {
          url.query = '';
          state = S.QUERY;
        } else if (!stateOverride && c === '#') {
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (c !== undefined) {
          state = S.PATH;
          if (c !== '/') i--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case S.PATH:
        if (c === undefined || c === '/' || (special && c === '\\') ||
            (!stateOverride && (c === '?' || c === '#'))) {
          const slash = c === '/' || (special && c === '\\');
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = `${buffer[0]}:`;
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === '?') {
            url.query = '';
            state = S.QUERY;
          }
          if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          }
        } else {
          buffer += encodeCodePoint(c, isPathSet);
        }
        break;

      case S.OPAQUE_PATH:
        if (c === '?') {
          url.query = '';
          state = S.QUERY;
        } else if (c === '#') {
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (c !== undefined) {
          url.path += encodeCodePoint(c, isC0Control);
        }
        break;

      case S.QUERY:
        if ((!stateOverride && c === '#') || c === undefined) {
          url.query += encodeString(buffer, special ? isSpecialQuerySet : isQuerySet);
          buffer = '';
          if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          }
        } else {
          buffer += c;
        }
        break;

      case S.FRAGMENT:
        if (c !== undefined) url.fragment += encodeCodePoint(c, isFragmentSet);
        break;

      default:
        return FAILURE;
    }
    if (c === undefined && i >= cps.length) break;
  }
  return url;
}

function serializePath(url) {
  if (url.opaque) return url.path;
  let out = '';
  for (const segment of url.path) out += `/${segment}`;
  return out;
}

function serializeURL(url, excludeFragment = false) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (includesCredentials(url)) {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  } else if (!url.opaque && url.path.length > 1 && url.path[0] === '') {
    out += '/.'; // keeps "//x" in the path from reading as a host
  }
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = basicParse(serializePath(url), null);
      if (inner && (inner.scheme === 'http' || inner.scheme === 'https')) return serializeOrigin(inner);
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return `${url.scheme}://${url.host}${url.port !== null ? `:${url.port}` : ''}`;
    default:
      return 'null';
  }
}

// application/x-www-form-urlencoded
function parseUrlencoded(input) {
  const out = [];
  for (const sequence of input.split('&')) {
    if (sequence === '') continue;
    const eq = sequence.indexOf('=');
    const name = eq === -1 ? sequence : sequence.slice(0, eq);
    const value = eq === -1 ? '' : sequence.slice(eq + 1);
    out.push([percentDecode(name.replace(/\+/g, ' ')), percentDecode(value.replace(/\+/g, ' '))]);
  }
  return out;
}

const isUrlencodedSet = (c) => !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) ||
  (c >= 0x61 && c <= 0x7A) || c === 0x2A || c === 0x2D || c === 0x2E || c === 0x5F);

function serializeUrlencoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out += '&';
    out += `${encodeString(list[i][0], isUrlencodedSet, true)}=${encodeString(list[i][1], isUrlencodedSet, true)}`;
  }
  return out;
}

module.exports = {
  S, FAILURE, basicParse, serializeURL, serializePath, serializeOrigin, cloneRecord,
  isSpecialScheme, defaultPort, includesCredentials, parseHost, encodeString, isC0Control,
  isPathSet, isUserinfoSet, isComponentSet, isFragmentSet, isQuerySet, isSpecialQuerySet,
  percentDecode, percentDecodeBytes, utf8Decode, parseUrlencoded, serializeUrlencoded,
  domainToASCIIInternal, domainToUnicodeInternal,
};
