'use strict';
// createCipheriv / createDecipheriv (cipher.c): LazyTransform streams over an
// EVP_CIPHER_CTX, with node's argument checks, output encodings through a StringDecoder
// (so multi-byte characters split across update() calls come out whole) and the AEAD
// methods (setAAD, getAuthTag, setAuthTag).

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CRYPTO_INVALID_STATE, ERR_UNKNOWN_ENCODING,
    ERR_INTERNAL_ASSERTION,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const {
  kHandle, isArrayBufferView, isAnyArrayBuffer, normalizeEncoding, LazyTransform,
} = require('internal/crypto/util');

const kKeyTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject',
  'CryptoKey'];
const kBufferTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function toBytes(value, name, encoding, types = kBufferTypes) {
  if (typeof value === 'string') {
    const enc = normalizeEncoding(encoding);
    return Buffer.from(value, enc === undefined || enc === null || enc === 'buffer' ? 'utf8' : enc);
  }
  if (isArrayBufferView(value)) return value;
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  throw new ERR_INVALID_ARG_TYPE(name, types, value);
}

// Secret keys may come as KeyObject / CryptoKey (internal/crypto/keys), told by shape.
function secretKeyBytes(key, encoding) {
  if (key !== null && typeof key === 'object' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    if (key.type === 'secret' && typeof key.export === 'function') return key.export();
    let keys;
    try {
      keys = require('internal/crypto/keys');
    } catch {
      keys = {};
    }
    if (keys.isCryptoKey && keys.isCryptoKey(key)) {
      const ko = key[keys.kKeyObject];
      if (ko && ko.type === 'secret') return ko.export();
    }
  }
  return toBytes(key, 'key', encoding, kKeyTypes);
}

function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) validateString(value, `options.${key}`);
  return value;
}

function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) throw new ERR_INVALID_ARG_VALUE(`options.${key}`, value);
    return value;
  }
  return -1;
}

function createCipher(self, cipher, key, iv, options, decipher) {
  validateString(cipher, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  const keyBytes = secretKeyBytes(key, encoding);
  const ivBytes = iv === null ? null : toBytes(iv, 'iv', encoding);
  const authTagLength = getUIntOption(options, 'authTagLength');
  self[kHandle] = binding.cipherNew(cipher, keyBytes, ivBytes, !decipher, authTagLength);
  // setAuthTag may owe DEP0182 for a short GCM tag when no tag length was promised.
  if (decipher && authTagLength === -1) self[kNoTagLength] = cipher;
  self._decoder = null;
  LazyTransform.call(self, options);
}

const kDecoderEncoding = Symbol('kDecoderEncoding');
const kNoTagLength = Symbol('kNoTagLength');

// DEP0182, only under --pending-deprecation (or NODE_PENDING_DEPRECATION=1), once.
let shortTagWarned = false;
function warnShortGcmTag(cipher) {
  if (shortTagWarned) return;
  const pending = internalBinding('process').options.pendingDeprecation ||
    process.env.NODE_PENDING_DEPRECATION === '1';
  if (!pending) return;
  const info = binding.getCipherInfo(cipher, -1, -1);
  if (!info || info.mode !== 'gcm') return;
  shortTagWarned = true;
  process.emitWarning('Using AES-GCM authentication tags of less than 128 bits without ' +
    'specifying the authTagLength option when initializing decryption is deprecated.',
  'DeprecationWarning', 'DEP0182');
}

// One StringDecoder per stream: node refuses to switch its encoding midway (an internal
// assertion there, kept for the same message).
function decoderFor(self, encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (self._decoder === null) {
    const { StringDecoder } = require('string_decoder');
    self._decoder = new StringDecoder(enc);
    self[kDecoderEncoding] = enc;
  } else if (self[kDecoderEncoding] !== enc) {
    throw new ERR_INTERNAL_ASSERTION('Cannot change encoding');
  }
  return self._decoder;
}

function update(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    const enc = normalizeEncoding(inputEncoding);
    if (enc === 'hex' && data.length % 2 !== 0) {
      throw new ERR_INVALID_ARG_VALUE('encoding', inputEncoding,
        `is invalid for data of length ${data.length}`);
    }
    data = Buffer.from(data, enc === undefined || enc === null || enc === 'buffer' ? 'utf8' : enc);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const ret = binding.cipherUpdate(this[kHandle], data);
  if (outputEncoding && outputEncoding !== 'buffer') {
    return decoderFor(this, outputEncoding).write(ret);
  }
  return ret;
}

function final(outputEncoding) {
  const ret = binding.cipherFinal(this[kHandle]);
  if (outputEncoding && outputEncoding !== 'buffer') {
    return decoderFor(this, outputEncoding).end(ret);
  }
  return ret;
}

function setAutoPadding(ap) {
  if (!binding.cipherSetAutoPadding(this[kHandle], !!ap)) {
    throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  }
  return this;
}

function setAAD(aadbuf, options) {
  const encoding = getStringOption(options, 'encoding');
  const plaintextLength = getUIntOption(options, 'plaintextLength');
  const aad = toBytes(aadbuf, 'aadbuf', encoding);
  if (!binding.cipherSetAAD(this[kHandle], aad, plaintextLength)) {
    throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  }
  return this;
}

function _transform(chunk, encoding, callback) {
  try {
    this.push(this.update(chunk, encoding));
  } catch (err) {
    callback(err);
    return;
  }
  callback();
}

function _flush(callback) {
  try {
    this.push(this.final());
  } catch (err) {
    callback(err);
    return;
  }
  callback();
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  createCipher(this, cipher, key, iv, options, false);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  createCipher(this, cipher, key, iv, options, true);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);

for (const proto of [Cipheriv.prototype, Decipheriv.prototype]) {
  proto._transform = _transform;
  proto._flush = _flush;
  proto.update = update;
  proto.final = final;
  proto.setAutoPadding = setAutoPadding;
  proto.setAAD = setAAD;
}

Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const ret = binding.cipherGetAuthTag(this[kHandle]);
  if (ret === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return ret;
};

Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  const tag = toBytes(tagbuf, 'buffer', encoding);
  if (!binding.cipherSetAuthTag(this[kHandle], tag)) {
    throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  }
  if (tag.byteLength < 16 && this[kNoTagLength] !== undefined) warnShortGcmTag(this[kNoTagLength]);
  return this;
};

// The deprecated password forms (DEP0106): key and IV from EVP_BytesToKey(MD5, 1 round).
function createWithPassword(self, cipher, password, options, decipher) {
  validateString(cipher, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  const pw = toBytes(password, 'password', encoding);
  const [key, iv] = binding.cipherBytesToKey(cipher, pw);
  // A malformed authTagLength is refused before the warning below, as in node; a
  // well-formed one the cipher cannot take is refused after it (by cipherNew).
  getUIntOption(options, 'authTagLength');
  // A password-derived IV repeats for every message: fatal when encrypting in a counter
  // mode.
  const info = decipher ? undefined : binding.getCipherInfo(cipher, -1, -1);
  if (info && (info.mode === 'ctr' || info.mode === 'gcm' || info.mode === 'ccm')) {
    process.emitWarning(`Use Cipheriv for counter mode of ${cipher}`);
  }
  createCipher(self, cipher, key, iv, options, decipher);
}

function Cipher(cipher, password, options) {
  if (!(this instanceof Cipher)) return new Cipher(cipher, password, options);
  createWithPassword(this, cipher, password, options, false);
}
Object.setPrototypeOf(Cipher.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipher, LazyTransform);

function Decipher(cipher, password, options) {
  if (!(this instanceof Decipher)) return new Decipher(cipher, password, options);
  createWithPassword(this, cipher, password, options, true);
}
Object.setPrototypeOf(Decipher.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipher, LazyTransform);
// Same methods as the iv forms; separate prototypes (a Cipher is not a Cipheriv in node).
for (const name of ['_transform', '_flush', 'update', 'final', 'setAutoPadding', 'setAAD']) {
  Cipher.prototype[name] = Cipheriv.prototype[name];
  Decipher.prototype[name] = Decipheriv.prototype[name];
}
Cipher.prototype.getAuthTag = Cipheriv.prototype.getAuthTag;
Decipher.prototype.setAuthTag = Decipheriv.prototype.setAuthTag;

const { deprecate } = require('internal/util/deprecate');
const createCipherDeprecated = deprecate(function createCipher(cipher, password, options) {
  return new Cipher(cipher, password, options);
}, 'crypto.createCipher is deprecated.', 'DEP0106');
const createDecipherDeprecated = deprecate(function createDecipher(cipher, password, options) {
  return new Decipher(cipher, password, options);
}, 'crypto.createDecipher is deprecated.', 'DEP0106');

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

let cipherList;
function getCiphers() {
  if (cipherList === undefined) cipherList = binding.getCiphers();
  return cipherList.slice();
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') {
    const { validateInt32 } = require('internal/validators');
    validateInt32(nameOrNid, 'nameOrNid');
  }
  let keyLength = -1;
  let ivLength = -1;
  if (options !== undefined) {
    const { validateObject, validateInt32 } = require('internal/validators');
    validateObject(options, 'options');
    if (options.keyLength !== undefined) {
      validateInt32(options.keyLength, 'options.keyLength');
      keyLength = options.keyLength;
    }
    if (options.ivLength !== undefined) {
      validateInt32(options.ivLength, 'options.ivLength');
      ivLength = options.ivLength;
    }
  }
  return binding.getCipherInfo(nameOrNid, keyLength, ivLength);
}

module.exports = {
  Cipheriv, Decipheriv, createCipheriv, createDecipheriv, getCiphers, getCipherInfo,
  Cipher, Decipher, createCipher: createCipherDeprecated, createDecipher: createDecipherDeprecated,
};
