'use strict';
// randomBytes, randomFill(Sync), randomInt, randomUUID, getRandomValues on OpenSSL's
// DRBG (random.c). randomInt and randomUUID draw from a small JS-side cache of random
// bytes so that each call does not cross into native code.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  validateFunction, validateNumber, validateObject, validateBoolean,
} = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/crypto/util');

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = Math.min(require('buffer').kMaxLength, kMaxInt32);

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  return size >>> 0;
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxInt32);
}

function randomBytes(size, callback) {
  validateSize(size);
  size = Math.floor(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  // A fresh (unpooled) buffer: random output must not share memory with other data.
  const buf = allocUnpooled(size);
  if (callback === undefined) {
    binding.randomFillSync(buf, 0, size);
    return buf;
  }
  binding.randomFill(buf, 0, size, (err) => {
    if (err) callback(err);
    else callback(null, buf);
  });
}

function allocUnpooled(size) {
  return Buffer.from(new ArrayBuffer(size));
}

function checkFillTarget(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  return isAnyArrayBuffer(buf) ? 1 : (buf.BYTES_PER_ELEMENT || 1);
}

function randomFillSync(buf, offset = 0, size) {
  const elementSize = checkFillTarget(buf);
  const length = buf.byteLength;
  offset = assertOffset(offset, elementSize, length);
  if (size === undefined) size = length - offset;
  else size = assertSize(size, elementSize, offset, length);
  if (size === 0) return buf;
  // A view for ArrayBuffer and SharedArrayBuffer alike (Node-API sees only the former).
  binding.randomFillSync(isAnyArrayBuffer(buf) ? new Uint8Array(buf) : buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  const elementSize = checkFillTarget(buf);
  const length = buf.byteLength;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = length;
  } else if (typeof size === 'function') {
    callback = size;
    offset = assertOffset(offset, elementSize, length);
    size = length - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, length);
    if (size === undefined) size = length - offset;
    else size = assertSize(size, elementSize, offset, length);
  }
  validateFunction(callback, 'callback');
  if (size === 0) {
    process.nextTick(callback, null, buf);
    return;
  }
  binding.randomFill(isAnyArrayBuffer(buf) ? new Uint8Array(buf) : buf, offset, size, (err) => {
    if (err) callback(err);
    else callback(null, buf);
  });
}

// ---- randomInt: rejection sampling over 48-bit values from a byte cache ----

const RAND_MAX = 0xFFFF_FFFF_FFFF;
const randomCache = Buffer.from(new ArrayBuffer(6 * 1024));
let randomCacheOffset = randomCache.length;

function nextRandom48() {
  if (randomCacheOffset >= randomCache.length) {
    binding.randomFillSync(randomCache, 0, randomCache.length);
    randomCacheOffset = 0;
  }
  const x = randomCache.readUIntBE(randomCacheOffset, 6);
  randomCacheOffset += 6;
  return x;
}

function randomInt(min, max, callback) {
  // randomInt(max[, callback]) takes 0 as min.
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  // Values at or above randLimit would favour the low residues.
  const randLimit = RAND_MAX - (RAND_MAX % range);
  let x;
  do {
    x = nextRandom48();
  } while (x >= randLimit);
  const n = (x % range) + min;
  if (isSync) return n;
  process.nextTick(callback, undefined, n);
}

// ---- randomUUID (version 4) ----

const kHex = [];
for (let i = 0; i < 256; i++) kHex.push((i < 16 ? '0' : '') + i.toString(16));
const uuidCache = Buffer.from(new ArrayBuffer(16 * 128));
let uuidCacheOffset = uuidCache.length;

function serializeUUID(buf, o) {
  const h = kHex;
  return h[buf[o]] + h[buf[o + 1]] + h[buf[o + 2]] + h[buf[o + 3]] + '-' +
    h[buf[o + 4]] + h[buf[o + 5]] + '-' +
    h[(buf[o + 6] & 0x0f) | 0x40] + h[buf[o + 7]] + '-' +
    h[(buf[o + 8] & 0x3f) | 0x80] + h[buf[o + 9]] + '-' +
    h[buf[o + 10]] + h[buf[o + 11]] + h[buf[o + 12]] + h[buf[o + 13]] + h[buf[o + 14]] + h[buf[o + 15]];
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  if (disableEntropyCache) {
    const buf = Buffer.alloc(16);
    binding.randomFillSync(buf, 0, 16);
    return serializeUUID(buf, 0);
  }
  if (uuidCacheOffset >= uuidCache.length) {
    binding.randomFillSync(uuidCache, 0, uuidCache.length);
    uuidCacheOffset = 0;
  }
  const s = serializeUUID(uuidCache, uuidCacheOffset);
  uuidCacheOffset += 16;
  return s;
}

// ---- Web Crypto's getRandomValues ----

function isIntegerTypedArray(data) {
  if (!ArrayBuffer.isView(data) || data instanceof DataView) return false;
  const tag = Object.prototype.toString.call(data).slice(8, -1);
  return tag !== 'Float32Array' && tag !== 'Float64Array' && tag !== 'Float16Array';
}

function getRandomValues(data) {
  if (!isIntegerTypedArray(data)) {
    const { DOMException } = require('internal/domexception');
    throw new DOMException('The data argument must be an integer-type TypedArray',
      'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    const { DOMException } = require('internal/domexception');
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  if (data.byteLength > 0) binding.randomFillSync(data, 0, data.byteLength);
  return data;
}

module.exports = {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, getRandomValues,
};
