'use strict';
// WebIDL argument conversion for SubtleCrypto (internal/crypto/webidl): the converters
// the Web Crypto IDL names (integers, strings, enums, sequences, BufferSource, CryptoKey)
// and its dictionaries. Every SubtleCrypto method converts its arguments with these, in
// argument order, before any algorithm runs, so a bad argument fails the way node's does:
// a TypeError with a `code` and a message "<prefix>: <context> <problem>".

const { isArrayBufferView, isAnyArrayBuffer, isUint8Array, isSharedArrayBuffer } =
  require('util/types');

function makeException(problem, opts, code = 'ERR_INVALID_ARG_TYPE') {
  const where = opts.context ? `${opts.context} ${problem}` : problem;
  const err = new TypeError(opts.prefix ? `${opts.prefix}: ${where}` : where);
  err.code = code;
  return err;
}

function requiredArguments(length, required, opts) {
  if (length < required) {
    const noun = required === 1 ? 'argument' : 'arguments';
    throw makeException(`${required} ${noun} required, but only ${length} present.`,
                        { prefix: opts.prefix }, 'ERR_MISSING_ARGS');
  }
}

function isObject(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

// ECMAScript ToNumber with WebIDL's refusal of Symbols and BigInts.
function toNumber(v, opts) {
  if (typeof v === 'symbol') throw makeException('is a Symbol and cannot be converted to a number.', opts);
  if (typeof v === 'bigint') throw makeException('is a BigInt and cannot be converted to a number.', opts);
  return Number(v);
}

// WebIDL ConvertToInt for the unsigned types: [EnforceRange] rejects what does not fit,
// otherwise the value wraps modulo 2^bits.
function unsignedInteger(bits) {
  const max = 2 ** bits - 1;
  return (v, opts = {}) => {
    let x = toNumber(v, opts);
    if (opts.enforceRange) {
      if (!Number.isFinite(x)) throw makeException('is not a finite number.', opts);
      x = Math.trunc(x);
      if (x < 0 || x > max) {
        throw makeException(`is outside the expected range of 0 to ${max}.`, opts, 'ERR_OUT_OF_RANGE');
      }
      return x + 0; // -0 → 0
    }
    if (!Number.isFinite(x) || x === 0) return 0;
    x = Math.trunc(x) % 2 ** bits;
    return x < 0 ? x + 2 ** bits : x + 0;
  };
}

const converters = {};

converters.boolean = (v) => !!v;
converters.octet = unsignedInteger(8);
converters['unsigned short'] = unsignedInteger(16);
converters['unsigned long'] = unsignedInteger(32);

converters.DOMString = (v, opts = {}) => {
  if (typeof v === 'symbol') throw makeException('is a Symbol and cannot be converted to a string.', opts);
  return String(v);
};

converters.object = (v, opts = {}) => {
  if (!isObject(v)) throw makeException('is not an object.', opts);
  return v;
};

function isSharedView(v) {
  return isSharedArrayBuffer(v.buffer);
}

converters.Uint8Array = (v, opts = {}) => {
  if (!isUint8Array(v)) throw makeException('is not an Uint8Array object.', opts);
  if (isSharedView(v)) throw makeException('is a view on a SharedArrayBuffer, which is not allowed.', opts);
  return v;
};

converters.BufferSource = (v, opts = {}) => {
  if (isArrayBufferView(v)) {
    if (isSharedView(v)) throw makeException('is a view on a SharedArrayBuffer, which is not allowed.', opts);
    return v;
  }
  if (isAnyArrayBuffer(v) && !isSharedArrayBuffer(v)) return v;
  throw makeException('is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.', opts);
};

function sequenceOf(convert) {
  return (v, opts = {}) => {
    if (!isObject(v) || typeof v[Symbol.iterator] !== 'function') {
      throw makeException('can not be converted to sequence.', opts);
    }
    const out = [];
    for (const item of v) {
      out.push(convert(item, { ...opts, context: `${opts.context}, index ${out.length}` }));
    }
    return out;
  };
}

function enumeration(name, values) {
  const allowed = new Set(values);
  return (v, opts = {}) => {
    const s = converters.DOMString(v, opts);
    if (!allowed.has(s)) {
      throw makeException(`value '${s}' is not a valid enum value of type ${name}.`, opts,
                          'ERR_INVALID_ARG_VALUE');
    }
    return s;
  };
}

converters['sequence<DOMString>'] = sequenceOf(converters.DOMString);

// (object or DOMString)
converters.AlgorithmIdentifier = (v, opts = {}) =>
  (isObject(v) ? converters.object(v, opts) : converters.DOMString(v, opts));
converters.HashAlgorithmIdentifier = converters.AlgorithmIdentifier;

converters.KeyFormat = enumeration('KeyFormat', ['raw', 'pkcs8', 'spki', 'jwk']);
converters.KeyUsage = enumeration('KeyUsage', [
  'encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey',
]);
converters['sequence<KeyUsage>'] = sequenceOf(converters.KeyUsage);

converters.CryptoKey = (v, opts = {}) => {
  // Lazy: CryptoKey lives in webcrypto, which itself converts with this module.
  const { isCryptoKey } = require('internal/crypto/keys');
  if (!isCryptoKey(v)) throw makeException('is not of type CryptoKey.', opts);
  return v;
};

const enforced = (convert) => (v, opts) => convert(v, { ...opts, enforceRange: true });

// A dictionary converter. Members are visited in lexicographic order, inherited ones
// included (as WebIDL orders them); absent optional members stay absent and unknown
// properties are dropped.
function dictionary(name, inherited, members) {
  const all = [...inherited, ...members].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const convert = (v, opts = {}) => {
    if (v !== undefined && v !== null && !isObject(v)) {
      throw makeException('can not be converted to a dictionary', opts);
    }
    const out = {};
    for (const { key, converter, required } of all) {
      const value = v == null ? undefined : v[key];
      if (value !== undefined) {
        const context = `'${key}' of '${name}'${opts.context ? ` (${opts.context})` : ''}`;
        out[key] = converter(value, { ...opts, context });
      } else if (required) {
        throw makeException(`can not be converted to '${name}' because '${key}' is required in '${name}'.`,
                            opts, 'ERR_MISSING_OPTION');
      }
    }
    return out;
  };
  convert.members = all;
  return convert;
}

const member = (key, converter, required = false) => ({ key, converter, required });
const kAlgorithm = [member('name', converters.DOMString, true)];
const kHash = member('hash', converters.HashAlgorithmIdentifier, true);

converters.Algorithm = dictionary('Algorithm', [], kAlgorithm);
converters.BigInteger = converters.Uint8Array;

const kRsaKeyGen = [
  ...kAlgorithm,
  member('modulusLength', enforced(converters['unsigned long']), true),
  member('publicExponent', converters.BigInteger, true),
];
converters.RsaKeyGenParams = dictionary('RsaKeyGenParams', kAlgorithm, kRsaKeyGen.slice(1));
converters.RsaHashedKeyGenParams = dictionary('RsaHashedKeyGenParams', kRsaKeyGen, [kHash]);
converters.RsaHashedImportParams = dictionary('RsaHashedImportParams', kAlgorithm, [kHash]);
converters.NamedCurve = converters.DOMString;
converters.EcKeyImportParams = dictionary('EcKeyImportParams', kAlgorithm,
                                          [member('namedCurve', converters.NamedCurve, true)]);
converters.EcKeyGenParams = dictionary('EcKeyGenParams', kAlgorithm,
                                       [member('namedCurve', converters.NamedCurve, true)]);
converters.AesKeyGenParams = dictionary('AesKeyGenParams', kAlgorithm,
                                        [member('length', enforced(converters['unsigned short']), true)]);
converters.HmacKeyGenParams = dictionary('HmacKeyGenParams', kAlgorithm,
                                         [kHash, member('length', enforced(converters['unsigned long']))]);
converters.RsaPssParams = dictionary('RsaPssParams', kAlgorithm,
                                     [member('saltLength', enforced(converters['unsigned long']), true)]);
converters.RsaOaepParams = dictionary('RsaOaepParams', kAlgorithm,
                                      [member('label', converters.BufferSource)]);
converters.EcdsaParams = dictionary('EcdsaParams', kAlgorithm, [kHash]);
converters.HmacImportParams = dictionary('HmacImportParams', kAlgorithm,
                                         [kHash, member('length', enforced(converters['unsigned long']))]);

converters.RsaOtherPrimesInfo = dictionary('RsaOtherPrimesInfo', [], ['r', 'd', 't'].map(
  (k) => member(k, converters.DOMString)));
converters['sequence<RsaOtherPrimesInfo>'] = sequenceOf(converters.RsaOtherPrimesInfo);
converters.JsonWebKey = dictionary('JsonWebKey', [], [
  ...['kty', 'use', 'alg', 'crv', 'x', 'y', 'd', 'n', 'e', 'p', 'q', 'dp', 'dq', 'qi', 'k'].map(
    (k) => member(k, converters.DOMString)),
  member('key_ops', converters['sequence<DOMString>']),
  member('ext', converters.boolean),
  member('oth', converters['sequence<RsaOtherPrimesInfo>']),
]);

converters.HkdfParams = dictionary('HkdfParams', kAlgorithm, [
  kHash, member('salt', converters.BufferSource, true), member('info', converters.BufferSource, true),
]);
converters.Pbkdf2Params = dictionary('Pbkdf2Params', kAlgorithm, [
  kHash, member('iterations', enforced(converters['unsigned long']), true),
  member('salt', converters.BufferSource, true),
]);
converters.AesDerivedKeyParams = dictionary('AesDerivedKeyParams', kAlgorithm,
                                            [member('length', enforced(converters['unsigned short']), true)]);
converters.AesCbcParams = dictionary('AesCbcParams', kAlgorithm, [member('iv', converters.BufferSource, true)]);
converters.AesGcmParams = dictionary('AesGcmParams', kAlgorithm, [
  member('iv', converters.BufferSource, true), member('tagLength', enforced(converters.octet)),
  member('additionalData', converters.BufferSource),
]);
converters.AesCtrParams = dictionary('AesCtrParams', kAlgorithm, [
  member('counter', converters.BufferSource, true), member('length', enforced(converters.octet), true),
]);
converters.EcdhKeyDeriveParams = dictionary('EcdhKeyDeriveParams', kAlgorithm,
                                            [member('public', converters.CryptoKey, true)]);
converters.Ed448Params = dictionary('Ed448Params', kAlgorithm, [member('context', converters.BufferSource)]);

module.exports = { converters, requiredArguments };
