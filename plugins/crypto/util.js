'use strict';
// Helpers shared by the crypto plugin's JS: the handle symbol, argument conversion with
// node's errors, encodings, and LazyTransform (a Transform that builds its stream state
// only when used as a stream, so createHash(...).update(...).digest() stays cheap).

const { Buffer } = require('buffer');
const Transform = require('internal/streams/transform');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING } } = require('internal/errors');

const kHandle = Symbol('kHandle');

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer) ||
    Object.prototype.toString.call(v) === '[object ArrayBuffer]';
}

const kViewTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

// string (in `encoding`) | ArrayBuffer | ArrayBufferView → an ArrayBufferView over the
// same memory where possible.
function getArrayBufferOrView(buffer, name, encoding) {
  if (isAnyArrayBuffer(buffer)) return new Uint8Array(buffer);
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(buffer, encoding);
  }
  if (!isArrayBufferView(buffer)) throw new ERR_INVALID_ARG_TYPE(name, kViewTypes, buffer);
  return buffer;
}

// A Buffer view of any ArrayBufferView (for toString with an encoding).
function toBuffer(view) {
  if (Buffer.isBuffer(view)) return view;
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

// node's crypto treats an unknown input encoding as UTF-8 but refuses an unknown output
// encoding (ERR_UNKNOWN_ENCODING) where it converts.
function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === 'buffer') return enc;
  if (enc === 'utf8' || enc === 'hex' || enc === 'base64' || enc === 'latin1') return enc;
  const lower = `${enc}`.toLowerCase();
  switch (lower) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'hex': case 'base64': case 'base64url': case 'ascii': return lower;
    default: return undefined;
  }
}

function validateOutputEncoding(enc) {
  if (enc === undefined || enc === null || enc === 'buffer') return enc;
  const normalized = normalizeEncoding(enc);
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(enc);
  return normalized;
}

// LazyTransform: the stream state is made on first touch of _readableState or
// _writableState (every stream method reads one of them first).
function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

function makeLazyState(name) {
  return {
    configurable: true,
    enumerable: true,
    get() {
      Transform.call(this, this._options);
      return this[name];
    },
    set(value) {
      Object.defineProperty(this, name, { value, enumerable: true, configurable: true, writable: true });
    },
  };
}
Object.defineProperty(LazyTransform.prototype, '_readableState', makeLazyState('_readableState'));
Object.defineProperty(LazyTransform.prototype, '_writableState', makeLazyState('_writableState'));

// node keeps Web Crypto's algorithm normalization here; ours has its own file, loaded
// on first use so plain crypto never pulls in the WebIDL converters.
function normalizeAlgorithm(algorithm, op) {
  return require('internal/crypto/normalize_algorithm').normalizeAlgorithm(algorithm, op);
}

// A big-endian unsigned integer in bytes (WebCrypto's BigInteger, e.g. an RSA
// publicExponent) as a BigInt.
function bigIntArrayToUnsignedBigInt(bytes) {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

module.exports = {
  kHandle, normalizeAlgorithm, bigIntArrayToUnsignedBigInt, isArrayBufferView, isAnyArrayBuffer, getArrayBufferOrView, toBuffer,
  normalizeEncoding, validateOutputEncoding, LazyTransform, kViewTypes,
};
