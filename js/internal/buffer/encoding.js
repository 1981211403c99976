'use strict';
// Encoding names as node spells and accepts them, shared by buffer and string_decoder.

// Ids understood by internalBinding('buffer').
const kEnc = { utf8: 1, ucs2: 2, latin1: 3, ascii: 4, base64: 5, base64url: 6, hex: 7 };

// Canonical name for an encoding label (case-insensitive), or undefined.
// undefined/null/'' mean the default, utf8.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8' || enc === '') return 'utf8';
  if (typeof enc !== 'string') return undefined;
  return slowCases(enc);
}

// Names after string conversion, without the null/undefined default (Buffer methods
// take `encoding += ''` semantics: null is "null", an unknown name).
function slowCases(enc) {
  switch (enc) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    case '': return undefined;
    default: break;
  }
  const lower = enc.toLowerCase();
  if (lower === enc) return undefined;
  return slowCases(lower);
}

function normalizeEncodingString(enc) {
  return slowCases(typeof enc === 'string' ? enc : `${enc}`);
}

const getTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function isUint8Array(v) {
  return getTag.call(v) === 'Uint8Array';
}

module.exports = { kEnc, normalizeEncoding, normalizeEncodingString, isUint8Array };
