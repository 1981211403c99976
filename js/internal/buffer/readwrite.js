'use strict';
// Buffer.prototype.read*/write* for every integer width (1..6 bytes, BigInt 64) and
// float/double, both endiannesses, with node's argument checks and error texts.

const {
  ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE,
} = require('internal/buffer/errors');

function validateNumber(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
}

// Why an offset (or byteLength) was refused: not an integer, or past the end.
function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Checks `offset` for a read or write of `width` bytes.
function checkBounds(buf, offset, width) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + width - 1] === undefined) {
    boundsError(offset, buf.length - width);
  }
}

function rangeText(min, width) {
  const n = typeof min === 'bigint' ? 'n' : '';
  const bits = width * 8;
  if (min === 0 || min === 0n) return `>= 0${n} and < 2${n} ** ${bits}${n}`;
  return `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
}

function checkInt(value, min, max, buf, offset, width) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    const range = width > 4 ? rangeText(min, width) : `>= ${min}${n} and <= ${max}${n}`;
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, width);
}

// ---- unsigned / signed integers, 1..6 bytes ----

function readUIntLEn(buf, offset, width) {
  if (offset === undefined) offset = 0;
  checkBounds(buf, offset, width);
  let v = 0;
  let mul = 1;
  for (let i = 0; i < width; i++) {
    v += buf[offset + i] * mul;
    mul *= 0x100;
  }
  return v;
}

function readUIntBEn(buf, offset, width) {
  if (offset === undefined) offset = 0;
  checkBounds(buf, offset, width);
  let v = 0;
  for (let i = 0; i < width; i++) v = v * 0x100 + buf[offset + i];
  return v;
}

function toSigned(v, width) {
  const limit = 2 ** (width * 8 - 1);
  return v >= limit ? v - limit * 2 : v;
}

function writeUIntLEn(buf, value, offset, width, min, max, noDefault) {
  if (offset === undefined && !noDefault) offset = 0;
  value = +value;
  checkInt(value, min, max, buf, offset, width);
  // Two's complement for negatives; NaN writes zeros as node does.
  value = Math.trunc(value);
  let v = value < 0 ? value + 2 ** (width * 8) : value;
  if (v !== v) v = 0;
  for (let i = 0; i < width; i++) {
    const b = v % 0x100;
    buf[offset + i] = b;
    v = (v - b) / 0x100;
  }
  return offset + width;
}

function writeUIntBEn(buf, value, offset, width, min, max, noDefault) {
  if (offset === undefined && !noDefault) offset = 0;
  value = +value;
  checkInt(value, min, max, buf, offset, width);
  value = Math.trunc(value);
  let v = value < 0 ? value + 2 ** (width * 8) : value;
  if (v !== v) v = 0;
  for (let i = width - 1; i >= 0; i--) {
    const b = v % 0x100;
    buf[offset + i] = b;
    v = (v - b) / 0x100;
  }
  return offset + width;
}

function uMax(width) { return 2 ** (width * 8) - 1; }
function sMin(width) { return -(2 ** (width * 8 - 1)); }
function sMax(width) { return 2 ** (width * 8 - 1) - 1; }

function checkReadOffset(offset) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
}

function checkByteLength(byteLength) {
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (!(byteLength >= 1 && byteLength <= 6) || Math.floor(byteLength) !== byteLength) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

// ---- floats ----

const f32 = new Float32Array(1);
const f32b = new Uint8Array(f32.buffer);
const f64 = new Float64Array(1);
const f64b = new Uint8Array(f64.buffer);
// The scratch arrays hold the host's order; x86 and arm64 are little-endian, but check.
const hostLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readFloat(buf, offset, bytes, scratch, arr, bigEndian) {
  if (offset === undefined) offset = 0;
  checkBounds(buf, offset, bytes.length);
  const n = bytes.length;
  if (bigEndian === hostLE) {
    for (let i = 0; i < n; i++) bytes[n - 1 - i] = buf[offset + i];
  } else {
    for (let i = 0; i < n; i++) bytes[i] = buf[offset + i];
  }
  return arr[0];
}

function writeFloat(buf, value, offset, bytes, arr, bigEndian) {
  if (offset === undefined) offset = 0;
  value = +value;
  checkBounds(buf, offset, bytes.length);
  arr[0] = value;
  const n = bytes.length;
  if (bigEndian === hostLE) {
    for (let i = 0; i < n; i++) buf[offset + i] = bytes[n - 1 - i];
  } else {
    for (let i = 0; i < n; i++) buf[offset + i] = bytes[i];
  }
  return offset + n;
}

// ---- BigInt ----

function readBig64(buf, offset, signed, bigEndian) {
  if (offset === undefined) offset = 0;
  checkBounds(buf, offset, 8);
  let hi;
  let lo;
  if (bigEndian) {
    hi = buf[offset] * 2 ** 24 + buf[offset + 1] * 2 ** 16 + buf[offset + 2] * 2 ** 8 + buf[offset + 3];
    lo = buf[offset + 4] * 2 ** 24 + buf[offset + 5] * 2 ** 16 + buf[offset + 6] * 2 ** 8 + buf[offset + 7];
  } else {
    lo = buf[offset] + buf[offset + 1] * 2 ** 8 + buf[offset + 2] * 2 ** 16 + buf[offset + 3] * 2 ** 24;
    hi = buf[offset + 4] + buf[offset + 5] * 2 ** 8 + buf[offset + 6] * 2 ** 16 + buf[offset + 7] * 2 ** 24;
  }
  if (signed && hi >= 2 ** 31) hi -= 2 ** 32;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function writeBig64(buf, value, offset, min, max, bigEndian) {
  if (offset === undefined) offset = 0;
  checkInt(value, min, max, buf, offset, 8);
  let lo = Number(value & 0xffffffffn);
  let hi = Number(value >> 32n & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[offset + (bigEndian ? 7 - i : i)] = lo & 0xff;
    lo >>>= 8;
    buf[offset + (bigEndian ? 3 - i : 4 + i)] = hi & 0xff;
    hi >>>= 8;
  }
  return offset + 8;
}

function addReadWriteMethods(proto) {
  const methods = {
    readUInt8(offset = 0) {
      validateNumber(offset, 'offset');
      const v = this[offset];
      if (v === undefined) boundsError(offset, this.length - 1);
      return v;
    },
    readInt8(offset = 0) {
      validateNumber(offset, 'offset');
      const v = this[offset];
      if (v === undefined) boundsError(offset, this.length - 1);
      return v | (v & 0x80) * 0x1fffffe;
    },
    writeUInt8(value, offset = 0) {
      value = +value;
      validateNumber(offset, 'offset');
      if (value > 0xff || value < 0) throw new ERR_OUT_OF_RANGE('value', '>= 0 and <= 255', value);
      if (this[offset] === undefined) boundsError(offset, this.length - 1);
      this[offset] = value;
      return offset + 1;
    },
    writeInt8(value, offset = 0) {
      value = +value;
      validateNumber(offset, 'offset');
      if (value > 0x7f || value < -0x80) throw new ERR_OUT_OF_RANGE('value', '>= -128 and <= 127', value);
      if (this[offset] === undefined) boundsError(offset, this.length - 1);
      this[offset] = value;
      return offset + 1;
    },
    readUInt16LE(offset) { return readUIntLEn(this, offset, 2); },
    readUInt16BE(offset) { return readUIntBEn(this, offset, 2); },
    readUInt32LE(offset) { return readUIntLEn(this, offset, 4); },
    readUInt32BE(offset) { return readUIntBEn(this, offset, 4); },
    readInt16LE(offset) { return toSigned(readUIntLEn(this, offset, 2), 2); },
    readInt16BE(offset) { return toSigned(readUIntBEn(this, offset, 2), 2); },
    readInt32LE(offset) { return toSigned(readUIntLEn(this, offset, 4), 4); },
    readInt32BE(offset) { return toSigned(readUIntBEn(this, offset, 4), 4); },
    readUIntLE(offset, byteLength) {
      checkReadOffset(offset);
      checkByteLength(byteLength);
      return readUIntLEn(this, offset, byteLength);
    },
    readUIntBE(offset, byteLength) {
      checkReadOffset(offset);
      checkByteLength(byteLength);
      return readUIntBEn(this, offset, byteLength);
    },
    readIntLE(offset, byteLength) {
      checkReadOffset(offset);
      checkByteLength(byteLength);
      return toSigned(readUIntLEn(this, offset, byteLength), byteLength);
    },
    readIntBE(offset, byteLength) {
      checkReadOffset(offset);
      checkByteLength(byteLength);
      return toSigned(readUIntBEn(this, offset, byteLength), byteLength);
    },
    writeUInt16LE(value, offset) { return writeUIntLEn(this, value, offset, 2, 0, 0xffff); },
    writeUInt16BE(value, offset) { return writeUIntBEn(this, value, offset, 2, 0, 0xffff); },
    writeUInt32LE(value, offset) { return writeUIntLEn(this, value, offset, 4, 0, 0xffffffff); },
    writeUInt32BE(value, offset) { return writeUIntBEn(this, value, offset, 4, 0, 0xffffffff); },
    writeInt16LE(value, offset) { return writeUIntLEn(this, value, offset, 2, -0x8000, 0x7fff); },
    writeInt16BE(value, offset) { return writeUIntBEn(this, value, offset, 2, -0x8000, 0x7fff); },
    writeInt32LE(value, offset) {
      return writeUIntLEn(this, value, offset, 4, -0x80000000, 0x7fffffff);
    },
    writeInt32BE(value, offset) {
      return writeUIntBEn(this, value, offset, 4, -0x80000000, 0x7fffffff);
    },
    writeUIntLE(value, offset, byteLength) {
      checkByteLength(byteLength);
      if (byteLength === 1) return writeUIntLEn(this, value, offset, 1, 0, 0xff, true);
      return writeUIntLEn(this, value, offset, byteLength, 0, uMax(byteLength), true);
    },
    writeUIntBE(value, offset, byteLength) {
      checkByteLength(byteLength);
      if (byteLength === 1) return writeUIntLEn(this, value, offset, 1, 0, 0xff, true);
      return writeUIntBEn(this, value, offset, byteLength, 0, uMax(byteLength), true);
    },
    writeIntLE(value, offset, byteLength) {
      checkByteLength(byteLength);
      if (byteLength === 1) return writeUIntLEn(this, value, offset, 1, -0x80, 0x7f, true);
      return writeUIntLEn(this, value, offset, byteLength, sMin(byteLength), sMax(byteLength), true);
    },
    writeIntBE(value, offset, byteLength) {
      checkByteLength(byteLength);
      if (byteLength === 1) return writeUIntLEn(this, value, offset, 1, -0x80, 0x7f, true);
      return writeUIntBEn(this, value, offset, byteLength, sMin(byteLength), sMax(byteLength), true);
    },
    readFloatLE(offset) { return readFloat(this, offset, f32b, f32, f32, false); },
    readFloatBE(offset) { return readFloat(this, offset, f32b, f32, f32, true); },
    readDoubleLE(offset) { return readFloat(this, offset, f64b, f64, f64, false); },
    readDoubleBE(offset) { return readFloat(this, offset, f64b, f64, f64, true); },
    writeFloatLE(value, offset) { return writeFloat(this, value, offset, f32b, f32, false); },
    writeFloatBE(value, offset) { return writeFloat(this, value, offset, f32b, f32, true); },
    writeDoubleLE(value, offset) { return writeFloat(this, value, offset, f64b, f64, false); },
    writeDoubleBE(value, offset) { return writeFloat(this, value, offset, f64b, f64, true); },
    readBigUInt64LE(offset) { return readBig64(this, offset, false, false); },
    readBigUInt64BE(offset) { return readBig64(this, offset, false, true); },
    readBigInt64LE(offset) { return readBig64(this, offset, true, false); },
    readBigInt64BE(offset) { return readBig64(this, offset, true, true); },
    writeBigUInt64LE(value, offset) {
      return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, false);
    },
    writeBigUInt64BE(value, offset) {
      return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, true);
    },
    writeBigInt64LE(value, offset) {
      return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
    },
    writeBigInt64BE(value, offset) {
      return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
    },
  };
  for (const name of Object.keys(methods)) {
    Object.defineProperty(proto, name, {
      value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
  // Every "UInt" method also answers to "Uint", sharing the same function.
  for (const name of Object.keys(methods)) {
    if (name.includes('UInt')) {
      Object.defineProperty(proto, name.replace('UInt', 'Uint'), {
        value: methods[name], writable: true, enumerable: true, configurable: true,
      });
    }
  }
}

module.exports = { addReadWriteMethods, boundsError, validateNumber };
