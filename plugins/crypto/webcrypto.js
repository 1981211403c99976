'use strict';
require('internal/crypto/pkey_errors'); // registers the codes destructured below
// WebCrypto: CryptoKey and SubtleCrypto (crypto.webcrypto.subtle, globalThis.crypto.subtle).
// Every operation is a promise that rejects with node's DOMException names and messages;
// the work itself is done by KeyObjects and the crypto module (hashes, HMAC, ciphers, KDFs).
// Algorithm-specific steps live in internal/crypto/subtle_algs.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { kKeyObject } = require('internal/crypto/keys');
const algs = require('internal/crypto/subtle_algs');
const webidl = require('internal/crypto/webidl');

const kType = Symbol('kType');
const kExtractable = Symbol('kExtractable');
const kAlgorithm = Symbol('kAlgorithm');
const kUsages = Symbol('kUsages');
const kConstruct = Symbol('kConstruct');

class CryptoKey {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get type() {
    if (!(this instanceof CryptoKey)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kType];
  }

  get extractable() {
    if (!(this instanceof CryptoKey)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kExtractable];
  }

  get algorithm() {
    if (!(this instanceof CryptoKey)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kAlgorithm];
  }

  get usages() {
    if (!(this instanceof CryptoKey)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kUsages];
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `CryptoKey ${inspect({
      type: this.type,
      extractable: this.extractable,
      algorithm: this.algorithm,
      usages: this.usages,
    }, opts)}`;
  }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, {
  value: 'CryptoKey', configurable: true,
});
for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
  Object.defineProperty(CryptoKey.prototype, name,
                        { ...Object.getOwnPropertyDescriptor(CryptoKey.prototype, name), enumerable: true });
}

// The one way CryptoKeys are made: from a KeyObject plus WebCrypto's metadata.
function makeCryptoKey(keyObject, algorithm, extractable, usages) {
  const key = new CryptoKey(kConstruct);
  key[kType] = keyObject.type;
  key[kExtractable] = !!extractable;
  key[kAlgorithm] = algorithm;
  key[kUsages] = usages;
  Object.defineProperty(key, kKeyObject, { value: keyObject });
  return key;
}
algs.setKeyMaker(makeCryptoKey, (key) => ({
  keyObject: key[kKeyObject], algorithm: key[kAlgorithm], usages: key[kUsages],
  extractable: key[kExtractable], type: key[kType],
}));

const kSubtle = Symbol('kSubtle');
const kOrdinal = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th'];

// Runs one SubtleCrypto method as node does: `this` must be the one SubtleCrypto, then
// the argument count, then fn converts each argument (in order) and does the work.
// Synchronous throws become rejections.
function op(self, method, required, args, fn) {
  return new Promise((resolve) => {
    if (self !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
    const prefix = `Failed to execute '${method}' on 'SubtleCrypto'`;
    webidl.requiredArguments(args.length, required, { prefix });
    const arg = (i, type) =>
      webidl.converters[type](args[i], { prefix, context: `${kOrdinal[i]} argument` });
    resolve(fn(arg));
  });
}

class SubtleCrypto {
  constructor(token) {
    if (token !== kSubtle) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  encrypt(algorithm, key, data) {
    return op(this, 'encrypt', 3, arguments, (arg) =>
      algs.cipher('encrypt', arg(0, 'AlgorithmIdentifier'), arg(1, 'CryptoKey'),
                  arg(2, 'BufferSource')));
  }

  decrypt(algorithm, key, data) {
    return op(this, 'decrypt', 3, arguments, (arg) =>
      algs.cipher('decrypt', arg(0, 'AlgorithmIdentifier'), arg(1, 'CryptoKey'),
                  arg(2, 'BufferSource')));
  }

  sign(algorithm, key, data) {
    return op(this, 'sign', 3, arguments, (arg) =>
      algs.sign(arg(0, 'AlgorithmIdentifier'), arg(1, 'CryptoKey'), arg(2, 'BufferSource')));
  }

  verify(algorithm, key, signature, data) {
    return op(this, 'verify', 4, arguments, (arg) =>
      algs.verify(arg(0, 'AlgorithmIdentifier'), arg(1, 'CryptoKey'), arg(2, 'BufferSource'),
                  arg(3, 'BufferSource')));
  }

  digest(algorithm, data) {
    return op(this, 'digest', 2, arguments, (arg) =>
      algs.digest(arg(0, 'AlgorithmIdentifier'), arg(1, 'BufferSource')));
  }

  generateKey(algorithm, extractable, keyUsages) {
    return op(this, 'generateKey', 3, arguments, (arg) =>
      algs.generateKey(arg(0, 'AlgorithmIdentifier'), arg(1, 'boolean'),
                       arg(2, 'sequence<KeyUsage>')));
  }

  deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    return op(this, 'deriveKey', 5, arguments, (arg) =>
      algs.deriveKey(arg(0, 'AlgorithmIdentifier'), arg(1, 'CryptoKey'),
                     arg(2, 'AlgorithmIdentifier'), arg(3, 'boolean'),
                     arg(4, 'sequence<KeyUsage>')));
  }

  deriveBits(algorithm, baseKey, length = null) {
    return op(this, 'deriveBits', 2, arguments, (arg) => {
      algorithm = arg(0, 'AlgorithmIdentifier');
      baseKey = arg(1, 'CryptoKey');
      // An absent length is null ("all the bits" for the key agreements).
      if (length !== null) length = arg(2, 'unsigned long');
      return algs.deriveBits(algorithm, baseKey, length, 'deriveBits');
    });
  }

  importKey(format, keyData, algorithm, extractable, keyUsages) {
    return op(this, 'importKey', 4, arguments, (arg) => {
      format = arg(0, 'KeyFormat');
      keyData = arg(1, format === 'jwk' ? 'JsonWebKey' : 'BufferSource');
      return algs.importKey(format, keyData, arg(2, 'AlgorithmIdentifier'), arg(3, 'boolean'),
                            arg(4, 'sequence<KeyUsage>'));
    });
  }

  exportKey(format, key) {
    return op(this, 'exportKey', 2, arguments, (arg) =>
      algs.exportKey(arg(0, 'KeyFormat'), arg(1, 'CryptoKey')));
  }

  wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    return op(this, 'wrapKey', 4, arguments, (arg) =>
      algs.wrapKey(arg(0, 'KeyFormat'), arg(1, 'CryptoKey'), arg(2, 'CryptoKey'),
                   arg(3, 'AlgorithmIdentifier')));
  }

  unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgo, unwrappedKeyAlgo, extractable, keyUsages) {
    return op(this, 'unwrapKey', 7, arguments, (arg) =>
      algs.unwrapKey(arg(0, 'KeyFormat'), arg(1, 'BufferSource'), arg(2, 'CryptoKey'),
                     arg(3, 'AlgorithmIdentifier'), arg(4, 'AlgorithmIdentifier'),
                     arg(5, 'boolean'), arg(6, 'sequence<KeyUsage>')));
  }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  value: 'SubtleCrypto', configurable: true,
});

const subtle = new SubtleCrypto(kSubtle);

// The Web Crypto `crypto` object (crypto.webcrypto, globalThis.crypto).
const kCrypto = Symbol('kCrypto');
class Crypto {
  constructor(token) {
    if (token !== kCrypto) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return require('internal/crypto/random').getRandomValues(array);
  }

  randomUUID() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return require('internal/crypto/random').randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });
Object.defineProperty(Crypto.prototype, 'subtle', {
  ...Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle'), enumerable: true,
});
const crypto = new Crypto(kCrypto);

// Two CryptoKeys are deep-equal when their visible parts and the keys inside are, as in
// node.
{
  const comparisons = require('internal/util/comparisons');
  comparisons.registerDeepEqualKind(
    (v) => v instanceof CryptoKey,
    (a, b) => a[kType] === b[kType] && a[kExtractable] === b[kExtractable] &&
      comparisons.isDeepStrictEqual(a[kAlgorithm], b[kAlgorithm]) &&
      comparisons.isDeepStrictEqual(a[kUsages], b[kUsages]) &&
      a[kKeyObject].equals(b[kKeyObject]));
}

module.exports = { Crypto, CryptoKey, SubtleCrypto, subtle, crypto };
