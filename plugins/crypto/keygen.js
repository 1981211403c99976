'use strict';
require('internal/crypto/pkey_errors'); // registers the codes destructured below
// generateKeyPair(Sync) and generateKey(Sync). Pairs are made natively (on the thread pool
// for the async form); encodings given as publicKeyEncoding/privateKeyEncoding turn the
// KeyObjects into PEM strings, DER Buffers or JWK objects as export() would.

const {
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE, ERR_INCOMPATIBLE_OPTION_PAIR, ERR_MISSING_OPTION,
    ERR_CRYPTO_UNKNOWN_DH_GROUP, ERR_CRYPTO_INVALID_DIGEST,
  },
} = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer } = require('util/types');
const {
  validateObject, validateString, validateUint32, validateInt32, validateFunction, validateOneOf,
  validateInteger,
} = require('internal/validators');
const {
  PublicKeyObject, PrivateKeyObject, SecretKeyObject, parsePublicKeyEncoding,
  parsePrivateKeyEncoding,
} = require('internal/crypto/keys');

const pairTypes = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448', 'dh'];

function parseEncodings(type, options) {
  const keyType = type;
  let pub;
  let priv;
  if (options != null) {
    const { publicKeyEncoding, privateKeyEncoding } = options;
    if (publicKeyEncoding !== undefined) {
      if (publicKeyEncoding === null || typeof publicKeyEncoding !== 'object') {
        throw new ERR_INVALID_ARG_VALUE('options.publicKeyEncoding', publicKeyEncoding);
      }
      pub = parsePublicKeyEncoding(publicKeyEncoding, keyType, 'options.publicKeyEncoding');
    }
    if (privateKeyEncoding !== undefined) {
      if (privateKeyEncoding === null || typeof privateKeyEncoding !== 'object') {
        throw new ERR_INVALID_ARG_VALUE('options.privateKeyEncoding', privateKeyEncoding);
      }
      priv = parsePrivateKeyEncoding(privateKeyEncoding, keyType, 'options.privateKeyEncoding');
    }
  }
  return { pub, priv };
}

function parseOptions(type, options) {
  validateString(type, 'type');
  if (!pairTypes.includes(type)) {
    throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  const native = {};
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      native.modulusLength = modulusLength;
      let { publicExponent } = options;
      if (publicExponent == null) publicExponent = 0x10001;
      else validateUint32(publicExponent, 'options.publicExponent');
      native.publicExponent = publicExponent;
      if (type === 'rsa-pss') {
        const { hashAlgorithm, mgf1HashAlgorithm, saltLength } = options;
        if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
        if (hashAlgorithm !== undefined) validateString(hashAlgorithm, 'options.hashAlgorithm');
        if (mgf1HashAlgorithm !== undefined) validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
        const { hash: oldHash, mgf1Hash: oldMgf1Hash } = options;
        if (oldHash !== undefined) {
          process.emitWarning('"options.hash" is deprecated, use "options.hashAlgorithm" instead.',
                              'DeprecationWarning', 'DEP0154');
          validateString(oldHash, 'options.hash');
          if (hashAlgorithm !== undefined && hashAlgorithm !== oldHash) {
            throw new ERR_INVALID_ARG_VALUE('options.hash', oldHash);
          }
        }
        if (oldMgf1Hash !== undefined) {
          process.emitWarning('"options.mgf1Hash" is deprecated, use "options.mgf1HashAlgorithm" instead.',
                              'DeprecationWarning', 'DEP0154');
          validateString(oldMgf1Hash, 'options.mgf1Hash');
          if (mgf1HashAlgorithm !== undefined && mgf1HashAlgorithm !== oldMgf1Hash) {
            throw new ERR_INVALID_ARG_VALUE('options.mgf1Hash', oldMgf1Hash);
          }
        }
        const hash = hashAlgorithm !== undefined ? hashAlgorithm : oldHash;
        const mgf1 = mgf1HashAlgorithm !== undefined ? mgf1HashAlgorithm : oldMgf1Hash;
        if (hash !== undefined && !binding.digestExists(hash)) throw new ERR_CRYPTO_INVALID_DIGEST(hash);
        if (mgf1 !== undefined && !binding.digestExists(mgf1)) {
          const e = new ERR_CRYPTO_INVALID_DIGEST(mgf1);
          e.message = `Invalid MGF1 digest: ${mgf1}`;
          throw e;
        }
        if (hash !== undefined) native.hashAlgorithm = hash;
        if (mgf1 !== undefined) native.mgf1HashAlgorithm = mgf1;
        if (saltLength !== undefined) native.saltLength = saltLength;
      }
      break;
    }
    case 'dsa': {
      validateObject(options, 'options');
      const { modulusLength, divisorLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      native.modulusLength = modulusLength;
      if (divisorLength != null) {
        validateInt32(divisorLength, 'options.divisorLength', 0);
        native.divisorLength = divisorLength;
      }
      break;
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve, paramEncoding } = options;
      validateString(namedCurve, 'options.namedCurve');
      if (paramEncoding != null && paramEncoding !== 'named' && paramEncoding !== 'explicit') {
        throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
      }
      native.namedCurve = namedCurve;
      native.paramEncoding = paramEncoding == null ? 'named' : paramEncoding;
      break;
    }
    case 'dh': {
      validateObject(options, 'options');
      const { group, primeLength, prime, generator } = options;
      if (group != null) {
        if (prime != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
        if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
        if (generator != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
        validateString(group, 'options.group');
        if (binding.dhGroupPrime(group) === null) throw new ERR_CRYPTO_UNKNOWN_DH_GROUP();
        native.group = group;
      } else {
        if (prime != null) {
          if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('prime', 'primeLength');
          if (!isArrayBufferView(prime) && !isAnyArrayBuffer(prime)) {
            throw new ERR_INVALID_ARG_TYPE('options.prime', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], prime);
          }
          native.prime = prime;
        } else if (primeLength != null) {
          validateInt32(primeLength, 'options.primeLength', 0);
          native.primeLength = primeLength;
        } else {
          throw new ERR_MISSING_OPTION('At least one of the group, prime, or primeLength options');
        }
        if (generator != null) {
          validateInt32(generator, 'options.generator', 0);
          native.generator = generator;
        }
      }
      break;
    }
    default:
      if (options !== undefined) validateObject(options, 'options');
      break;
  }
  return native;
}

function encodePair(handle, enc) {
  const publicKey = new PublicKeyObject(handle);
  const privateKey = new PrivateKeyObject(handle);
  return {
    publicKey: enc.pub === undefined ? publicKey : publicKey.export(enc.pub),
    privateKey: enc.priv === undefined ? privateKey : privateKey.export(enc.priv),
  };
}

function generateKeyPairSync(type, options) {
  const native = parseOptions(type, options);
  const enc = parseEncodings(type, options);
  return encodePair(binding.keyGenerate(type, native), enc);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const native = parseOptions(type, options);
  const enc = parseEncodings(type, options);
  binding.keyGenerate(type, native, (err, handle) => {
    if (err) {
      callback.call(undefined, err);
      return;
    }
    let pair;
    try {
      pair = encodePair(handle, enc);
    } catch (e) {
      callback.call(undefined, e);
      return;
    }
    callback.call(undefined, null, pair.publicKey, pair.privateKey);
  });
}

// util.promisify(generateKeyPair) resolves to { publicKey, privateKey }, as node's.
Object.defineProperty(generateKeyPair, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: false, configurable: true,
  value(type, options) {
    return new Promise((resolve, reject) => {
      generateKeyPair(type, options, (err, publicKey, privateKey) => {
        if (err) reject(err);
        else resolve({ publicKey, privateKey });
      });
    });
  },
});

function secretKeyLength(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
      break;
    case 'aes':
      validateOneOf(length, 'options.length', [128, 192, 256]);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, "must be a supported key type");
  }
  return length;
}

function generateKeySync(type, options) {
  const length = secretKeyLength(type, options);
  const { randomBytes } = require('crypto');
  return new SecretKeyObject(randomBytes(Math.floor(length / 8)));
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const length = secretKeyLength(type, options);
  const { randomBytes } = require('crypto');
  randomBytes(Math.floor(length / 8), (err, buf) => {
    if (err) callback(err);
    else callback(null, new SecretKeyObject(buf));
  });
}

module.exports = { generateKeyPair, generateKeyPairSync, generateKey, generateKeySync };
