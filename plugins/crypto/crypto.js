'use strict';
// The crypto module: a list of exports gathered from internal/crypto/*. Each area adds
// its own lines; keep this file a table, with the logic in the internal modules.

const { codes: { ERR_INVALID_THIS } } = require('internal/errors');

const hash = require('internal/crypto/hash');
const random = require('internal/crypto/random');
const pbkdf2 = require('internal/crypto/pbkdf2');
const scrypt = require('internal/crypto/scrypt');
const hkdf = require('internal/crypto/hkdf');
const cipher = require('internal/crypto/cipher');
const keys = require('internal/crypto/keys');
const keygen = require('internal/crypto/keygen');
const sig = require('internal/crypto/sig');
const rsaCipher = require('internal/crypto/rsa_cipher');
const dh = require('internal/crypto/diffiehellman');
const prime = require('internal/crypto/prime');

// Optional areas: absent from a build until their files land.
function optional(id) {
  try {
    return require(id);
  } catch (err) {
    if (err && err.code === 'ERR_UNKNOWN_BUILTIN_MODULE') return undefined;
    throw err;
  }
}

// Web Crypto's `crypto` object. internal/crypto/webcrypto supplies the full one (with
// subtle); until it is built in, a Crypto with getRandomValues and randomUUID stands in.
let webcryptoObject;
function webcrypto() {
  if (webcryptoObject !== undefined) return webcryptoObject;
  const full = optional('internal/crypto/webcrypto');
  if (full && full.crypto) {
    webcryptoObject = full.crypto;
    return webcryptoObject;
  }
  class Crypto {
    constructor() { throw new TypeError('Illegal constructor'); }
    getRandomValues(array) {
      if (this !== webcryptoObject) throw new ERR_INVALID_THIS('Crypto');
      return random.getRandomValues(array);
    }
    randomUUID() {
      if (this !== webcryptoObject) throw new ERR_INVALID_THIS('Crypto');
      return random.randomUUID();
    }
  }
  Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });
  webcryptoObject = Object.create(Crypto.prototype);
  return webcryptoObject;
}

module.exports = {
  // hashes and HMAC
  createHash: hash.createHash,
  createHmac: hash.createHmac,
  getHashes: hash.getHashes,
  timingSafeEqual: hash.timingSafeEqual,
  hash: hash.hash,
  Hash: hash.Hash,
  Hmac: hash.Hmac,
  // random
  randomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  // key derivation
  pbkdf2: pbkdf2.pbkdf2,
  pbkdf2Sync: pbkdf2.pbkdf2Sync,
  scrypt: scrypt.scrypt,
  scryptSync: scrypt.scryptSync,
  hkdf: hkdf.hkdf,
  hkdfSync: hkdf.hkdfSync,
  // symmetric ciphers
  createCipheriv: cipher.createCipheriv,
  createDecipheriv: cipher.createDecipheriv,
  getCiphers: cipher.getCiphers,
  getCipherInfo: cipher.getCipherInfo,
  Cipheriv: cipher.Cipheriv,
  Decipheriv: cipher.Decipheriv,
  Cipher: cipher.Cipher,
  Decipher: cipher.Decipher,
  // keys
  KeyObject: keys.KeyObject,
  createSecretKey: keys.createSecretKey,
  createPublicKey: keys.createPublicKey,
  createPrivateKey: keys.createPrivateKey,
  generateKeyPair: keygen.generateKeyPair,
  generateKeyPairSync: keygen.generateKeyPairSync,
  generateKey: keygen.generateKey,
  generateKeySync: keygen.generateKeySync,
  // signatures and RSA encryption
  Sign: sig.Sign,
  Verify: sig.Verify,
  createSign: sig.createSign,
  createVerify: sig.createVerify,
  sign: sig.sign,
  verify: sig.verify,
  publicEncrypt: rsaCipher.publicEncrypt,
  privateDecrypt: rsaCipher.privateDecrypt,
  privateEncrypt: rsaCipher.privateEncrypt,
  publicDecrypt: rsaCipher.publicDecrypt,
  // key agreement
  diffieHellman: dh.diffieHellman,
  ECDH: dh.ECDH,
  createECDH: dh.createECDH,
  DiffieHellman: dh.DiffieHellman,
  DiffieHellmanGroup: dh.DiffieHellmanGroup,
  createDiffieHellman: dh.createDiffieHellman,
  createDiffieHellmanGroup: dh.createDiffieHellmanGroup,
  getDiffieHellman: dh.getDiffieHellman,
  getCurves: dh.getCurves,
  // primes
  generatePrime: prime.generatePrime,
  generatePrimeSync: prime.generatePrimeSync,
  checkPrime: prime.checkPrime,
  checkPrimeSync: prime.checkPrimeSync,
  // certificates
  X509Certificate: require('internal/crypto/x509').X509Certificate,
  Certificate: require('internal/crypto/x509').Certificate,
};

Object.defineProperty(module.exports, 'constants', {
  configurable: false, enumerable: true, writable: false,
  value: require('internal/crypto/constants'),
});

// Web Crypto
Object.defineProperty(module.exports, 'webcrypto', {
  configurable: false, enumerable: true, get: webcrypto,
});
Object.defineProperty(module.exports, 'getRandomValues', {
  configurable: false, enumerable: true,
  get() { return (array) => webcrypto().getRandomValues(array); },
});
Object.defineProperty(module.exports, 'subtle', {
  configurable: false, enumerable: true,
  get() { return webcrypto().subtle; },
});

// Deprecated (DEP0106) and, as in node, not enumerable.
Object.defineProperty(module.exports, 'createCipher', {
  configurable: true, enumerable: false, writable: true, value: cipher.createCipher,
});
Object.defineProperty(module.exports, 'createDecipher', {
  configurable: true, enumerable: false, writable: true, value: cipher.createDecipher,
});

// Old names of randomBytes (DEP0115), also hidden from enumeration.
{
  const { deprecate } = require('internal/util/deprecate');
  for (const name of ['prng', 'pseudoRandomBytes', 'rng']) {
    Object.defineProperty(module.exports, name, {
      configurable: true, enumerable: false, writable: true,
      value: deprecate(random.randomBytes, `crypto.${name} is deprecated.`, 'DEP0115'),
    });
  }
}

// FIPS mode is OpenSSL's default property query; there is no secure heap.
module.exports.getFips = function getFips() { return binding.getFips(); };
module.exports.setFips = function setFips(val) { binding.setFips(!!val); };
module.exports.secureHeapUsed = function secureHeapUsed() {
  return { total: 0, used: 0, utilization: 0, min: 0 };
};
