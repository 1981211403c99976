'use strict';
// hkdf / hkdfSync (kdf.c, RFC 5869). The result is an ArrayBuffer, as in node.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateFunction, validateInteger, validateString } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/crypto/util');

const kMaxLength = 2 ** 32;
const kByteTypes = ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];

function byteSource(value, name) {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (isArrayBufferView(value)) return value;
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  throw new ERR_INVALID_ARG_TYPE(name, kByteTypes, value);
}

// ikm may also be a secret KeyObject (internal/crypto/keys, recognised by shape).
function keyBytes(key) {
  if (key !== null && typeof key === 'object' && key.type === 'secret' &&
      typeof key.export === 'function' && typeof key.symmetricKeySize === 'number') {
    return key.export();
  }
  try {
    return byteSource(key, 'ikm');
  } catch {
    throw new ERR_INVALID_ARG_TYPE('ikm',
      ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
  }
}

function check(digest, ikm, salt, info, length) {
  validateString(digest, 'digest');
  ikm = keyBytes(ikm);
  salt = byteSource(salt, 'salt');
  info = byteSource(info, 'info');
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  return { ikm, salt, info };
}

function hkdf(digest, ikm, salt, info, length, callback) {
  const a = check(digest, ikm, salt, info, length);
  validateFunction(callback, 'callback');
  binding.hkdf(digest, a.ikm, a.salt, a.info, length, callback);
}

function hkdfSync(digest, ikm, salt, info, length) {
  const a = check(digest, ikm, salt, info, length);
  return binding.hkdf(digest, a.ikm, a.salt, a.info, length);
}

module.exports = { hkdf, hkdfSync };
