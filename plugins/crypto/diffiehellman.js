'use strict';
require('internal/crypto/pkey_errors'); // registers the codes destructured below
// Key agreement: crypto.diffieHellman({ privateKey, publicKey }) over KeyObjects, the
// ECDH class (createECDH, ECDH.convertKey) and classic DiffieHellman / DiffieHellmanGroup
// (modp groups; the big-number steps are native, the state is here).

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CRYPTO_INCOMPATIBLE_KEY,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE, ERR_CRYPTO_ECDH_INVALID_FORMAT,
    ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY, ERR_CRYPTO_UNKNOWN_DH_GROUP, ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateObject, validateString, validateInt32 } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('util/types');
const { isKeyObject, kHandle } = require('internal/crypto/keys');

// Node throws these from its C++ layer: a plain Error/RangeError whose stack reads
// "Error: message", with an enumerable `code`.
function nativeError(Base, code, message) {
  const e = new Base(message);
  e.code = code;
  return e;
}
const opFailed = (message) => nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', message);
const invalidKeyPair = () => nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair');

function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!isKeyObject(privateKey)) throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  if (!isKeyObject(publicKey)) throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  if (privateKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  }
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const a = privateKey.asymmetricKeyType;
  const b = publicKey.asymmetricKeyType;
  if (a !== b || !['dh', 'ec', 'x448', 'x25519'].includes(a)) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman', `${a} and ${b}`);
  }
  return binding.pkeyDerive(privateKey[kHandle], publicKey[kHandle]);
}

function checkEncoding(enc) {
  if (enc !== undefined && enc !== null && enc !== 'buffer' && !Buffer.isEncoding(enc)) {
    throw new ERR_UNKNOWN_ENCODING(enc);
  }
}

function encode(buf, enc) {
  checkEncoding(enc);
  return enc && enc !== 'buffer' ? buf.toString(enc) : buf;
}

function toBuf(data, enc, name) {
  if (typeof data === 'string') {
    checkEncoding(enc);
    return Buffer.from(data, enc && enc !== 'buffer' ? enc : 'utf8');
  }
  if (isArrayBufferView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (isAnyArrayBuffer(data)) return Buffer.from(data);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
}

function formatCode(format) {
  if (format === undefined || format === null || format === 'uncompressed') return 0;
  if (format === 'compressed') return 1;
  if (format === 'hybrid') return 2;
  throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
}

const kCurve = Symbol('kCurve');
const kKey = Symbol('kKey');
const kPublic = Symbol('kPublic');

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  binding.ecConvertPoint(curve, Buffer.alloc(0), 0); // throws ERR_CRYPTO_INVALID_CURVE
  this[kCurve] = curve;
  this[kKey] = null;
  this[kPublic] = null;
}

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  const buf = toBuf(key, inEnc, 'key');
  const code = formatCode(format);
  const out = binding.ecConvertPoint(curve, buf, code);
  if (out === null) throw opFailed('Failed to convert Buffer to EC_POINT');
  return encode(out, outEnc);
};

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  this[kKey] = binding.keyGenerate('ec', { namedCurve: this[kCurve] });
  this[kPublic] = null;
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  const code = formatCode(format);
  let point;
  // A public key set with setPublicKey() wins, as in node (it replaces the pair's).
  if (this[kPublic] !== null) point = this[kPublic];
  else if (this[kKey] !== null) point = binding.keyRawPublic(this[kKey], false);
  else throw opFailed('Failed to get ECDH public key');
  if (code !== 0) point = binding.ecConvertPoint(this[kCurve], point, code);
  return encode(point, encoding);
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  if (this[kKey] === null) throw opFailed('Failed to get ECDH private key');
  return encode(binding.ecPrivateBytes(this[kKey]), encoding);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  const handle = binding.ecKeyFromPrivate(this[kCurve], toBuf(key, encoding, 'key'));
  if (handle === null) throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE', 'Private key is not valid for specified curve.');
  this[kKey] = handle;
  this[kPublic] = null;
  return this;
};

ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  const buf = toBuf(key, encoding, 'key');
  const point = binding.ecConvertPoint(this[kCurve], buf, 0);
  if (point === null) throw opFailed('Failed to convert Buffer to EC_POINT');
  this[kPublic] = point;
  return this;
};

ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  const buf = toBuf(key, inEnc, 'key');
  checkEncoding(outEnc);
  if (this[kKey] === null) throw invalidKeyPair();
  // A public key set by setPublicKey() that is not the private key's breaks the pair.
  if (this[kPublic] !== null &&
      !Buffer.from(this[kPublic]).equals(Buffer.from(binding.keyRawPublic(this[kKey], false)))) {
    throw invalidKeyPair();
  }
  const peer = binding.keyFromRawPublic('ec', this[kCurve], buf);
  if (peer === null) throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  return encode(binding.pkeyDerive(this[kKey], peer), outEnc);
};

function createECDH(curve) {
  return new ECDH(curve);
}

// --- classic Diffie-Hellman ---------------------------------------------------------

const kPrime = Symbol('kPrime');
const kGen = Symbol('kGen');
const kPriv = Symbol('kPriv');
const kPub = Symbol('kPub');

function stripZeros(buf) {
  let i = 0;
  while (i < buf.length - 1 && buf[i] === 0) i++;
  return i === 0 ? buf : buf.subarray(i);
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) {
    return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  }
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' &&
      !isArrayBufferView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey', ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], sizeOrKey);
  }
  // A second argument that is no encoding is the generator (node's overloads).
  if (keyEncoding && keyEncoding !== 'buffer' &&
      (typeof keyEncoding !== 'string' || !Buffer.isEncoding(keyEncoding))) {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  let gen;
  if (generator === undefined) gen = 2;
  else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
    gen = generator;
  } else {
    gen = toBuf(generator, genEncoding, 'generator');
  }
  // A numeric 0 means the default generator (2), a quirk node keeps; other numbers below 2
  // go to OpenSSL's check as bytes it refuses.
  if (gen === 0) gen = 2;
  else if (typeof gen === 'number' && gen < 2) gen = Buffer.from([Math.max(gen, 0) & 1]);
  const genBuf = typeof gen === 'number' ? bnFromInt(gen) : gen;
  binding.dhCheckGenerator(genBuf);
  if (typeof sizeOrKey === 'number') {
    validateInt32(sizeOrKey, 'sizeOrKey');
    this[kPrime] = binding.dhGeneratePrime(sizeOrKey, typeof gen === 'number' ? gen : 2);
  } else {
    this[kPrime] = Buffer.from(toBuf(sizeOrKey, keyEncoding || undefined, 'sizeOrKey'));
  }
  this[kGen] = stripZeros(Buffer.from(genBuf));
  this[kPriv] = null;
  this[kPub] = null;
  Object.defineProperty(this, 'verifyError', {
    value: binding.dhCheck(this[kPrime], this[kGen]), enumerable: true, configurable: true,
  });
}

function bnFromInt(n) {
  const out = [];
  let v = n >>> 0;
  do {
    out.unshift(v & 0xff);
    v >>>= 8;
  } while (v > 0);
  return Buffer.from(out);
}

DiffieHellman.prototype.generateKeys = function generateKeys(encoding) {
  if (this[kPriv] === null) this[kPriv] = binding.dhRandomBelow(this[kPrime]);
  this[kPub] = stripZeros(binding.dhModExp(this[kGen], this[kPriv], this[kPrime]));
  return encode(Buffer.from(this[kPub]), encoding);
};

DiffieHellman.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  const peer = stripZeros(toBuf(key, inEnc, 'key'));
  checkEncoding(outEnc);
  // 1 < peer < p - 1, compared as big-endian numbers.
  const p = this[kPrime];
  const pm1 = Buffer.from(p);
  for (let i = pm1.length - 1; i >= 0; i--) {
    if (pm1[i] > 0) {
      pm1[i]--;
      break;
    }
    pm1[i] = 0xff;
  }
  const cmp = (a, b) => {
    a = stripZeros(a);
    b = stripZeros(b);
    if (a.length !== b.length) return a.length - b.length;
    return Buffer.compare(a, b);
  };
  if (cmp(peer, Buffer.from([1])) <= 0) throw ERR_CRYPTO_INVALID_KEYLEN_MSG('Supplied key is too small');
  if (cmp(peer, pm1) >= 0) throw ERR_CRYPTO_INVALID_KEYLEN_MSG('Supplied key is too large');
  if (this[kPriv] === null) throw invalidKeyPair();
  return encode(binding.dhModExp(peer, this[kPriv], p), outEnc);
};

function ERR_CRYPTO_INVALID_KEYLEN_MSG(message) {
  return nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', message);
}

DiffieHellman.prototype.getPrime = function getPrime(encoding) {
  return encode(Buffer.from(this[kPrime]), encoding);
};
DiffieHellman.prototype.getGenerator = function getGenerator(encoding) {
  return encode(Buffer.from(this[kGen]), encoding);
};
// ERR_CRYPTO_INVALID_STATE with node's wording for a missing DH key.
function noKey(which) {
  return nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', `No ${which} key - did you forget to generate one?`);
}

DiffieHellman.prototype.getPublicKey = function getPublicKey(encoding) {
  if (this[kPub] === null) throw noKey('public');
  return encode(Buffer.from(this[kPub]), encoding);
};
DiffieHellman.prototype.getPrivateKey = function getPrivateKey(encoding) {
  if (this[kPriv] === null) throw noKey('private');
  return encode(Buffer.from(this[kPriv]), encoding);
};
DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  this[kPub] = Buffer.from(toBuf(key, encoding, 'key'));
  return this;
};
DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  // As node: the public key is only computed by the next generateKeys().
  this[kPriv] = Buffer.from(toBuf(key, encoding, 'key'));
  return this;
};

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  validateString(name, 'name');
  const prime = binding.dhGroupPrime(name);
  if (prime === null) throw new ERR_CRYPTO_UNKNOWN_DH_GROUP();
  this[kPrime] = prime;
  this[kGen] = Buffer.from([2]);
  this[kPriv] = null;
  this[kPub] = null;
  Object.defineProperty(this, 'verifyError', {
    value: binding.dhCheck(prime, this[kGen]), enumerable: true, configurable: true,
  });
}
for (const m of ['generateKeys', 'computeSecret', 'getPrime', 'getGenerator', 'getPublicKey',
  'getPrivateKey']) {
  DiffieHellmanGroup.prototype[m] = DiffieHellman.prototype[m];
}

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}
function getDiffieHellman(name) {
  return new DiffieHellmanGroup(name);
}

let curves;
function getCurves() {
  if (curves === undefined) curves = binding.getCurves();
  return curves.slice();
}

module.exports = {
  getCurves,
  diffieHellman, ECDH, createECDH, DiffieHellman, DiffieHellmanGroup, createDiffieHellman,
  getDiffieHellman, createDiffieHellmanGroup: getDiffieHellman,
};
