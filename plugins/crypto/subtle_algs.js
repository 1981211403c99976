'use strict';
require('internal/crypto/pkey_errors'); // registers the codes destructured below
// The algorithms behind SubtleCrypto (internal/crypto/webcrypto): normalization of
// algorithm arguments, key usages, import/export formats, and each operation mapped onto
// KeyObjects and the crypto module. Failures are DOMExceptions with node's names/messages.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { DOMException } = require('internal/domexception');
const { isArrayBufferView, isAnyArrayBuffer } = require('util/types');
const { normalizeAlgorithm } = require('internal/crypto/normalize_algorithm');
const { bigIntArrayToUnsignedBigInt } = require('internal/crypto/util');
const {
  createSecretKey, createPublicKey, createPrivateKey, keyObjectFromHandle, kHandle, isCryptoKey,
} = require('internal/crypto/keys');

let crypto_;
function nodeCrypto() {
  if (crypto_ === undefined) crypto_ = require('crypto');
  return crypto_;
}

let makeKey;
let keyParts;
function setKeyMaker(make, parts) {
  makeKey = make;
  keyParts = parts;
}

function dom(name, message) {
  return new DOMException(message, name);
}

function normalize(algorithm, op) {
  return normalizeAlgorithm(algorithm, op);
}

const kNodeHash = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
const kBlockBits = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };

// A BufferSource as a Buffer copy (later changes to the caller's memory do not leak in).
function bytes(data, name = 'data') {
  if (isAnyArrayBuffer(data)) return Buffer.from(new Uint8Array(data));
  if (isArrayBufferView(data)) {
    return Buffer.from(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
}

function toArrayBuffer(buf) {
  const ab = new ArrayBuffer(buf.length);
  new Uint8Array(ab).set(buf);
  return ab;
}

// --- usages --------------------------------------------------------------------------

const kSignPair = { public: ['verify'], private: ['sign'] };
const kDerivePair = { public: [], private: ['deriveKey', 'deriveBits'] };
const kAesUsages = { secret: ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'] };
const kUsages = {
  'HMAC': { secret: ['sign', 'verify'] },
  'AES-GCM': kAesUsages, 'AES-CBC': kAesUsages, 'AES-CTR': kAesUsages,
  'AES-KW': { secret: ['wrapKey', 'unwrapKey'] },
  'RSA-OAEP': { public: ['encrypt', 'wrapKey'], private: ['decrypt', 'unwrapKey'] },
  'RSASSA-PKCS1-v1_5': kSignPair, 'RSA-PSS': kSignPair, 'ECDSA': kSignPair, 'Ed25519': kSignPair,
  'Ed448': kSignPair, 'ECDH': kDerivePair, 'X25519': kDerivePair, 'X448': kDerivePair,
  'PBKDF2': { secret: ['deriveKey', 'deriveBits'] }, 'HKDF': { secret: ['deriveKey', 'deriveBits'] },
};
const kUsageLabel = {
  'HMAC': 'an HMAC', 'AES-GCM': 'an AES', 'AES-CBC': 'an AES', 'AES-CTR': 'an AES',
  'AES-KW': 'an AES', 'RSA-OAEP': 'a RSA', 'RSASSA-PKCS1-v1_5': 'a RSA', 'RSA-PSS': 'a RSA',
  'ECDSA': 'an ECDSA', 'ECDH': 'an ECDH', 'Ed25519': 'an Ed25519', 'X25519': 'an X25519',
  'Ed448': 'an Ed448', 'X448': 'an X448',
  'PBKDF2': 'a PBKDF2', 'HKDF': 'a HKDF',
};

// usages is already a sequence<KeyUsage>. importKey keeps it as given (duplicates too, as
// node does); generateKey drops duplicates.
function checkUsages(name, usages, types) {
  const allowed = new Set(types.flatMap((t) => kUsages[name][t]));
  for (const u of usages) {
    if (!allowed.has(u)) throw dom('SyntaxError', `Unsupported key usage for ${kUsageLabel[name]} key`);
  }
  return usages;
}

// The usages of one half of a generated key pair, in the order node lists them.
function usagesFor(name, type, list) {
  return kUsages[name][type].filter((u) => list.includes(u));
}

function emptyCheck(type, usages, importing = false) {
  if ((type === 'secret' || type === 'private') && usages.length === 0) {
    throw dom('SyntaxError', importing ? `Usages cannot be empty when importing a ${type} key.` :
      'Usages cannot be empty when creating a key.');
  }
}

// --- digest ------------------------------------------------------------------------

function digest(algorithm, data) {
  const { name } = normalize(algorithm, 'digest');
  const input = bytes(data);
  return toArrayBuffer(nodeCrypto().createHash(kNodeHash[name]).update(input).digest());
}

// --- generateKey ---------------------------------------------------------------------

const kCurves = ['P-256', 'P-384', 'P-521'];

function aesLength(len) {
  if (len !== 128 && len !== 192 && len !== 256) {
    throw dom('OperationError', 'AES key length must be 128, 192, or 256 bits');
  }
  return len;
}

function rsaAlgorithm(name, alg) {
  const hash = alg.hash.name;
  // The caller's publicExponent object itself, as node keeps it (a Buffer stays a Buffer).
  return { name, modulusLength: alg.modulusLength, publicExponent: alg.publicExponent, hash: { name: hash } };
}

function pairPromise(type, options) {
  return new Promise((resolve, reject) => {
    nodeCrypto().generateKeyPair(type, options, (err, publicKey, privateKey) => {
      if (err) reject(dom('OperationError', 'The operation failed for an operation-specific reason'));
      else resolve({ publicKey, privateKey });
    });
  });
}

function generateKey(algorithm, extractable, usages) {
  const alg = normalize(algorithm, 'generateKey');
  const { name } = alg;
  const types = Object.keys(kUsages[name]);
  const list = [...new Set(checkUsages(name, usages, types))];
  if (types[0] === 'secret') {
    emptyCheck('secret', list);
    let keyAlg;
    let length;
    if (name === 'HMAC') {
      const hash = alg.hash.name;
      length = alg.length === undefined ? kBlockBits[hash] : alg.length >>> 0;
      if (length === 0) throw dom('OperationError', 'Zero-length key is not supported');
      keyAlg = { name, length, hash: { name: hash } };
    } else {
      length = aesLength(alg.length);
      keyAlg = { name, length };
    }
    const key = createSecretKey(nodeCrypto().randomBytes(Math.ceil(length / 8)));
    return makeKey(key, keyAlg, extractable, list);
  }
  let keyAlg;
  let pending;
  if (name === 'ECDSA' || name === 'ECDH') {
    if (!kCurves.includes(alg.namedCurve)) throw dom('NotSupportedError', 'Unrecognized namedCurve');
    keyAlg = { name, namedCurve: alg.namedCurve };
    pending = pairPromise('ec', { namedCurve: alg.namedCurve });
  } else if (kOkp.includes(name)) {
    keyAlg = { name };
    pending = pairPromise(name.toLowerCase());
  } else {
    keyAlg = rsaAlgorithm(name, alg);
    pending = pairPromise('rsa', {
      modulusLength: keyAlg.modulusLength, publicExponent: Number(bigIntArrayToUnsignedBigInt(keyAlg.publicExponent)),
    });
  }
  const privUsages = usagesFor(name, 'private', list);
  emptyCheck('private', privUsages);
  return pending.then(({ publicKey, privateKey }) => ({
    publicKey: makeKey(publicKey, keyAlg, true, usagesFor(name, 'public', list)),
    privateKey: makeKey(privateKey, keyAlg, extractable, privUsages),
  }));
}

// --- importKey / exportKey -----------------------------------------------------------

const kOkp = ['Ed25519', 'X25519', 'Ed448', 'X448'];
const kAsymType = {
  'RSA-OAEP': ['rsa'], 'RSASSA-PKCS1-v1_5': ['rsa'], 'RSA-PSS': ['rsa', 'rsa-pss'],
  'ECDSA': ['ec'], 'ECDH': ['ec'], 'Ed25519': ['ed25519'], 'X25519': ['x25519'],
  'Ed448': ['ed448'], 'X448': ['x448'],
};
const kNodeCurve = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };

function asymAlgorithm(name, alg, keyObject) {
  if (name === 'ECDSA' || name === 'ECDH') {
    if (!kCurves.includes(alg.namedCurve)) throw dom('NotSupportedError', 'Unrecognized namedCurve');
    if (keyObject && keyObject.asymmetricKeyDetails.namedCurve !== kNodeCurve[alg.namedCurve]) {
      throw dom('DataError', 'Named curve mismatch');
    }
    return { name, namedCurve: alg.namedCurve };
  }
  if (kOkp.includes(name)) return { name };
  const hash = alg.hash.name;
  const d = keyObject.asymmetricKeyDetails;
  let e = d.publicExponent;
  const pe = [];
  while (e > 0n) {
    pe.unshift(Number(e & 0xffn));
    e >>= 8n;
  }
  return { name, modulusLength: d.modulusLength, publicExponent: new Uint8Array(pe), hash: { name: hash } };
}

function importSecret(name, alg, raw, extractable, list, format) {
  if (name === 'PBKDF2' || name === 'HKDF') {
    if (extractable) throw dom('SyntaxError', `${name} keys are not extractable`);
    return makeKey(createSecretKey(raw), { name }, false, list);
  }
  if (name === 'HMAC') {
    const hash = alg.hash.name;
    // Node refuses an empty key given raw, but not an empty JWK "k".
    if (format === 'raw' && (raw.length === 0 || alg.length === 0)) {
      throw dom('DataError', 'Zero-length key is not supported');
    }
    const length = raw.length * 8;
    if (alg.length !== undefined && alg.length !== length) throw dom('DataError', 'Invalid key length');
    return makeKey(createSecretKey(raw), { name, hash: { name: hash }, length }, extractable, list);
  }
  if (raw.length !== 16 && raw.length !== 24 && raw.length !== 32) {
    throw dom('DataError', 'Invalid key length');
  }
  return makeKey(createSecretKey(raw), { name, length: raw.length * 8 }, extractable, list);
}

function checkKeyType(name, keyObject) {
  if (!kAsymType[name].includes(keyObject.asymmetricKeyType)) {
    throw dom('DataError', 'Invalid key type');
  }
}

function importKey(format, keyData, algorithm, extractable, usages) {
  const alg = normalize(algorithm, 'importKey');
  const { name } = alg;
  const isSecret = Object.keys(kUsages[name])[0] === 'secret';
  if (isSecret) {
    const list = checkUsages(name, usages, ['secret']);
    emptyCheck('secret', list, true);
    if (format === 'raw') {
      return importSecret(name, alg, bytes(keyData, 'keyData'), extractable, list, format);
    }
    if (format !== 'jwk' || name === 'PBKDF2' || name === 'HKDF') {
      // Node names AES keys by family here, and gives HMAC's DOMException no name.
      if (name === 'HMAC') throw dom('Error', `Unable to import HMAC key with format ${format}`);
      const label = name.startsWith('AES') ? 'AES' : name;
      throw dom('NotSupportedError', `Unable to import ${label} key with format ${format}`);
    }
    const jwk = keyData;
    if (!jwk.kty) throw dom('DataError', 'Invalid keyData');
    if (jwk.kty !== 'oct') throw dom('DataError', 'Invalid JWK "kty" Parameter');
    if (jwk.use !== undefined && jwk.use !== (name === 'HMAC' ? 'sig' : 'enc')) {
      throw dom('DataError', 'Invalid JWK "use" Parameter');
    }
    checkKeyOps(jwk.key_ops, list);
    if (jwk.ext === false && extractable) throw dom('DataError', 'JWK "ext" Parameter and extractable mismatch');
    // HMAC compares "alg" before it looks at "k"; AES looks at the key first.
    const checkAlg = (expected) => {
      if (jwk.alg !== undefined && jwk.alg !== expected) {
        throw dom('DataError', 'JWK "alg" does not match the requested algorithm');
      }
    };
    if (name === 'HMAC') checkAlg(jwkAlg({ name, hash: alg.hash }));
    if (typeof jwk.k !== 'string') throw dom('DataError', 'Invalid keyData');
    const raw = Buffer.from(jwk.k, 'base64url');
    if (name !== 'HMAC') {
      if (raw.length !== 16 && raw.length !== 24 && raw.length !== 32) {
        throw dom('DataError', 'Invalid key length');
      }
      checkAlg(jwkAlg({ name, length: raw.length * 8 }));
    }
    return importSecret(name, alg, raw, extractable, list, format);
  }
  return importAsymmetric(format, keyData, name, alg, extractable, usages);
}

const kOkpRawLength = { Ed25519: 32, X25519: 32, Ed448: 57, X448: 56 };
const kEcJwkAlg = { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' };

// Node's import label: "an RSA-PSS key" but "a ECDSA key" / "a Ed25519 key".
function importUsages(name, usages, type) {
  const allowed = kUsages[name][type];
  const article = name.startsWith('RSA') ? 'an' : 'a';
  for (const u of usages) {
    if (!allowed.includes(u)) throw dom('SyntaxError', `Unsupported key usage for ${article} ${name} key`);
  }
}

// RSA, EC and OKP keys, in node's order of checks: the curve, the usages against the key
// type the format implies, then the data itself.
function importAsymmetric(format, keyData, name, alg, extractable, usages) {
  const isEc = name === 'ECDSA' || name === 'ECDH';
  const isRsa = name.startsWith('RSA');
  if (isEc && !kCurves.includes(alg.namedCurve)) throw dom('NotSupportedError', 'Unrecognized namedCurve');
  let type;
  if (format === 'jwk') type = keyData.d !== undefined ? 'private' : 'public';
  else type = format === 'pkcs8' ? 'private' : 'public';
  if (format === 'raw' && isRsa) {
    throw dom('NotSupportedError', `Unable to import ${name.slice(0, 3)} key with format raw`);
  }
  const isOkpJwk = format === 'jwk' && !isEc && !isRsa;
  if (!isOkpJwk) importUsages(name, usages, type);
  let keyObject;
  if (format === 'raw') {
    const data = bytes(keyData, 'keyData');
    if (!isEc && data.length !== kOkpRawLength[name]) {
      throw dom('DataError', `${name} raw keys must be exactly ${kOkpRawLength[name]}-bytes`);
    }
    const curve = isEc ? kNodeCurve[alg.namedCurve] : null;
    const handle = binding.keyFromRawPublic(isEc ? 'ec' : name.toLowerCase(), curve, data);
    if (handle === null) throw dom('DataError', 'Invalid keyData');
    keyObject = keyObjectFromHandle('public', handle);
  } else if (format === 'spki' || format === 'pkcs8') {
    const data = bytes(keyData, 'keyData');
    try {
      keyObject = format === 'spki' ?
        createPublicKey({ key: data, format: 'der', type: 'spki' }) :
        createPrivateKey({ key: data, format: 'der', type: 'pkcs8' });
    } catch {
      throw dom('DataError', 'Invalid keyData');
    }
    checkKeyType(name, keyObject);
  } else {
    const jwk = keyData;
    const kty = isEc ? 'EC' : isRsa ? 'RSA' : 'OKP';
    if (!jwk.kty) throw dom('DataError', 'Invalid keyData');
    if (jwk.kty !== kty) throw dom('DataError', 'Invalid JWK "kty" Parameter');
    if (isEc && jwk.crv !== alg.namedCurve) {
      throw dom('DataError', 'JWK "crv" does not match the requested algorithm');
    }
    if (!isEc && !isRsa && jwk.crv !== name) {
      throw dom('DataError', 'JWK "crv" Parameter and algorithm name mismatch');
    }
    const use = name === 'ECDH' || name === 'X25519' || name === 'X448' || name === 'RSA-OAEP' ?
      'enc' : 'sig';
    // Node checks "use" only when some usage is asked for.
    if (usages.length > 0 && jwk.use !== undefined && jwk.use !== use) {
      throw dom('DataError', 'Invalid JWK "use" Parameter');
    }
    checkKeyOps(jwk.key_ops, usages);
    if (jwk.ext === false && extractable) throw dom('DataError', 'JWK "ext" Parameter and extractable mismatch');
    if (jwk.alg !== undefined) {
      let ok = true;
      // Node 20 compares only the digest an RSA "alg" names (RS256, PS256 and RSA-OAEP-256
      // all mean SHA-256 to it); ECDH and X25519/X448 ignore "alg".
      if (isRsa) ok = rsaAlgHash(jwk.alg) === alg.hash.name;
      else if (name === 'ECDSA') ok = jwk.alg === kEcJwkAlg[alg.namedCurve];
      else if (name === 'Ed25519' || name === 'Ed448') ok = jwk.alg === name || jwk.alg === 'EdDSA';
      if (!ok) throw dom('DataError', 'JWK "alg" does not match the requested algorithm');
    }
    if (isOkpJwk) importUsages(name, usages, type);
    try {
      keyObject = type === 'private' ?
        createPrivateKey({ key: jwk, format: 'jwk' }) : createPublicKey({ key: jwk, format: 'jwk' });
    } catch {
      throw dom('DataError', 'Invalid keyData');
    }
  }
  if (isEc && type === 'private' && !binding.keyCheck(keyObject[kHandle])) {
    throw dom('DataError', 'Invalid keyData');
  }
  const keyAlg = asymAlgorithm(name, alg, keyObject);
  emptyCheck(type, usages, true);
  return makeKey(keyObject, keyAlg, extractable, usages);
}

const kKeyOps = new Set(['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits',
  'wrapKey', 'unwrapKey']);

// A JWK "key_ops" may not name a known operation twice and must include every usage.
function checkKeyOps(keyOps, usages) {
  if (keyOps === undefined) return;
  const seen = new Set();
  for (const op of keyOps) {
    if (!kKeyOps.has(op)) continue;
    if (seen.has(op)) throw dom('DataError', 'Duplicate key operation');
    seen.add(op);
  }
  for (const u of usages) {
    if (!keyOps.includes(u)) throw dom('DataError', 'Key operations and usage mismatch');
  }
}

function rsaAlgHash(alg) {
  if (alg === 'RSA-OAEP') return 'SHA-1';
  const m = /^(?:RS|PS|RSA-OAEP-)(1|256|384|512)$/.exec(alg);
  if (m === null) return undefined;
  return m[1] === '1' ? 'SHA-1' : `SHA-${m[1]}`;
}

function jwkAlg(algorithm) {
  const { name } = algorithm;
  const bits = (h) => h.name.slice(4);
  switch (name) {
    case 'HMAC': return `HS${bits(algorithm.hash)}`;
    case 'AES-GCM': return `A${algorithm.length}GCM`;
    case 'AES-CBC': return `A${algorithm.length}CBC`;
    case 'AES-CTR': return `A${algorithm.length}CTR`;
    case 'AES-KW': return `A${algorithm.length}KW`;
    case 'RSASSA-PKCS1-v1_5': return `RS${bits(algorithm.hash)}`;
    case 'RSA-PSS': return `PS${bits(algorithm.hash)}`;
    case 'RSA-OAEP':
      return algorithm.hash.name === 'SHA-1' ? 'RSA-OAEP' : `RSA-OAEP-${bits(algorithm.hash)}`;
    case 'Ed25519': return 'Ed25519';
    case 'Ed448': return 'Ed448';
    default: return undefined;
  }
}

function exportKey(format, key) {
  const { keyObject, algorithm, usages, extractable, type } = keyParts(key);
  if (!extractable) throw dom('InvalidAccessException', 'key is not extractable');
  const { name } = algorithm;
  switch (format) {
    case 'raw':
      if (type === 'secret') return toArrayBuffer(keyObject.export());
      if (type === 'public' && ['ECDSA', 'ECDH', ...kOkp].includes(name)) {
        return toArrayBuffer(binding.keyRawPublic(keyObject[kHandle], false));
      }
      break;
    case 'spki':
      if (type === 'public' && (name === 'ECDSA' || name === 'ECDH')) {
        // An imported compressed point is exported uncompressed, as node does.
        const point = binding.keyRawPublic(keyObject[kHandle], false);
        const handle = binding.keyFromRawPublic('ec', kNodeCurve[algorithm.namedCurve], point);
        return toArrayBuffer(keyObjectFromHandle('public', handle).export({ format: 'der', type: 'spki' }));
      }
      if (type === 'public') return toArrayBuffer(keyObject.export({ format: 'der', type: 'spki' }));
      break;
    case 'pkcs8':
      if (type === 'private') return toArrayBuffer(keyObject.export({ format: 'der', type: 'pkcs8' }));
      break;
    case 'jwk': {
      const jwk = { key_ops: [...usages], ext: extractable, ...keyObject.export({ format: 'jwk' }) };
      const a = jwkAlg(algorithm);
      if (a !== undefined) jwk.alg = a;
      return jwk;
    }
    default:
      throw new ERR_INVALID_ARG_TYPE('format', "'raw', 'pkcs8', 'spki', 'jwk'", format);
  }
  // Node's message says "raw" for a refused spki export too.
  const label = format === 'spki' ? 'raw' : format;
  throw dom('InvalidAccessError', `Unable to export a ${label} ${name} ${type} key`);
}

// --- sign / verify -----------------------------------------------------------------------

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_PSS_PADDING = 6;
const RSA_PKCS1_OAEP_PADDING = 4;

function usable(key, alg, usage, message) {
  const parts = keyParts(key);
  if (parts.algorithm.name !== alg.name || !parts.usages.includes(usage)) {
    throw dom('InvalidAccessError', message);
  }
  return parts;
}

function signVerify(mode, algorithm, key, data, signature) {
  const alg = normalize(algorithm, 'sign');
  // The algorithm's own parameters are checked before the key (node's order).
  if (alg.name === 'Ed448' && alg.context !== undefined && alg.context.length) {
    throw dom('NotSupportedError', 'Non zero-length context is not yet supported');
  }
  const usage = mode === 'sign' ? 'sign' : 'verify';
  const { keyObject, algorithm: keyAlg } = usable(key, alg, usage, `Unable to use this key to ${usage}`);
  const input = bytes(data);
  const c = nodeCrypto();
  if (alg.name === 'HMAC') {
    const mac = c.createHmac(kNodeHash[keyAlg.hash.name], keyObject.export()).update(input).digest();
    if (mode === 'sign') return toArrayBuffer(mac);
    const sig = bytes(signature, 'signature');
    return sig.length === mac.length && c.timingSafeEqual(sig, mac);
  }
  let hash = null;
  const opts = { key: keyObject };
  if (alg.name === 'ECDSA') {
    hash = kNodeHash[alg.hash.name];
    opts.dsaEncoding = 'ieee-p1363';
  } else if (alg.name === 'RSASSA-PKCS1-v1_5') {
    hash = kNodeHash[keyAlg.hash.name];
    opts.padding = RSA_PKCS1_PADDING;
  } else if (alg.name === 'RSA-PSS') {
    hash = kNodeHash[keyAlg.hash.name];
    opts.padding = RSA_PKCS1_PSS_PADDING;
    opts.saltLength = alg.saltLength >>> 0;
    const hLen = { 'SHA-1': 20, 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 }[keyAlg.hash.name];
    const max = Math.ceil((keyAlg.modulusLength - 1) / 8) - hLen - 2;
    if (opts.saltLength > max) {
      const e = dom('OperationError', kOpFailed);
      Object.defineProperty(e, 'cause', {
        value: new ERR_OUT_OF_RANGE('algorithm.saltLength', `>= 0 && <= ${max}`, opts.saltLength),
        configurable: true, writable: true,
      });
      throw e;
    }
  }
  const sig = mode === 'sign' ? null : bytes(signature, 'signature');
  try {
    if (mode === 'sign') return toArrayBuffer(c.sign(hash, input, opts));
    return c.verify(hash, input, opts, sig);
  } catch {
    throw dom('OperationError', kOpFailed);
  }
}

function sign(algorithm, key, data) {
  return signVerify('sign', algorithm, key, data);
}
function verify(algorithm, key, signature, data) {
  return signVerify('verify', algorithm, key, data, signature);
}

// --- encrypt / decrypt ----------------------------------------------------------------

const kOpFailed = 'The operation failed for an operation-specific reason';

function runCipher(mode, cipherName, keyBytes, iv, input, setup) {
  const c = nodeCrypto();
  try {
    const cipher = mode === 'encrypt' ?
      c.createCipheriv(cipherName, keyBytes, iv, setup.options) :
      c.createDecipheriv(cipherName, keyBytes, iv, setup.options);
    if (setup.before) setup.before(cipher);
    const out = Buffer.concat([cipher.update(input), cipher.final()]);
    return setup.after ? setup.after(cipher, out) : out;
  } catch {
    throw dom('OperationError', kOpFailed);
  }
}

function cipher(mode, algorithm, key, data) {
  const alg = normalize(algorithm, 'encrypt');
  const usage = mode;
  const { keyObject, algorithm: keyAlg } =
    usable(key, alg, usage, 'The requested operation is not valid for the provided key');
  let input = bytes(data);
  if (alg.name === 'RSA-OAEP') {
    const c = nodeCrypto();
    const opts = { key: keyObject, padding: RSA_PKCS1_OAEP_PADDING, oaepHash: kNodeHash[keyAlg.hash.name] };
    if (alg.label !== undefined) opts.oaepLabel = bytes(alg.label, 'algorithm.label');
    try {
      return toArrayBuffer(mode === 'encrypt' ? c.publicEncrypt(opts, input) : c.privateDecrypt(opts, input));
    } catch {
      throw dom('OperationError', kOpFailed);
    }
  }
  const keyBytes = keyObject.export();
  const bits = keyBytes.length * 8;
  if (alg.name === 'AES-CBC') {
    const iv = bytes(alg.iv, 'algorithm.iv');
    if (iv.length !== 16) throw dom('OperationError', 'algorithm.iv must contain exactly 16 bytes');
    return toArrayBuffer(runCipher(mode, `aes-${bits}-cbc`, keyBytes, iv, input, {}));
  }
  if (alg.name === 'AES-CTR') {
    const counter = bytes(alg.counter, 'algorithm.counter');
    if (counter.length !== 16) throw dom('OperationError', 'algorithm.counter must contain exactly 16 bytes');
    if (!(alg.length >= 1 && alg.length <= 128)) {
      throw dom('OperationError', 'AES-CTR algorithm.length must be between 1 and 128');
    }
    return toArrayBuffer(runCipher(mode, `aes-${bits}-ctr`, keyBytes, counter, input, {}));
  }
  // AES-GCM
  const iv = bytes(alg.iv, 'algorithm.iv');
  const tagLength = alg.tagLength === undefined ? 128 : alg.tagLength;
  if (![32, 64, 96, 104, 112, 120, 128].includes(tagLength)) {
    throw dom('OperationError', `${tagLength} is not a valid AES-GCM tag length`);
  }
  const tagBytes = tagLength / 8;
  const aad = alg.additionalData === undefined ? null : bytes(alg.additionalData, 'algorithm.additionalData');
  if (mode === 'encrypt') {
    return toArrayBuffer(runCipher(mode, `aes-${bits}-gcm`, keyBytes, iv, input, {
      options: { authTagLength: tagBytes },
      before: (c) => { if (aad) c.setAAD(aad); },
      after: (c, out) => Buffer.concat([out, c.getAuthTag()]),
    }));
  }
  if (input.length < tagBytes) throw dom('OperationError', 'The provided data is too small.');
  const tag = input.subarray(input.length - tagBytes);
  input = input.subarray(0, input.length - tagBytes);
  return toArrayBuffer(runCipher(mode, `aes-${bits}-gcm`, keyBytes, iv, input, {
    options: { authTagLength: tagBytes },
    before: (c) => {
      c.setAuthTag(tag);
      if (aad) c.setAAD(aad);
    },
  }));
}

// --- deriveBits / deriveKey --------------------------------------------------------------

function deriveBits(algorithm, baseKey, length, usage) {
  const alg = normalize(algorithm, 'deriveBits');
  const isAgreement = alg.name === 'ECDH' || alg.name === 'X25519' || alg.name === 'X448';
  const need = usage === 'deriveKey' ? 'deriveKey' : 'deriveBits';
  const base = keyParts(baseKey);
  if (!base.usages.includes(need)) throw dom('InvalidAccessError', `baseKey does not have ${need} usage`);
  if (base.algorithm.name !== alg.name) throw dom('InvalidAccessError', 'Key algorithm mismatch');
  const { keyObject } = base;
  const c = nodeCrypto();
  if (isAgreement) {
    const pubParts = keyParts(alg.public);
    if (pubParts.type !== 'public') throw dom('InvalidAccessError', 'algorithm.public must be a public key');
    if (base.type !== 'private') throw dom('InvalidAccessError', 'baseKey must be a private key');
    if (!['ECDH', 'X25519', 'X448'].includes(pubParts.algorithm.name)) {
      throw dom('InvalidAccessError', 'Keys must be ECDH, X25519, or X448 keys');
    }
    if (pubParts.algorithm.name !== base.algorithm.name) {
      throw dom('InvalidAccessError', 'The public and private keys must be of the same type');
    }
    if (alg.name === 'ECDH' && pubParts.algorithm.namedCurve !== base.algorithm.namedCurve) {
      throw dom('InvalidAccessError', 'Named curve mismatch');
    }
    let secret;
    try {
      secret = c.diffieHellman({ privateKey: keyObject, publicKey: pubParts.keyObject });
    } catch {
      throw dom('OperationError', kOpFailed);
    }
    if (length === null) return toArrayBuffer(secret);
    if (length > secret.length * 8) throw dom('OperationError', 'derived bit length is too small');
    // A length that is not a multiple of 8 keeps the top bits of the last byte only (node
    // 20.20; 20.19 and its tests left the low bits as derived).
    const out = Buffer.from(secret.subarray(0, Math.ceil(length / 8)));
    if (length % 8) out[out.length - 1] &= (0xff << (8 - (length % 8))) & 0xff;
    return toArrayBuffer(out);
  }
  if (length === undefined || length === null) throw dom('OperationError', 'length cannot be null');
  if (length === 0 && alg.name === 'HKDF') throw dom('OperationError', 'length cannot be zero');
  if (length % 8 !== 0) throw dom('OperationError', 'length must be a multiple of 8');
  if (alg.name === 'PBKDF2') {
    const hash = alg.hash.name;
    if (alg.iterations === 0) throw dom('OperationError', 'iterations cannot be zero');
    const salt = bytes(alg.salt, 'algorithm.salt');
    return toArrayBuffer(c.pbkdf2Sync(keyObject.export(), salt, alg.iterations >>> 0, length / 8, kNodeHash[hash]));
  }
  const hash = alg.hash.name;
  try {
    return c.hkdfSync(kNodeHash[hash], keyObject.export(), bytes(alg.salt, 'algorithm.salt'),
                      bytes(alg.info, 'algorithm.info'), length / 8);
  } catch {
    throw dom('OperationError', kOpFailed);
  }
}

function derivedLength(alg) {
  const a = normalize(alg, 'get key length');
  if (a.name === 'HMAC') {
    const hash = a.hash.name;
    return a.length === undefined ? kBlockBits[hash] : a.length;
  }
  if (a.name === 'PBKDF2' || a.name === 'HKDF') return null;
  return aesLength(a.length);
}

function deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, usages) {
  const length = derivedLength(derivedKeyAlgorithm);
  const bits = deriveBits(algorithm, baseKey, length, 'deriveKey');
  return importKey('raw', bits, derivedKeyAlgorithm, extractable, usages);
}

// --- wrapKey / unwrapKey ---------------------------------------------------------------

function aesKw(mode, keyObject, data) {
  const bits = keyObject.symmetricKeySize * 8;
  const iv = Buffer.from('A6A6A6A6A6A6A6A6', 'hex');
  return runCipher(mode, `id-aes${bits}-wrap`, keyObject.export(), iv, data, {});
}

// wrapKey/unwrapKey take AES-KW, or any algorithm encrypt/decrypt take.
function normalizeWrap(algorithm, op) {
  try {
    return normalize(algorithm, op);
  } catch {
    return normalize(algorithm, op === 'wrapKey' ? 'encrypt' : 'decrypt');
  }
}

const kNotValid = 'The requested operation is not valid for the provided key';

function wrapKey(format, key, wrappingKey, wrapAlgorithm) {
  const alg = normalizeWrap(wrapAlgorithm, 'wrapKey');
  const exported = exportKey(format, key);
  let data = format === 'jwk' ? Buffer.from(JSON.stringify(exported)) : Buffer.from(exported);
  const { keyObject } = usable(wrappingKey, alg, 'wrapKey', kNotValid);
  if (alg.name !== 'AES-KW') return cipherAs('encrypt', alg, wrappingKey, data);
  // AES-KW wraps whole 8-byte blocks: node pads a JWK's JSON with spaces, which JSON.parse
  // ignores when it is unwrapped.
  if (format === 'jwk' && data.length % 8 !== 0) {
    data = Buffer.concat([data, Buffer.alloc(8 - (data.length % 8), 0x20)]);
  }
  return toArrayBuffer(aesKw('encrypt', keyObject, data));
}

function unwrapKey(format, wrapped, unwrappingKey, unwrapAlgo, keyAlgo, extractable, usages) {
  const alg = normalizeWrap(unwrapAlgo, 'unwrapKey');
  const { keyObject } = usable(unwrappingKey, alg, 'unwrapKey', kNotValid);
  const data = alg.name === 'AES-KW' ? aesKw('decrypt', keyObject, bytes(wrapped, 'wrappedKey')) :
    Buffer.from(cipherAs('decrypt', alg, unwrappingKey, wrapped));
  let keyData = data;
  if (format === 'jwk') {
    const { converters } = require('internal/crypto/webidl');
    try {
      keyData = converters.JsonWebKey(JSON.parse(data.toString()));
    } catch {
      throw dom('DataError', 'Invalid wrapped JWK key');
    }
  }
  return importKey(format, keyData, keyAlgo, extractable, usages);
}

// encrypt/decrypt on behalf of wrapKey/unwrapKey (whose usages were checked already).
function cipherAs(mode, alg, key, data) {
  const parts = keyParts(key);
  const proxy = makeKey(parts.keyObject, parts.algorithm, parts.extractable, [mode]);
  return cipher(mode, alg, proxy, data);
}

module.exports = {
  setKeyMaker, digest, generateKey, importKey, exportKey, sign, verify, cipher, deriveBits,
  deriveKey, wrapKey, unwrapKey,
};
