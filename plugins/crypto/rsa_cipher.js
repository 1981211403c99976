'use strict';
require('internal/crypto/pkey_errors'); // registers the codes destructured below
// publicEncrypt / privateDecrypt / privateEncrypt / publicDecrypt.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateString, validateInt32 } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('util/types');
const {
  preparePrivateKey, preparePublicOrPrivateKey, isKeyObject, isCryptoKey,
} = require('internal/crypto/keys');

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;

const ops = { publicEncrypt: 0, privateDecrypt: 1, privateEncrypt: 2, publicDecrypt: 3 };

function rsaFunction(name, defaultPadding, needsPrivate) {
  return function(options, buffer) {
    let padding = defaultPadding;
    let oaepHash = null;
    let oaepLabel = null;
    if (options !== null && typeof options === 'object' && !isArrayBufferView(options) &&
        !isAnyArrayBuffer(options) && !isKeyObject(options) && !isCryptoKey(options)) {
      if (options.padding !== undefined) {
        validateInt32(options.padding, 'key.padding');
        padding = options.padding;
      }
      if (options.oaepHash !== undefined) {
        validateString(options.oaepHash, 'key.oaepHash');
        oaepHash = options.oaepHash;
      }
      if (options.oaepLabel !== undefined) {
        if (!isArrayBufferView(options.oaepLabel) && !isAnyArrayBuffer(options.oaepLabel)) {
          throw new ERR_INVALID_ARG_TYPE('key.oaepLabel', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], options.oaepLabel);
        }
        oaepLabel = options.oaepLabel;
      }
    }
    if (name === 'privateDecrypt' && padding === RSA_PKCS1_PADDING) {
      // Node 20 refuses PKCS#1 v1.5 decryption (the Marvin attack, CVE-2023-46809).
      throw new ERR_INVALID_ARG_VALUE_PLAIN(
        'RSA_PKCS1_PADDING is no longer supported for private decryption, this can be ' +
        'reverted with --security-revert=CVE-2023-46809');
    }
    if (oaepHash !== null && !binding.digestExists(oaepHash)) {
      // node checks the digest before the key, with OpenSSL's wording.
      const e = new Error('Invalid digest used');
      e.code = 'ERR_OSSL_EVP_INVALID_DIGEST';
      throw e;
    }
    const handle = needsPrivate ? preparePrivateKey(options) : preparePublicOrPrivateKey(options);
    if (typeof buffer === 'string') {
      buffer = Buffer.from(buffer, options && options.encoding !== undefined ? options.encoding : 'utf8');
    } else if (isAnyArrayBuffer(buffer)) {
      buffer = new Uint8Array(buffer);
    } else if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    return binding.pkeyCrypt(ops[name], handle, buffer, padding, oaepHash, oaepLabel);
  };
}

// ERR_INVALID_ARG_VALUE with node's free-form message for this one case.
function ERR_INVALID_ARG_VALUE_PLAIN(message) {
  const e = new ERR_INVALID_ARG_VALUE('x', 'x');
  e.message = message;
  Object.defineProperty(e, 'stack', {
    value: `TypeError [ERR_INVALID_ARG_VALUE]: ${message}\n` + String(e.stack).split('\n').slice(1).join('\n'),
    configurable: true, writable: true,
  });
  return e;
}

module.exports = {
  publicEncrypt: rsaFunction('publicEncrypt', RSA_PKCS1_OAEP_PADDING, false),
  privateDecrypt: rsaFunction('privateDecrypt', RSA_PKCS1_OAEP_PADDING, true),
  privateEncrypt: rsaFunction('privateEncrypt', RSA_PKCS1_PADDING, true),
  publicDecrypt: rsaFunction('publicDecrypt', RSA_PKCS1_PADDING, false),
};
