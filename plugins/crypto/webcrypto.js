'use strict';
require('internal/crypto/pkey_errors'); // registers the codes destructured below
// WebCrypto: CryptoKey and SubtleCrypto (crypto.webcrypto.subtle, globalThis.crypto.subtle).
// Every operation is a promise that rejects with node's DOMException names and messages;
// the work itself is done by KeyObjects and the crypto module (hashes, HMAC, ciphers, KDFs).
// Algorithm-specific steps live in internal/crypto/subtle_algs.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS, ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { DOMException } = require('internal/domexception');
const { kKeyObject } = require('internal/crypto/keys');
const algs = require('internal/crypto/subtle_algs');

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

function requireArgs(method, count, args) {
  if (args.length < count) {
    const e = new ERR_MISSING_ARGS('x');
    e.message = `Failed to execute '${method}' on 'SubtleCrypto': ${count} arguments required, ` +
      `but only ${args.length} present.`;
    throw e;
  }
}

function checkKey(key, name) {
  if (!(key instanceof CryptoKey)) throw new ERR_INVALID_ARG_TYPE(name, 'CryptoKey', key);
}

const kSubtle = Symbol('kSubtle');

// Runs fn as an async operation: synchronous throws become rejections, as in node.
function op(self, method, count, args, fn) {
  return new Promise((resolve) => {
    if (!(self instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    requireArgs(method, count, args);
    resolve(fn());
  });
}

class SubtleCrypto {
  constructor(token) {
    if (token !== kSubtle) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  encrypt(algorithm, key, data) {
    return op(this, 'encrypt', 3, arguments, () => {
      checkKey(key, 'key');
      return algs.cipher('encrypt', algorithm, key, data);
    });
  }

  decrypt(algorithm, key, data) {
    return op(this, 'decrypt', 3, arguments, () => {
      checkKey(key, 'key');
      return algs.cipher('decrypt', algorithm, key, data);
    });
  }

  sign(algorithm, key, data) {
    return op(this, 'sign', 3, arguments, () => {
      checkKey(key, 'key');
      return algs.sign(algorithm, key, data);
    });
  }

  verify(algorithm, key, signature, data) {
    return op(this, 'verify', 4, arguments, () => {
      checkKey(key, 'key');
      return algs.verify(algorithm, key, signature, data);
    });
  }

  digest(algorithm, data) {
    return op(this, 'digest', 2, arguments, () => algs.digest(algorithm, data));
  }

  generateKey(algorithm, extractable, keyUsages) {
    return op(this, 'generateKey', 3, arguments, () =>
      algs.generateKey(algorithm, !!extractable, keyUsages));
  }

  deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    return op(this, 'deriveKey', 5, arguments, () => {
      checkKey(baseKey, 'baseKey');
      return algs.deriveKey(algorithm, baseKey, derivedKeyAlgorithm, !!extractable, keyUsages);
    });
  }

  deriveBits(algorithm, baseKey, length) {
    return op(this, 'deriveBits', 2, arguments, () => {
      checkKey(baseKey, 'baseKey');
      return algs.deriveBits(algorithm, baseKey, length, 'deriveBits');
    });
  }

  importKey(format, keyData, algorithm, extractable, keyUsages) {
    return op(this, 'importKey', 5, arguments, () =>
      algs.importKey(format, keyData, algorithm, !!extractable, keyUsages));
  }

  exportKey(format, key) {
    return op(this, 'exportKey', 2, arguments, () => {
      checkKey(key, 'key');
      return algs.exportKey(format, key);
    });
  }

  wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    return op(this, 'wrapKey', 4, arguments, () => {
      checkKey(key, 'key');
      checkKey(wrappingKey, 'wrappingKey');
      return algs.wrapKey(format, key, wrappingKey, wrapAlgorithm);
    });
  }

  unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgo, unwrappedKeyAlgo, extractable, keyUsages) {
    return op(this, 'unwrapKey', 7, arguments, () => {
      checkKey(unwrappingKey, 'unwrappingKey');
      return algs.unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgo, unwrappedKeyAlgo,
                            !!extractable, keyUsages);
    });
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

void DOMException;
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
