'use strict';
// crypto.X509Certificate over x509.c. The native side reads all string properties at
// once, the first time any is asked for; the object keeps them.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateString, validateObject, validateBoolean } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/crypto/util');
const { isKeyObject, kHandle: kKeyHandle, PublicKeyObject } = require('internal/crypto/keys');

const kHandle = Symbol('kHandle');
const kInfo = Symbol('kInfo');

// X509_CHECK_FLAG_* from OpenSSL's x509v3.h.
const kAlwaysCheckSubject = 0x1;
const kNoWildcards = 0x2;
const kNoPartialWildcards = 0x4;
const kMultiLabelWildcards = 0x8;
const kSingleLabelSubdomains = 0x10;
const kNeverCheckSubject = 0x20;

function checkFlags(options) {
  if (options === undefined) return 0;
  validateObject(options, 'options');
  const {
    subject = 'default', wildcards = true, partialWildcards = true,
    multiLabelWildcards = false, singleLabelSubdomains = false,
  } = options;
  let flags = 0;
  validateString(subject, 'options.subject');
  switch (subject) {
    case 'default': break;
    case 'always': flags |= kAlwaysCheckSubject; break;
    case 'never': flags |= kNeverCheckSubject; break;
    default: throw new ERR_INVALID_ARG_VALUE('options.subject', subject);
  }
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  if (!wildcards) flags |= kNoWildcards;
  if (!partialWildcards) flags |= kNoPartialWildcards;
  if (multiLabelWildcards) flags |= kMultiLabelWildcards;
  if (singleLabelSubdomains) flags |= kSingleLabelSubdomains;
  return flags;
}

function info(cert) {
  let i = cert[kInfo];
  if (i === undefined) {
    i = binding.x509Info(cert[kHandle]);
    cert[kInfo] = i;
  }
  return i;
}

function isX509Certificate(v) {
  return v !== null && typeof v === 'object' && v[kHandle] !== undefined;
}

function keyHandle(pkey, type) {
  if (!isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
  if (pkey.type !== type) throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
  return pkey[kKeyHandle];
}

class X509Certificate {
  constructor(buffer) {
    // An ArrayBuffer is refused, as in node.
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    Object.defineProperty(this, kHandle, { value: binding.x509Parse(buffer) });
    Object.defineProperty(this, kInfo, { value: undefined, writable: true });
  }

  get subject() { return info(this).subject; }
  get subjectAltName() { return info(this).subjectAltName; }
  get issuer() { return info(this).issuer; }
  get infoAccess() { return info(this).infoAccess; }
  get validFrom() { return info(this).validFrom; }
  get validTo() { return info(this).validTo; }
  get fingerprint() { return info(this).fingerprint; }
  get fingerprint256() { return info(this).fingerprint256; }
  get fingerprint512() { return info(this).fingerprint512; }
  get keyUsage() { return info(this).keyUsage; }
  get serialNumber() { return info(this).serialNumber; }
  get ca() { return info(this).ca; }
  // Only certificates from a TLS peer know their issuer's certificate.
  get issuerCertificate() { return undefined; }
  get raw() { return info(this).raw; }

  get publicKey() {
    const h = info(this).publicKey;
    if (h === undefined) {
      const err = new Error('Failed to get public key');
      err.code = 'ERR_CRYPTO_OPERATION_FAILED';
      throw err;
    }
    const key = new PublicKeyObject(h);
    // node's certificate keys know their type from the start (it shows in util.inspect).
    void key.asymmetricKeyType;
    return key;
  }

  // util.inspect: the readable properties, one level deeper than the certificate itself.
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return '[X509Certificate]';
    const i = info(this);
    const fields = {
      subject: i.subject, subjectAltName: i.subjectAltName, issuer: i.issuer,
      infoAccess: i.infoAccess, validFrom: i.validFrom, validTo: i.validTo,
      fingerprint: i.fingerprint, fingerprint256: i.fingerprint256,
      fingerprint512: i.fingerprint512, keyUsage: i.keyUsage, serialNumber: i.serialNumber,
    };
    const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `X509Certificate ${(inspect || require('util').inspect)(fields, nested)}`;
  }

  toString() { return info(this).pem; }
  toJSON() { return info(this).pem; }

  checkHost(name, options) {
    validateString(name, 'name');
    return binding.x509CheckHost(this[kHandle], name, checkFlags(options));
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    return binding.x509CheckEmail(this[kHandle], email, checkFlags(options));
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    const r = binding.x509CheckIP(this[kHandle], ip);
    if (r === null) {
      const err = new TypeError('Invalid IP');
      err.code = 'ERR_INVALID_ARG_VALUE';
      throw err;
    }
    return r;
  }

  checkIssued(otherCert) {
    if (!isX509Certificate(otherCert)) {
      throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    }
    return binding.x509CheckIssued(this[kHandle], otherCert[kHandle]);
  }

  checkPrivateKey(pkey) {
    return binding.x509CheckPrivateKey(this[kHandle], keyHandle(pkey, 'private'));
  }

  verify(pkey) {
    return binding.x509Verify(this[kHandle], keyHandle(pkey, 'public'));
  }
}

// crypto.Certificate: SPKAC (HTML5 <keygen>) helpers, static and on instances; callable
// without new, as node's legacy class.
const kSpkacTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
function spkacBytes(spkac, encoding) {
  let bytes;
  if (typeof spkac === 'string') {
    bytes = Buffer.from(spkac, encoding === undefined || encoding === 'buffer' ? 'utf8' : encoding);
  } else if (isAnyArrayBuffer(spkac)) {
    bytes = new Uint8Array(spkac);
  } else if (isArrayBufferView(spkac)) {
    bytes = spkac;
  } else {
    throw new ERR_INVALID_ARG_TYPE('spkac', kSpkacTypes, spkac);
  }
  if (bytes.byteLength > 2 ** 31 - 1) {
    const err = new RangeError('spkac is too large');
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  return bytes;
}

function verifySpkac(spkac, encoding) {
  return binding.spkacVerify(spkacBytes(spkac, encoding));
}
function exportPublicKey(spkac, encoding) {
  return binding.spkacPublicKey(spkacBytes(spkac, encoding));
}
function exportChallenge(spkac, encoding) {
  return binding.spkacChallenge(spkacBytes(spkac, encoding));
}

function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}
Certificate.prototype.verifySpkac = verifySpkac;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.prototype.exportChallenge = exportChallenge;
Certificate.verifySpkac = verifySpkac;
Certificate.exportPublicKey = exportPublicKey;
Certificate.exportChallenge = exportChallenge;

module.exports = { X509Certificate, isX509Certificate, Certificate };
