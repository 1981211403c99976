'use strict';
// pbkdf2 / pbkdf2Sync (kdf.c): PKCS #5 PBKDF2 with HMAC over any fetchable digest.

const { validateFunction, validateInt32, validateString } = require('internal/validators');
const { getArrayBufferOrView } = require('internal/crypto/util');

const kTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt };
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = check(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  binding.pbkdf2(args.password, args.salt, iterations, keylen, digest, callback);
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const args = check(password, salt, iterations, keylen, digest);
  return binding.pbkdf2(args.password, args.salt, iterations, keylen, digest);
}

module.exports = { pbkdf2, pbkdf2Sync, kTypes };
