'use strict';
// createHash / createHmac: LazyTransform streams over native digest contexts (hash.c,
// hmac.c). Data is handed to OpenSSL in place; hex digests are made natively.

const { Buffer } = require('buffer');
const {
  codes: { ERR_CRYPTO_HASH_FINALIZED, ERR_CRYPTO_HASH_UPDATE_FAILED, ERR_INVALID_ARG_TYPE,
    ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH },
} = require('internal/errors');
const { validateString, validateUint32, validateObject } = require('internal/validators');
const {
  kHandle, isArrayBufferView, isAnyArrayBuffer, getArrayBufferOrView, normalizeEncoding,
  LazyTransform,
} = require('internal/crypto/util');

const kFinalized = Symbol('kFinalized');
const kSize = Symbol('kSize');
const kDefaultSize = Symbol('kDefaultSize');
// The digest a stream's flush pushed; digest() afterwards returns it again, as node does.
const kFlushed = Symbol('kFlushed');

// Strings in an encoding other than UTF-8 (the native default) become bytes here;
// node reads an unknown input encoding as UTF-8.
function prepareData(data, encoding) {
  if (typeof data === 'string') {
    if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') return data;
    const enc = normalizeEncoding(encoding);
    if (enc === undefined || enc === 'utf8' || enc === 'buffer') return data;
    return Buffer.from(data, enc);
  }
  if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return data;
}

function finishDigest(value, outputEncoding) {
  if (outputEncoding === undefined || outputEncoding === 'buffer') return value;
  const enc = normalizeEncoding(outputEncoding);
  // node hands back a Buffer for an encoding it does not know.
  if (enc === undefined) return value;
  return value.toString(enc);
}

// name → { id, size } from the native digest table (hashFetch), looked up once per name.
const digests = new Map();
const kUnsupported = { id: -1, size: 0 };
function digestFor(algorithm) {
  let d = digests.get(algorithm);
  if (d === undefined) {
    const r = binding.hashFetch(algorithm);
    d = r === undefined ? kUnsupported : { id: r[0], size: r[1] };
    if (digests.size < 1024) digests.set(algorithm, d);
  }
  return d;
}

// Finalized native handles, recycled by the next createHash/createHmac: a Hash never
// touches its handle after digest() (every method checks kFinalized first).
const kPoolMax = 16;
const hashPool = [];
const hmacPool = [];

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  const copyFrom = algorithm instanceof Hash ? algorithm : undefined;
  if (copyFrom === undefined) validateString(algorithm, 'algorithm');
  let xofLen = -1;
  if (options !== undefined && options !== null) {
    validateObject(options, 'options');
    if (options.outputLength !== undefined) {
      validateUint32(options.outputLength, 'options.outputLength');
      xofLen = options.outputLength;
    }
  }
  if (copyFrom !== undefined) {
    if (copyFrom[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
    this[kHandle] = binding.hashCopy(copyFrom[kHandle], xofLen);
    this[kDefaultSize] = copyFrom[kDefaultSize];
    this[kSize] = xofLen >= 0 ? xofLen : copyFrom[kDefaultSize];
  } else {
    const d = digestFor(algorithm);
    this[kHandle] = binding.hashNew(d.id, xofLen, hashPool.pop());
    this[kDefaultSize] = d.size;
    this[kSize] = xofLen >= 0 ? xofLen : d.size;
  }
  this[kFlushed] = undefined;
  this[kFinalized] = false;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  if (this[kFlushed] === undefined && !this[kFinalized]) {
    this[kFlushed] = binding.hashDigest(this[kHandle], false, Buffer.allocUnsafe(this[kSize]));
  }
  this.push(this[kFlushed]);
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (!binding.hashUpdate(this[kHandle], prepareData(data, encoding))) {
    throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  }
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  this[kFinalized] = true;
  if (this[kFlushed] !== undefined) return finishDigest(this[kFlushed], outputEncoding);
  const handle = this[kHandle];
  let result;
  if (outputEncoding === 'hex') {
    result = binding.hashDigest(handle, true);
  } else {
    // Small digests go into Buffer's pool rather than a fresh ArrayBuffer each.
    const out = Buffer.allocUnsafe(this[kSize]);
    result = finishDigest(binding.hashDigest(handle, false, out), outputEncoding);
  }
  if (hashPool.length < kPoolMax) hashPool.push(handle);
  return result;
};

const kKeyTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject',
  'CryptoKey'];

// A secret key's bytes from what createHmac accepts. KeyObject and CryptoKey come from
// internal/crypto/keys; they are recognised by shape so this file does not load keys.js.
function hmacKeyBytes(key, options) {
  if (typeof key === 'string') {
    const enc = options && options.encoding !== undefined ? normalizeEncoding(options.encoding) : 'utf8';
    return Buffer.from(key, enc === undefined || enc === 'buffer' ? 'utf8' : enc);
  }
  if (isArrayBufferView(key)) return key;
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  if (key !== null && typeof key === 'object') {
    const { KeyObject, isCryptoKey, kKeyObject } = lazyKeys();
    if (isCryptoKey && isCryptoKey(key)) key = key[kKeyObject];
    if (KeyObject && key instanceof KeyObject) {
      if (key.type !== 'secret') {
        const { codes: { ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE } } = require('internal/errors');
        if (ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE) {
          throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
        }
      }
      return key.export();
    }
  }
  throw new ERR_INVALID_ARG_TYPE('key', kKeyTypes, key);
}

let keys;
function lazyKeys() {
  if (keys === undefined) {
    try {
      keys = require('internal/crypto/keys');
    } catch {
      keys = {};
    }
  }
  return keys;
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const bytes = hmacKeyBytes(key, options);
  this[kHandle] = binding.hmacNew(hmac, bytes, hmacPool.pop());
  this[kFinalized] = false;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (!binding.hmacUpdate(this[kHandle], prepareData(data, encoding))) {
    throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  }
  return this;
};

// A second digest() gives an empty result rather than an error, as node's Hmac does.
Hmac.prototype.digest = function digest(outputEncoding) {
  const finalized = this[kFinalized];
  this[kFinalized] = true;
  if (finalized) {
    const empty = Buffer.alloc(0);
    return outputEncoding === undefined || outputEncoding === 'buffer' ? empty : '';
  }
  const handle = this[kHandle];
  const result = outputEncoding === 'hex' ? binding.hmacDigest(handle, true) :
    finishDigest(binding.hmacDigest(handle, false), outputEncoding);
  if (hmacPool.length < kPoolMax) hmacPool.push(handle);
  return result;
};

Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// crypto.hash(algorithm, input[, outputEncoding = 'hex']): one shot, recycling a handle.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['string', 'Buffer', 'TypedArray', 'DataView'], input);
  }
  let enc = outputEncoding;
  if (enc !== 'buffer') {
    validateString(enc, 'outputEncoding');
    enc = normalizeEncoding(enc);
    if (enc === undefined) {
      const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
    }
  }
  const d = digestFor(algorithm);
  if (d.id < 0) {
    throw new Error(`Digest method ${algorithm} is not supported`);
  }
  const handle = binding.hashNew(d.id, -1, hashPool.pop());
  binding.hashUpdate(handle, input);
  let result;
  if (enc === 'hex') {
    result = binding.hashDigest(handle, true);
  } else {
    result = binding.hashDigest(handle, false, Buffer.allocUnsafe(d.size));
    if (enc !== 'buffer') result = result.toString(enc);
  }
  if (hashPool.length < kPoolMax) hashPool.push(handle);
  return result;
}

function getHashes() {
  if (getHashes.cache === undefined) getHashes.cache = binding.getHashes();
  return getHashes.cache.slice();
}

function timingSafeEqual(buf1, buf2) {
  const check = (v, name) => {
    if (!isArrayBufferView(v) && !isAnyArrayBuffer(v)) {
      const err = new TypeError(`The "${name}" argument must be an instance of ArrayBuffer, ` +
        'Buffer, TypedArray, or DataView.');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    return isAnyArrayBuffer(v) ? new Uint8Array(v) : v;
  };
  const a = check(buf1, 'buf1');
  const b = check(buf2, 'buf2');
  if (a.byteLength !== b.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(a, b);
}

module.exports = {
  Hash, Hmac, createHash, createHmac, getHashes, timingSafeEqual, getArrayBufferOrView, hash,
};
