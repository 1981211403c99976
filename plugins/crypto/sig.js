'use strict';
require('internal/crypto/pkey_errors'); // registers the codes destructured below
// Signatures: crypto.sign/verify (one-shot, optional callback) and the Sign/Verify
// writable streams. Sign/Verify keep what was written and sign it in one native call at
// the end (OpenSSL's one-shot DigestSign works for every key type, Ed25519 included).

const { Buffer } = require('buffer');
const { Writable } = require('stream');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_SIGN_KEY_REQUIRED, ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateString, validateFunction } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('util/types');
const { preparePrivateKey, preparePublicOrPrivateKey } = require('internal/crypto/keys');

const kData = Symbol('kData');
const kAlgorithm = Symbol('kAlgorithm');

function intOption(options, name) {
  const value = options[name];
  if (value !== undefined && (value >>> 0 === value || value >> 0 === value)) return value;
  if (value !== undefined) throw new ERR_INVALID_ARG_VALUE(`options.${name}`, value);
  return undefined;
}

function keyOptions(key) {
  // padding / saltLength / dsaEncoding travel beside the key in an options object.
  let padding;
  let saltLength;
  let dsaEncoding = 0;
  if (key !== null && typeof key === 'object' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    padding = intOption(key, 'padding');
    saltLength = intOption(key, 'saltLength');
    if (key.dsaEncoding !== undefined) {
      if (key.dsaEncoding === 'der') dsaEncoding = 0;
      else if (key.dsaEncoding === 'ieee-p1363') dsaEncoding = 1;
      else throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', key.dsaEncoding);
    }
  }
  return { padding, saltLength, dsaEncoding };
}

function checkEncoding(encoding) {
  if (encoding !== undefined && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_UNKNOWN_ENCODING(encoding);
  }
}

function toBytes(data, name, encoding) {
  if (typeof data === 'string') {
    checkEncoding(encoding);
    return Buffer.from(data, encoding === undefined || encoding === 'buffer' ? 'utf8' : encoding);
  }
  if (isArrayBufferView(data)) return data;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function concat(chunks) {
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks.map((c) =>
    (Buffer.isBuffer(c) ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength))));
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  validateString(algorithm, 'algorithm');
  if (!binding.digestExists(algorithm)) throw new ERR_CRYPTO_INVALID_DIGEST_PLAIN();
  this[kAlgorithm] = algorithm;
  this[kData] = [];
  Writable.call(this, options);
}
Object.setPrototypeOf(Sign.prototype, Writable.prototype);
Object.setPrototypeOf(Sign, Writable);

// Node's createSign says "Invalid digest" without the name.
class ERR_CRYPTO_INVALID_DIGEST_PLAIN extends TypeError {
  constructor() {
    super('Invalid digest');
    Object.defineProperty(this, 'name', { value: 'TypeError [ERR_CRYPTO_INVALID_DIGEST]', configurable: true, writable: true });
    this.stack; // eslint-disable-line no-unused-expressions
    delete this.name;
    this.code = 'ERR_CRYPTO_INVALID_DIGEST';
  }
}

Sign.prototype._write = function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Sign.prototype.update = function update(data, encoding) {
  this[kData].push(Buffer.from(toBytes(data, 'data', encoding)));
  return this;
};

// Ed25519/Ed448 sign whole messages: Sign/Verify objects refuse them (node raises this
// from its native layer: a plain Error carrying the code).
function refuseOneShotOnly(handle) {
  const type = binding.keyInfo(handle).type;
  if (type === 'ed25519' || type === 'ed448') {
    const err = new Error('Unsupported crypto operation');
    err.code = 'ERR_CRYPTO_UNSUPPORTED_OPERATION';
    throw err;
  }
}

Sign.prototype.sign = function sign(options, encoding) {
  if (!options) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const { padding, saltLength, dsaEncoding } = keyOptions(options);
  const handle = preparePrivateKey(options);
  checkEncoding(encoding);
  refuseOneShotOnly(handle);
  const sig = binding.signOneShot(handle, this[kAlgorithm], concat(this[kData]), padding,
                                  saltLength, dsaEncoding);
  this[kData] = [];
  return encoding && encoding !== 'buffer' ? sig.toString(encoding) : sig;
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  validateString(algorithm, 'algorithm');
  if (!binding.digestExists(algorithm)) throw new ERR_CRYPTO_INVALID_DIGEST_PLAIN();
  this[kAlgorithm] = algorithm;
  this[kData] = [];
  Writable.call(this, options);
}
Object.setPrototypeOf(Verify.prototype, Writable.prototype);
Object.setPrototypeOf(Verify, Writable);

Verify.prototype._write = Sign.prototype._write;
Verify.prototype.update = Sign.prototype.update;

Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  const sig = toBytes(signature, 'signature', sigEncoding);
  const { padding, saltLength, dsaEncoding } = keyOptions(options);
  const handle = preparePublicOrPrivateKey(options);
  refuseOneShotOnly(handle);
  return binding.verifyOneShot(handle, this[kAlgorithm], concat(this[kData]), sig, padding,
                               saltLength, dsaEncoding);
};

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}
function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

function checkAlgorithm(algorithm) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (algorithm != null && !binding.digestExists(algorithm)) {
    throw new ERR_CRYPTO_INVALID_DIGEST(algorithm);
  }
  return algorithm == null ? null : algorithm;
}

function signOneShot(algorithm, data, key, callback) {
  algorithm = checkAlgorithm(algorithm);
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = toBytes(data, 'data');
  if (!key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const { padding, saltLength, dsaEncoding } = keyOptions(key);
  const handle = preparePrivateKey(key);
  if (callback === undefined) {
    return binding.signOneShot(handle, algorithm, data, padding, saltLength, dsaEncoding);
  }
  let result;
  let error = null;
  try {
    result = binding.signOneShot(handle, algorithm, data, padding, saltLength, dsaEncoding);
  } catch (e) {
    error = e;
  }
  process.nextTick(() => (error ? callback(error) : callback(null, result)));
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  algorithm = checkAlgorithm(algorithm);
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = toBytes(data, 'data');
  if (!isArrayBufferView(signature)) {
    throw new ERR_INVALID_ARG_TYPE('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  }
  const { padding, saltLength, dsaEncoding } = keyOptions(key);
  const handle = preparePublicOrPrivateKey(key);
  if (callback === undefined) {
    return binding.verifyOneShot(handle, algorithm, data, signature, padding, saltLength, dsaEncoding);
  }
  let result;
  let error = null;
  try {
    result = binding.verifyOneShot(handle, algorithm, data, signature, padding, saltLength, dsaEncoding);
  } catch (e) {
    error = e;
  }
  process.nextTick(() => (error ? callback(error) : callback(null, result)));
}

module.exports = {
  Sign, Verify, createSign, createVerify, sign: signOneShot, verify: verifyOneShot,
};
