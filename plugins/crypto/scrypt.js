'use strict';
// scrypt / scryptSync (kdf.c, RFC 7914). Parameter names and aliases as node takes them:
// N|cost, r|blockSize, p|parallelization, maxmem; 0 means the default.

const {
  codes: { ERR_CRYPTO_SCRYPT_INVALID_PARAMETER, ERR_CRYPTO_INVALID_SCRYPT_PARAMS },
} = require('internal/errors');
const { validateFunction, validateInt32, validateUint32, validateInteger } =
  require('internal/validators');
const { getArrayBufferOrView } = require('internal/crypto/util');

const defaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

// One of a parameter's two names (node refuses both at once).
function pick(options, name, alias, validate) {
  const hasName = options[name] !== undefined;
  let value;
  if (hasName) {
    value = options[name];
    validate(value, name);
  }
  if (options[alias] !== undefined) {
    if (hasName) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
    value = options[alias];
    validate(value, alias);
  }
  return value;
}

function check(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = defaults;
  if (options && typeof options === 'object') {
    const n = pick(options, 'N', 'cost', (v, name) => validateUint32(v, name));
    if (n !== undefined) N = n;
    const rr = pick(options, 'r', 'blockSize', (v, name) => validateUint32(v, name));
    if (rr !== undefined) r = rr;
    const pp = pick(options, 'p', 'parallelization', (v, name) => validateUint32(v, name));
    if (pp !== undefined) p = pp;
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = defaults.N;
    if (r === 0) r = defaults.r;
    if (p === 0) p = defaults.p;
    if (maxmem === 0) maxmem = defaults.maxmem;
  }
  const refused = binding.scryptCheck(N, r, p, maxmem);
  if (refused !== undefined) {
    const err = new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
    err.message += refused;
    throw err;
  }
  return { password, salt, N, r, p, maxmem };
}

function scrypt(password, salt, keylen, options, callback = defaults) {
  if (callback === defaults) {
    callback = options;
    options = defaults;
  }
  const a = check(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scrypt(a.password, a.salt, keylen, a.N, a.r, a.p, a.maxmem, callback);
}

function scryptSync(password, salt, keylen, options = defaults) {
  const a = check(password, salt, keylen, options);
  return binding.scrypt(a.password, a.salt, keylen, a.N, a.r, a.p, a.maxmem);
}

module.exports = { scrypt, scryptSync };
