'use strict';
require('internal/crypto/pkey_errors'); // registers the codes destructured below
// KeyObject and its three kinds, createSecretKey/createPublicKey/createPrivateKey, and the
// key-encoding options shared by export(), generateKeyPair and sign/verify/encrypt
// ({ key, format, type, passphrase, encoding }). Asymmetric keys are native handles
// (an EVP_PKEY owned by an external); secret keys are a private Buffer copy.

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS, ERR_CRYPTO_INVALID_JWK, ERR_INVALID_THIS,
    ERR_ILLEGAL_CONSTRUCTOR,
  },
} = require('internal/errors');
const { validateObject, validateString, validateOneOf } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('util/types');

const kHandle = Symbol('kHandle');
const kKeyType = Symbol('kKeyType');
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');
// Set by internal/crypto/webcrypto on CryptoKey objects: the KeyObject inside.
const kKeyObject = Symbol('kKeyObject');

function isKeyObject(v) {
  return v !== null && typeof v === 'object' && v[kKeyType] !== undefined && v[kHandle] !== undefined;
}
function isCryptoKey(v) {
  return v !== null && typeof v === 'object' && v[kKeyObject] !== undefined;
}

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    if (typeof handle !== 'object' && typeof handle !== 'undefined') {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kHandle, { value: handle, enumerable: false, configurable: false });
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    if (!isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return key[kKeyObject];
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    if (this.type === 'secret') {
      const a = this[kHandle];
      const b = otherKeyObject[kHandle];
      // Constant-time for equal lengths, as node's timingSafeEqual-based comparison.
      if (a.length !== b.length) return false;
      let diff = 0;
      for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
      return diff === 0;
    }
    return binding.keyEquals(this[kHandle], otherKeyObject[kHandle]);
  }
}
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, {
  value: 'KeyObject', configurable: true,
});

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kHandle].length;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') {
        return { kty: 'oct', k: this[kHandle].toString('base64url') };
      }
    }
    return Buffer.from(this[kHandle]);
  }
}

function asymmetricInfo(key) {
  let info = key[kAsymmetricKeyDetails];
  if (info === undefined) {
    const raw = binding.keyInfo(key[kHandle]);
    info = {};
    switch (raw.type) {
      case 'rsa':
      case 'rsa-pss':
        info.modulusLength = raw.modulusLength;
        info.publicExponent = raw.publicExponent;
        if (raw.hashAlgorithm !== undefined) {
          info.hashAlgorithm = raw.hashAlgorithm;
          info.mgf1HashAlgorithm = raw.mgf1HashAlgorithm;
          info.saltLength = raw.saltLength;
        }
        break;
      case 'ec':
        info.namedCurve = raw.namedCurve;
        break;
      case 'dsa':
        info.modulusLength = raw.modulusLength;
        info.divisorLength = raw.divisorLength;
        break;
      default:
        break;
    }
    key[kAsymmetricKeyDetails] = info;
  }
  return info;
}

class AsymmetricKeyObject extends KeyObject {
  // The type is looked up on first use, as node (it shows in util.inspect only then).
  get asymmetricKeyType() {
    if (this[kAsymmetricKeyType] === undefined) {
      this[kAsymmetricKeyType] = binding.keyInfo(this[kHandle]).type;
    }
    return this[kAsymmetricKeyType];
  }

  get asymmetricKeyDetails() {
    switch (this.asymmetricKeyType) {
      case 'rsa':
      case 'rsa-pss':
      case 'dsa':
      case 'ec':
        return { ...asymmetricInfo(this) };
      default:
        return {};
    }
  }
}

function exportJwk(key, isPrivate) {
  const c = binding.keyComponents(key[kHandle], isPrivate);
  const b64 = (b) => b.toString('base64url');
  const out = {};
  switch (c.kty) {
    case 'RSA':
      if (key.asymmetricKeyType !== 'rsa') {
        throw new ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
      }
      out.kty = 'RSA';
      out.n = b64(c.n);
      out.e = b64(c.e);
      if (isPrivate) {
        out.d = b64(c.d); out.p = b64(c.p); out.q = b64(c.q);
        out.dp = b64(c.dp); out.dq = b64(c.dq); out.qi = b64(c.qi);
      }
      return out;
    case 'EC': {
      const crv = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521', secp256k1: 'secp256k1' }[c.curve];
      if (crv === undefined) throw new ERR_CRYPTO_JWK_UNSUPPORTED_CURVE(c.curve);
      out.kty = 'EC';
      out.x = b64(c.x);
      out.y = b64(c.y);
      out.crv = crv;
      if (isPrivate) out.d = b64(c.d);
      return out;
    }
    case 'OKP': {
      const crv = { ed25519: 'Ed25519', ed448: 'Ed448', x25519: 'X25519', x448: 'X448' }[key.asymmetricKeyType];
      out.crv = crv;
      if (isPrivate) out.d = b64(c.d);
      out.x = b64(c.x);
      out.kty = 'OKP';
      return out;
    }
    default:
      throw new ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') return exportJwk(this, false);
    const { format, type } = parsePublicKeyEncoding(options, this.asymmetricKeyType, undefined, 'options');
    return binding.keyExport(this[kHandle], false, format, type, null, null);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') {
      if (options.passphrase !== undefined) {
        throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
      }
      return exportJwk(this, true);
    }
    const { format, type, cipher, passphrase } =
      parsePrivateKeyEncoding(options, this.asymmetricKeyType, undefined, 'options');
    return binding.keyExport(this[kHandle], true, format, type, cipher === undefined ? null : cipher,
                             passphrase === undefined ? null : passphrase);
  }
}

const {
  ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE, ERR_CRYPTO_JWK_UNSUPPORTED_CURVE,
} = require('internal/errors').codes;

// --- encoding options -------------------------------------------------------------

function optionName(ctx, name) {
  return ctx === undefined ? `options.${name}` : `${ctx}.${name}`;
}

function parseFormat(format, ctx, allowJwk) {
  if (format === 'pem' || format === 'der' || (allowJwk && format === 'jwk')) return format;
  throw new ERR_INVALID_ARG_VALUE(optionName(ctx, 'format'), format);
}

function checkTypeForKey(type, keyType, isInput) {
  if (keyType === undefined) return;
  if (type === 'pkcs1' && keyType !== 'rsa') {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'can only be used for RSA keys');
  }
  if (type === 'sec1' && keyType !== 'ec') {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'can only be used for EC keys');
  }
}

// For export() and generateKeyPair's publicKeyEncoding: { format, type } both required.
function parsePublicKeyEncoding(enc, keyType, objName = undefined, argName = 'options') {
  validateObject(enc, objName === undefined ? argName : objName);
  const ctx = objName === undefined ? 'options' : objName;
  const format = parseFormat(enc.format, ctx, true);
  let type;
  if (format !== 'jwk') {
    type = enc.type;
    if (type !== 'pkcs1' && type !== 'spki') {
      throw new ERR_INVALID_ARG_VALUE(optionName(ctx, 'type'), type);
    }
    checkTypeForKey(type, keyType);
  }
  return { format, type };
}

function parsePrivateKeyEncoding(enc, keyType, objName = undefined, argName = 'options') {
  validateObject(enc, objName === undefined ? argName : objName);
  const ctx = objName === undefined ? 'options' : objName;
  const format = parseFormat(enc.format, ctx, true);
  let type;
  if (format !== 'jwk') {
    type = enc.type;
    if (type !== 'pkcs1' && type !== 'pkcs8' && type !== 'sec1') {
      throw new ERR_INVALID_ARG_VALUE(optionName(ctx, 'type'), type);
    }
    checkTypeForKey(type, keyType);
  }
  let { cipher, passphrase, encoding } = enc;
  if (cipher !== undefined) {
    if (typeof cipher !== 'string') throw new ERR_INVALID_ARG_VALUE(optionName(ctx, 'cipher'), cipher);
    if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'does not support encryption');
    }
    if (typeof passphrase === 'string') {
      passphrase = Buffer.from(passphrase, encoding === undefined ? 'utf8' : encoding);
    } else if (!isArrayBufferView(passphrase) && !isAnyArrayBuffer(passphrase)) {
      throw new ERR_INVALID_ARG_VALUE(optionName(ctx, 'passphrase'), passphrase);
    }
  } else if (passphrase !== undefined) {
    throw new ERR_INVALID_ARG_VALUE(optionName(ctx, 'cipher'), cipher);
  }
  return { format, type, cipher, passphrase };
}

// --- creating keys ------------------------------------------------------------------

function isStringOrBuffer(v) {
  return typeof v === 'string' || isArrayBufferView(v) || isAnyArrayBuffer(v);
}

function toBuffer(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding === undefined ? 'utf8' : encoding);
  if (isAnyArrayBuffer(data)) return Buffer.from(data);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

function createSecretKey(key, encoding) {
  if (typeof key === 'string') {
    key = Buffer.from(key, encoding);
  } else if (!isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  return new SecretKeyObject(Buffer.from(toBuffer(key)));
}

const jwkCurves = {
  EC: ['P-256', 'secp256k1', 'P-384', 'P-521'],
  OKP: ['Ed25519', 'Ed448', 'X25519', 'X448'],
};

function jwkField(jwk, name, required = true) {
  const v = jwk[name];
  if (typeof v !== 'string') {
    if (!required && v === undefined) return undefined;
    throw new ERR_INVALID_ARG_TYPE(`key.${name}`, 'string', v);
  }
  return Buffer.from(v, 'base64url');
}

function handleFromJwk(jwk, isPublic) {
  validateObject(jwk, 'key.key');
  validateOneOf(jwk.kty, 'key.kty', ['RSA', 'EC', 'OKP']);
  const isPrivate = !isPublic;
  if (jwk.kty === 'RSA') {
    const comps = { n: jwkField(jwk, 'n'), e: jwkField(jwk, 'e') };
    let priv = false;
    if (isPrivate || jwk.d !== undefined) {
      comps.d = jwkField(jwk, 'd');
      for (const k of ['p', 'q', 'dp', 'dq', 'qi']) comps[k] = jwkField(jwk, k);
      priv = isPrivate;
    }
    return [binding.keyFromComponents('RSA', null, comps, priv), priv];
  }
  if (jwk.kty === 'EC') {
    validateOneOf(jwk.crv, 'key.crv', jwkCurves.EC);
    const comps = { x: jwkField(jwk, 'x'), y: jwkField(jwk, 'y') };
    if (isPrivate) comps.d = jwkField(jwk, 'd');
    const size = { 'P-256': 32, 'secp256k1': 32, 'P-384': 48, 'P-521': 66 }[jwk.crv];
    if (comps.x.length !== size || comps.y.length !== size ||
        (comps.d !== undefined && comps.d.length !== size)) {
      throw new ERR_CRYPTO_INVALID_JWK('Invalid JWK EC key');
    }
    let handle;
    try {
      handle = binding.keyFromComponents('EC', jwk.crv, comps, isPrivate);
    } catch {
      throw new ERR_CRYPTO_INVALID_JWK('Invalid JWK EC key');
    }
    return [handle, isPrivate];
  }
  validateOneOf(jwk.crv, 'key.crv', jwkCurves.OKP);
  const x = jwkField(jwk, 'x');
  const comps = { x };
  if (isPrivate) comps.d = jwkField(jwk, 'd');
  const size = { Ed25519: 32, X25519: 32, Ed448: 57, X448: 56 }[jwk.crv];
  if (x.length !== size || (comps.d !== undefined && comps.d.length !== size)) {
    throw new ERR_CRYPTO_INVALID_JWK();
  }
  return [binding.keyFromComponents('OKP', jwk.crv, comps, isPrivate), isPrivate];
}

const keyInputTypes = ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

// The key argument of createPublicKey/createPrivateKey/sign/verify/…: a string or buffer
// (PEM), or { key, format, type, passphrase, encoding }. Returns [handle, isPrivate].
function prepareAsymmetricKey(key, wantPrivate, argName = 'key') {
  let data;
  let format = 'pem';
  let type;
  let passphrase;
  if (isStringOrBuffer(key)) {
    data = key;
  } else if (key !== null && typeof key === 'object' && !isKeyObject(key) && !isCryptoKey(key)) {
    const { key: inner, encoding } = key;
    format = key.format === undefined ? 'pem' : key.format;
    if (format === 'jwk') {
      return handleFromJwk(inner, !wantPrivate);
    }
    if (format !== 'pem' && format !== 'der') {
      throw new ERR_INVALID_ARG_VALUE('options.format', key.format);
    }
    if (!isStringOrBuffer(inner)) {
      throw new ERR_INVALID_ARG_TYPE(`${argName}.key`, ['string', ...keyInputTypes], inner);
    }
    data = typeof inner === 'string' ? Buffer.from(inner, encoding === undefined ? 'utf8' : encoding) : inner;
    if (format === 'der') {
      type = key.type;
      const ok = wantPrivate ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki', 'pkcs8', 'sec1'];
      if (!ok.includes(type)) throw new ERR_INVALID_ARG_VALUE('options.type', type);
    }
    if (key.passphrase !== undefined && key.passphrase !== null) {
      passphrase = key.passphrase;
      if (typeof passphrase === 'string') passphrase = Buffer.from(passphrase, encoding === undefined ? 'utf8' : encoding);
      else if (!isArrayBufferView(passphrase) && !isAnyArrayBuffer(passphrase)) {
        throw new ERR_INVALID_ARG_VALUE('options.passphrase', passphrase);
      }
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(argName, ['string', ...keyInputTypes], key);
  }
  if (typeof data === 'string') data = Buffer.from(data, 'utf8');
  return binding.keyParse(data, format, type, passphrase, wantPrivate);
}

function createPrivateKey(key) {
  const [handle] = prepareAsymmetricKey(key, true);
  return new PrivateKeyObject(handle);
}

function createPublicKey(key) {
  if (key !== null && typeof key === 'object' && !isKeyObject(key) && !isCryptoKey(key) &&
      (isKeyObject(key.key) || isCryptoKey(key.key))) {
    key = key.key;
  }
  if (isKeyObject(key)) {
    if (key.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    return new PublicKeyObject(key[kHandle]);
  }
  if (isCryptoKey(key)) {
    const ko = key[kKeyObject];
    if (ko.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(ko.type, 'private');
    return new PublicKeyObject(ko[kHandle]);
  }
  const [handle] = prepareAsymmetricKey(key, false);
  return new PublicKeyObject(handle);
}

// For sign/privateDecrypt/…: a private KeyObject, a CryptoKey, or anything
// createPrivateKey takes, plus the option bag around it. Returns the native handle.
function preparePrivateKey(key, argName = 'key') {
  let k = key;
  if (k !== null && typeof k === 'object' && !isKeyObject(k) && !isCryptoKey(k) &&
      !isArrayBufferView(k) && !isAnyArrayBuffer(k) && (isKeyObject(k.key) || isCryptoKey(k.key))) {
    k = k.key;
  }
  if (isCryptoKey(k)) k = k[kKeyObject];
  if (isKeyObject(k)) {
    if (k.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(k.type, 'private');
    return k[kHandle];
  }
  return prepareAsymmetricKey(k, true, argName)[0];
}

// For verify/publicEncrypt/…: public or private KeyObject, or key material (a private PEM
// gives its public half). Returns the native handle.
function preparePublicOrPrivateKey(key, argName = 'key') {
  let k = key;
  if (k !== null && typeof k === 'object' && !isKeyObject(k) && !isCryptoKey(k) &&
      !isArrayBufferView(k) && !isAnyArrayBuffer(k) && (isKeyObject(k.key) || isCryptoKey(k.key))) {
    k = k.key;
  }
  if (isCryptoKey(k)) k = k[kKeyObject];
  if (isKeyObject(k)) {
    if (k.type === 'secret') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(k.type, 'private or public');
    }
    return k[kHandle];
  }
  return prepareAsymmetricKey(k, false, argName)[0];
}

// assert.deepEqual and util.isDeepStrictEqual compare keys by their material, as node.
require('internal/util/comparisons').registerDeepEqualKind(isKeyObject, (a, b) => a.equals(b));

function keyObjectFromHandle(type, handle) {
  if (type === 'secret') return new SecretKeyObject(handle);
  return type === 'public' ? new PublicKeyObject(handle) : new PrivateKeyObject(handle);
}

module.exports = {
  KeyObject, SecretKeyObject, PublicKeyObject, PrivateKeyObject, AsymmetricKeyObject,
  createSecretKey, createPublicKey, createPrivateKey,
  prepareAsymmetricKey, preparePrivateKey, preparePublicOrPrivateKey,
  parsePublicKeyEncoding, parsePrivateKeyEncoding,
  isKeyObject, isCryptoKey, keyObjectFromHandle, toBuffer,
  kHandle, kKeyType, kKeyObject, kAsymmetricKeyType,
};
