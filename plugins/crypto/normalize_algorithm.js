'use strict';
// Web Crypto's "normalize an algorithm": which algorithms each operation accepts, and
// the IDL dictionary each one's parameters are converted with. The result is a new
// object (the caller's is never changed) with the canonical name, only the members the
// dictionary knows, hashes normalized to { name }, and BufferSource members copied, so
// later writes to the caller's buffers do not reach an operation in progress.

const { DOMException } = require('internal/domexception');

// op → canonical name → dictionary (null: the algorithm takes no parameters).
const kRsaHashedGen = 'RsaHashedKeyGenParams';
const kAesGen = 'AesKeyGenParams';
const kSign = {
  'RSASSA-PKCS1-v1_5': null, 'RSA-PSS': 'RsaPssParams', 'ECDSA': 'EcdsaParams', 'HMAC': null,
  'Ed25519': null, 'Ed448': 'Ed448Params',
};
const kCipher = {
  'RSA-OAEP': 'RsaOaepParams', 'AES-CBC': 'AesCbcParams', 'AES-GCM': 'AesGcmParams',
  'AES-CTR': 'AesCtrParams',
};
const kSupported = {
  'digest': { 'SHA-1': null, 'SHA-256': null, 'SHA-384': null, 'SHA-512': null },
  'generateKey': {
    'RSASSA-PKCS1-v1_5': kRsaHashedGen, 'RSA-PSS': kRsaHashedGen, 'RSA-OAEP': kRsaHashedGen,
    'ECDSA': 'EcKeyGenParams', 'ECDH': 'EcKeyGenParams', 'AES-CTR': kAesGen, 'AES-CBC': kAesGen,
    'AES-GCM': kAesGen, 'AES-KW': kAesGen, 'HMAC': 'HmacKeyGenParams', 'Ed25519': null,
    'Ed448': null, 'X25519': null, 'X448': null,
  },
  'sign': kSign,
  'verify': kSign,
  'importKey': {
    'RSASSA-PKCS1-v1_5': 'RsaHashedImportParams', 'RSA-PSS': 'RsaHashedImportParams',
    'RSA-OAEP': 'RsaHashedImportParams', 'ECDSA': 'EcKeyImportParams', 'ECDH': 'EcKeyImportParams',
    'HMAC': 'HmacImportParams', 'HKDF': null, 'PBKDF2': null, 'AES-CTR': null, 'AES-CBC': null,
    'AES-GCM': null, 'AES-KW': null, 'Ed25519': null, 'Ed448': null, 'X25519': null, 'X448': null,
  },
  'deriveBits': {
    'HKDF': 'HkdfParams', 'PBKDF2': 'Pbkdf2Params', 'ECDH': 'EcdhKeyDeriveParams',
    'X25519': 'EcdhKeyDeriveParams', 'X448': 'EcdhKeyDeriveParams',
  },
  'encrypt': kCipher,
  'decrypt': kCipher,
  'get key length': {
    'AES-CBC': 'AesDerivedKeyParams', 'AES-CTR': 'AesDerivedKeyParams',
    'AES-GCM': 'AesDerivedKeyParams', 'AES-KW': 'AesDerivedKeyParams', 'HMAC': 'HmacImportParams',
    'HKDF': null, 'PBKDF2': null,
  },
  'wrapKey': { 'AES-KW': null },
  'unwrapKey': { 'AES-KW': null },
};

const kOpts = { prefix: 'Failed to normalize algorithm', context: 'passed algorithm' };

function normalizeAlgorithm(algorithm, op) {
  const { converters } = require('internal/crypto/webidl');
  if (typeof algorithm === 'string') algorithm = { name: algorithm };
  const registered = kSupported[op];
  const { name: given } = converters.Algorithm(algorithm, kOpts);
  const upper = given.toUpperCase();
  const name = Object.keys(registered).find((n) => n.toUpperCase() === upper);
  if (name === undefined) throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
  const dict = registered[name];
  if (dict === null) return { name };
  const convert = converters[dict];
  const out = convert(algorithm, kOpts);
  out.name = name;
  for (const { key, converter } of convert.members) {
    const value = out[key];
    if (value === undefined) continue;
    if (converter === converters.HashAlgorithmIdentifier) {
      out[key] = normalizeAlgorithm(value, 'digest');
    } else if (converter === converters.BufferSource) {
      out[key] = ArrayBuffer.isView(value) ?
        new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice() :
        new Uint8Array(value).slice();
    }
  }
  return out;
}

module.exports = { normalizeAlgorithm };
