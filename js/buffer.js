'use strict';
// Buffer: a Uint8Array subclass with node's API. Byte<->string conversion, compare,
// search, fill and copy run in internalBinding('buffer'); argument checking and the
// small-allocation pool live here. Integer/float accessors: internal/buffer/readwrite.

const binding = internalBinding('buffer');
const { markAsUntransferable } = require('internal/buffer/untransferable');
const { types } = internalBinding('util');
const {
  ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
  ERR_INVALID_BUFFER_SIZE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING,
} = require('internal/buffer/errors');
const { addReadWriteMethods } = require('internal/buffer/readwrite');
const {
  normalizeEncoding, normalizeEncodingString, kEnc, isUint8Array,
} = require('internal/buffer/encoding');

const kMaxLength = 2 ** 32;
const TypedArraySet = Object.getPrototypeOf(Uint8Array.prototype).set;
// A typed array's length read through its getter. In V8 10.2 the concurrent optimizer
// leaves `view.length` on an array element as a generic property load (~10 ns, against
// ~1 ns when inlined); calling the getter directly costs about a third of that. Used in
// the loops over lists of Buffers.
const TypedArrayLength = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), 'length').get;
const kStringMaxLength = binding.kStringMaxLength;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});
const customInspect = Symbol.for('nodejs.util.inspect.custom');

let INSPECT_MAX_BYTES = 50;

// All Buffers are FastBuffers: `Buffer` itself is only the legacy constructor, sharing
// FastBuffer's prototype so instanceof works both ways.
class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// ---- the pool for small unsafe allocations ----

let poolSize;
let poolOffset;
let allocPool;

// --zero-fill-buffers: allocUnsafe, Buffer(n) and SlowBuffer hand out zeroed memory too
// (a fresh zeroed pool is enough, as its slices are never handed out twice).
const zeroFill = internalBinding('process').options.zeroFillBuffers === true;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = zeroFill ? new ArrayBuffer(poolSize) : binding.createUnsafeArrayBuffer(poolSize);
  markAsUntransferable(allocPool);
  poolOffset = 0;
}

function alignPool() {
  // Keeps every pooled Buffer 8-byte aligned so wider typed-array views over it work.
  if (poolOffset & 7) {
    poolOffset |= 7;
    poolOffset++;
  }
}

function createUnsafeBuffer(size) {
  // Small ones stay on V8's heap (up to its 64-byte limit for typed arrays), as in node:
  // zeroing them costs less than making an ArrayBuffer.
  if (size <= 64 || zeroFill) return new FastBuffer(size);
  return new FastBuffer(binding.createUnsafeArrayBuffer(size));
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || size > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

// ---- argument checks ----

function validateSize(size) {
  if (typeof size !== 'number') throw new ERR_INVALID_ARG_TYPE('size', 'number', size);
  if (!(size >= 0 && size <= kMaxLength)) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
  }
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateUint8(value, name) {
  if (!isUint8Array(value)) throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'Uint8Array'], value);
}

// Errors node raises from native code: a code, but shorter texts than the JS ones.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  Object.defineProperty(err, 'code', {
    value: code, enumerable: true, writable: true, configurable: true,
  });
  return err;
}

function notAString() {
  return nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
}

function isAnyArrayBuffer(v) {
  return types.isArrayBuffer(v) || types.isSharedArrayBuffer(v);
}

// ---- per-encoding operations ----

function base64ByteLength(str, bytes) {
  // Trailing '=' padding carries no data.
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

function stringToBytes(string, enc) {
  return new FastBuffer(binding.fromString(string, enc));
}

function searchString(buf, val, byteOffset, dir, enc) {
  let needle;
  if (enc === kEnc.utf8 && val.length === 1 && val.charCodeAt(0) < 0x80) {
    return binding.indexOfNumber(buf, val.charCodeAt(0), byteOffset, dir);
  }
  needle = stringToBytes(val, enc);
  if (enc === kEnc.ucs2) byteOffset -= byteOffset % 2;
  return binding.indexOfBuffer(buf, needle, byteOffset, enc === kEnc.ucs2 ? 2 : 1, dir);
}

function makeOps(name, enc, byteLength) {
  return {
    encoding: name,
    encodingVal: enc,
    byteLength,
    write: (buf, string, offset, len) => binding.write(buf, string, offset, len, enc),
    slice: (buf, start, end) => binding.slice(buf, enc, start, end),
    indexOf: (buf, val, byteOffset, dir) => searchString(buf, val, byteOffset, dir, enc),
  };
}

const encodingOps = {
  utf8: makeOps('utf8', kEnc.utf8, (s) => binding.byteLengthUtf8(s)),
  ucs2: makeOps('utf16le', kEnc.ucs2, (s) => s.length * 2),
  latin1: makeOps('latin1', kEnc.latin1, (s) => s.length),
  ascii: makeOps('ascii', kEnc.ascii, (s) => s.length),
  base64: makeOps('base64', kEnc.base64, (s) => base64ByteLength(s, s.length)),
  base64url: makeOps('base64url', kEnc.base64url, (s) => base64ByteLength(s, s.length)),
  hex: makeOps('hex', kEnc.hex, (s) => s.length >>> 1),
};
encodingOps.utf16le = encodingOps.ucs2;

function getEncodingOps(encoding) {
  if (encoding === 'utf8' || encoding === 'utf-8') return encodingOps.utf8;
  const norm = normalizeEncodingString(encoding);
  return norm === undefined ? undefined : encodingOps[norm];
}

// ---- the Buffer function and its statics ----

// Whether the code calling Buffer() (the first frame outside nodus's own modules) is in
// a node_modules directory: node does not warn dependencies' users about it.
function calledFromNodeModules() {
  const limit = Error.stackTraceLimit;
  const prepare = Error.prepareStackTrace;
  Error.stackTraceLimit = 16;
  Error.prepareStackTrace = (_, frames) => frames;
  const holder = {};
  Error.captureStackTrace(holder, Buffer);
  const frames = holder.stack;
  Error.prepareStackTrace = prepare;
  Error.stackTraceLimit = limit;
  if (!Array.isArray(frames)) return false;
  for (const frame of frames) {
    const file = frame.getFileName();
    if (!file || file.startsWith('node:')) continue;
    return /(?:^|[\\/])node_modules[\\/]/.test(file);
  }
  return false;
}

let bufferWarned = false;
function showDeprecation() {
  if (bufferWarned) return;
  const pending = internalBinding('process').options.pendingDeprecation ||
    process.env.NODE_PENDING_DEPRECATION === '1';
  if (!pending && calledFromNodeModules()) return;
  bufferWarned = true;
  process.emitWarning(
    'Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  showDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  get() { return FastBuffer; }, enumerable: false, configurable: true,
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 8 * 1024;

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const len = obj.length;
  if (!(len > 0)) return new FastBuffer();
  const b = allocate(len);
  if (len < 32 && Array.isArray(obj)) {
    for (let i = 0; i < len; i++) b[i] = obj[i];
  } else {
    b.set(obj, 0);
  }
  return b;
}

function fromStringWith(string, ops) {
  const enc = ops.encodingVal;
  const len = string.length;
  const half = Buffer.poolSize >>> 1;
  // Small results go into the pool. UTF-8 is written into room for its worst case
  // (3 bytes per UTF-16 unit) rather than measured first; the others know their size.
  let room = enc === kEnc.utf8 ? len * 3 : ops.byteLength(string);
  if (room >= half && enc === kEnc.utf8 && len < half) {
    room = binding.byteLengthUtf8(string);
  }
  if (room < half) {
    if (allocPool === undefined || room > poolSize - poolOffset) createPool();
    const start = poolOffset;
    const written = binding.write(allocPool, string, start, room, enc);
    poolOffset += written;
    alignPool();
    return new FastBuffer(allocPool, start, written);
  }
  return stringToBytes(string, enc);
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringWith(string, ops);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || types.isDataView(view)) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateOffset(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateOffset(length, 'length', 0, Number.MAX_SAFE_INTEGER);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const b = allocate(bytes.length);
  b.set(bytes);
  return b;
};

Buffer.of = function of(...items) {
  return fromArrayLike(items);
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return fillImpl(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return createUnsafeBuffer(size);
};

function SlowBuffer(size) {
  validateSize(size);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  validateUint8(buf1, 'buf1');
  validateUint8(buf2, 'buf2');
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
  const count = list.length;
  if (count === 0) return new FastBuffer();
  let total = 0;
  const lengths = [];
  for (let i = 0; i < count; i++) {
    const buf = list[i];
    // Anything not a Uint8Array takes the general path, which raises node's errors.
    if (!isUint8Array(buf)) return concatSlow(list, length);
    const n = TypedArrayLength.call(buf);
    lengths.push(n);
    total += n;
  }
  if (length === undefined) {
    length = total;
  } else {
    validateOffset(length, 'length');
    if (length !== total) return concatSlow(list, length);
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < count; i++) {
    buffer.set(list[i], pos);
    pos += lengths[i];
  }
  return buffer;
};

// Lists with an entry that is not a Uint8Array (an error), or an explicit length that
// cuts or pads the data.
function concatSlow(list, length) {
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    if (pos >= length) continue;
    const n = buf.length;
    // TypedArray set() is a memcpy inside V8, cheaper than a call into the binding.
    if (n <= length - pos) {
      TypedArraySet.call(buffer, buf, pos);
      pos += n;
    } else {
      pos += binding.copy(buf, buffer, pos, 0, n);
    }
  }
  // An explicit length longer than the data is zero-filled, never left uninitialised.
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  const mustMatch = arguments.length > 2 && arguments[2] === true;
  if (!mustMatch && len === 0) return 0;
  if (!encoding) return mustMatch ? -1 : binding.byteLengthUtf8(string);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return mustMatch ? -1 : binding.byteLengthUtf8(string);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// ---- prototype ----

const proto = Buffer.prototype;

function defineMethods(target, methods) {
  for (const name of Object.keys(methods)) {
    Object.defineProperty(target, name, {
      value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
}

addReadWriteMethods(proto);

// xxxSlice(start, end) / xxxWrite(string, offset, length) per encoding, as node has.
for (const [name, ops] of [['ascii', encodingOps.ascii], ['base64', encodingOps.base64],
  ['base64url', encodingOps.base64url], ['latin1', encodingOps.latin1], ['hex', encodingOps.hex],
  ['ucs2', encodingOps.ucs2], ['utf8', encodingOps.utf8]]) {
  const enc = ops.encodingVal;
  defineMethods(proto, {
    [`${name}Slice`](start, end) {
      if (!ArrayBuffer.isView(this)) {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
      }
      const len = this.length;
      start = start === undefined ? 0 : Math.trunc(+start) || 0;
      end = end === undefined ? len : Math.trunc(+end) || 0;
      if (start < 0 || end > len) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
      return binding.slice(this, enc, start, end);
    },
  });
  defineMethods(proto, {
    [`${name}Write`](string, offset = 0, length = this.length - offset) {
      if (typeof string !== 'string') throw notAString();
      if (offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
      if (offset < 0 || length < 0) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
      return binding.write(this, string, offset, length, enc);
    },
  });
}

Object.defineProperty(proto, 'parent', {
  get() { return this instanceof Buffer ? this.buffer : undefined; },
  enumerable: true, configurable: true,
});
Object.defineProperty(proto, 'offset', {
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
  enumerable: true, configurable: true,
});

function toInteger(n, dflt) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return dflt;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  validateUint8(source, 'source');
  validateUint8(target, 'target');
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return binding.copy(source, target, targetStart, sourceStart, Math.min(sourceEnd, source.length));
}

function adjustOffset(offset, length) {
  // Math.trunc keeps offsets beyond int32 intact.
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

function indexOfImpl(buffer, val, byteOffset, encoding, dir) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  const len = buffer.length;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : len;
  byteOffset = Math.trunc(byteOffset);
  let ops;
  if (typeof val !== 'number') {
    ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
    if (typeof val === 'string') {
      if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    } else if (!isUint8Array(val)) {
      throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
    }
  }
  const needleLen = typeof val === 'number' ? 1 :
    typeof val === 'string' ? (val.length === 0 ? 0 : -1) : val.length;
  if (byteOffset < 0) {
    byteOffset += len;
    if (byteOffset < 0) {
      if (!dir) return needleLen === 0 ? 0 : -1;
      byteOffset = 0;
    }
  }
  if (needleLen === 0) return byteOffset > len ? len : byteOffset;
  if (typeof val === 'number') return binding.indexOfNumber(buffer, val >>> 0, byteOffset, dir);
  if (typeof val === 'string') return ops.indexOf(buffer, val, byteOffset, dir);
  const step = ops !== undefined && ops.encodingVal === kEnc.ucs2 ? 2 : 1;
  return binding.indexOfBuffer(buffer, val, byteOffset, step, dir);
}

function fillImpl(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const norm = normalizeEncoding(encoding);
    if (norm === undefined) {
      if (typeof encoding !== 'string') throw new ERR_INVALID_ARG_TYPE('encoding', 'string', encoding);
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    encoding = norm;
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((norm === 'utf8' && code < 128) || norm === 'latin1') value = code;
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  // `length` can be redefined on a Buffer; the bytes that exist are byteLength.
  if (end > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  if (typeof value === 'number') {
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  let pattern;
  if (typeof value === 'string') {
    pattern = stringToBytes(value, encodingOps[encoding].encodingVal);
  } else if (ArrayBuffer.isView(value)) {
    pattern = value;
  } else {
    Uint8Array.prototype.fill.call(buf, (+value >>> 0) & 255, offset, end);
    return buf;
  }
  if (pattern.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  binding.fill(buf, pattern, offset, end);
  return buf;
}

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

defineMethods(proto, {
  copy(target, targetStart, sourceStart, sourceEnd) {
    return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
  },

  toString(encoding, start, end) {
    if (arguments.length === 0) return binding.slice(this, kEnc.utf8, 0, this.length);
    const len = this.length;
    if (start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    if (encoding === undefined) return binding.slice(this, kEnc.utf8, start, end);
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return binding.slice(this, ops.encodingVal, start, end);
  },

  equals(otherBuffer) {
    validateUint8(otherBuffer, 'otherBuffer');
    if (this === otherBuffer) return true;
    const len = this.byteLength;
    if (len !== otherBuffer.byteLength) return false;
    return len === 0 || binding.compare(this, otherBuffer) === 0;
  },

  inspect(recurseTimes, ctx) {
    return inspectBuffer(this, ctx);
  },

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    validateUint8(target, 'target');
    if (arguments.length === 1) return binding.compare(this, target);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    if (targetStart > target.length) throw new ERR_OUT_OF_RANGE('targetStart', `>= 0 && <= ${target.length}`, targetStart);
    if (sourceStart > this.length) throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
    return binding.compare(this, target, sourceStart, sourceEnd, targetStart, targetEnd);
  },

  indexOf: function indexOf(val, byteOffset, encoding) {
    return indexOfImpl(this, val, byteOffset, encoding, true);
  },

  lastIndexOf: function lastIndexOf(val, byteOffset, encoding) {
    return indexOfImpl(this, val, byteOffset, encoding, false);
  },

  includes: function includes(val, byteOffset, encoding) {
    return this.indexOf(val, byteOffset, encoding) !== -1;
  },

  fill(value, offset, end, encoding) {
    return fillImpl(this, value, offset, end, encoding);
  },

  write(string, offset, length, encoding) {
    if (typeof string !== 'string') throw notAString();
    if (offset === undefined) return binding.write(this, string, 0, this.length, kEnc.utf8);
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    if (!encoding || encoding === 'utf8') {
      return binding.write(this, string, offset, length, kEnc.utf8);
    }
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return binding.write(this, string, offset, length, ops.encodingVal);
  },

  toJSON() {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; i++) data[i] = this[i];
    return { type: 'Buffer', data };
  },

  subarray(start, end) {
    const srcLength = this.length;
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
    const newLength = end > start ? end - start : 0;
    return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
  },

  slice(start, end) {
    return this.subarray(start, end);
  },

  swap16() {
    const len = this.length;
    if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
    for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
    return this;
  },

  swap32() {
    const len = this.length;
    if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
    for (let i = 0; i < len; i += 4) {
      swap(this, i, i + 3);
      swap(this, i + 1, i + 2);
    }
    return this;
  },

  swap64() {
    const len = this.length;
    if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
    for (let i = 0; i < len; i += 8) {
      swap(this, i, i + 7);
      swap(this, i + 1, i + 6);
      swap(this, i + 2, i + 5);
      swap(this, i + 3, i + 4);
    }
    return this;
  },
});
proto.toLocaleString = proto.toString;

function inspectBuffer(buf, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, buf.length);
  const remaining = buf.length - max;
  let str = binding.slice(buf, kEnc.hex, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Own non-index properties are shown too, as for any other object.
  if (ctx) {
    const { getOwnNonIndexProperties, propertyFilter } = internalBinding('util');
    const filter = ctx.showHidden ? propertyFilter.ALL_PROPERTIES : propertyFilter.ONLY_ENUMERABLE;
    const keys = getOwnNonIndexProperties(buf, filter);
    if (keys.length > 0) {
      const { inspect } = require('internal/util/inspect');
      const parts = [];
      for (const key of keys) {
        const k = typeof key === 'symbol' ? `[${key.toString()}]` :
          /^[A-Za-z_$][\w$]*$/.test(key) ? key : inspect(key);
        parts.push(`${k}: ${inspect(buf[key], { ...ctx, breakLength: Infinity, compact: true })}`);
      }
      if (buf.length !== 0) str += ', ';
      str += parts.join(', ');
    }
  }
  const name = buf.constructor && typeof buf.constructor.name === 'string' ?
    buf.constructor.name : 'Buffer';
  return `<${name} ${str}>`;
}

Object.defineProperty(proto, customInspect, {
  value: proto.inspect, writable: true, enumerable: false, configurable: true,
});

// ---- module-level helpers ----

function transcode(source, fromEncoding, toEncoding) {
  validateUint8(source, 'source');
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding);
  const to = normalizeEncoding(toEncoding);
  const ok = ['utf8', 'utf16le', 'latin1', 'ascii', 'ucs2'];
  if (!ok.includes(from) || !ok.includes(to)) {
    const err = new Error(`Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let str = Buffer.prototype.toString.call(source, from === 'utf16le' ? 'ucs2' : from);
  if (to === 'latin1' || to === 'ascii') {
    const limit = to === 'ascii' ? 0x7f : 0xff;
    let out = '';
    for (const ch of str) out += ch.codePointAt(0) > limit ? '?' : ch;
    str = out;
  }
  return Buffer.from(str, to);
}

function isUtf8(input) {
  if (ArrayBuffer.isView(input) || isAnyArrayBuffer(input)) {
    if (binding.isDetached(input)) {
      throw nativeError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
    }
    return binding.isUtf8(input);
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (ArrayBuffer.isView(input) || isAnyArrayBuffer(input)) {
    if (binding.isDetached(input)) {
      throw nativeError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
    }
    return binding.isAscii(input);
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function invalidChar(message) {
  const { DOMException } = require('internal/domexception');
  return new DOMException(message, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidChar('Invalid character');
  }
  return binding.slice(fromString(input, 'latin1'), kEnc.base64, 0, Infinity);
}

// WHATWG forgiving-base64: ASCII whitespace ignored, at most two '=' and only at the
// end, data length mod 4 never 1.
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let count = 0;
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20) continue;
    const isDigit = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
    if (c === 0x3d) {
      equals++;
      count++;
      if (equals > 2) throw invalidChar('Invalid character');
    } else if (isDigit) {
      if (equals) throw invalidChar('Invalid character');
      count++;
    } else {
      throw invalidChar('Invalid character');
    }
  }
  let rest = count % 4;
  if (rest === 0) {
    rest = (count - equals) % 4;
  } else if (equals) {
    throw invalidChar('The string to be decoded is not correctly encoded.');
  }
  if (rest === 1) throw invalidChar('The string to be decoded is not correctly encoded.');
  return binding.slice(fromString(input, 'base64'), kEnc.latin1, 0, Infinity);
}

let blobModule;
function lazyBlob() {
  if (blobModule === undefined) blobModule = require('internal/buffer/blob');
  return blobModule;
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  FastBuffer,
};

Object.defineProperties(module.exports, {
  INSPECT_MAX_BYTES: {
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      if (typeof val !== 'number') throw new ERR_INVALID_ARG_TYPE('INSPECT_MAX_BYTES', 'number', val);
      if (!(val >= 0)) throw new ERR_OUT_OF_RANGE('INSPECT_MAX_BYTES', '>= 0', val);
      INSPECT_MAX_BYTES = val;
    },
  },
  Blob: { configurable: true, enumerable: true, get: () => lazyBlob().Blob },
  File: { configurable: true, enumerable: true, get: () => lazyBlob().File },
  resolveObjectURL: { configurable: true, enumerable: true, get: () => lazyBlob().resolveObjectURL },
});
// FastBuffer is for the runtime's own modules; user code sees node's export list.
Object.defineProperty(module.exports, 'FastBuffer', { enumerable: false });

// V8 keeps an object that became a prototype in dictionary mode until an inline cache
// first looks a property up through it; node's startup snapshot has Buffer.prototype in
// fast mode already. A few lookups here (enough for V8 to give the function feedback)
// make it fast before user code is compiled against it.
{
  const probe = Buffer.alloc(0);
  const lookUp = () => typeof probe.__nodusProbe;
  for (let i = 0; i < 16; i++) lookUp();
}
