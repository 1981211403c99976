'use strict';
// Node's error codes of the asymmetric-key half of crypto, registered into
// internal/errors' table (only those not defined there already), with node's messages.

const { codes, E } = require('internal/errors');

function define(code, message, Base) {
  if (codes[code] === undefined) E(code, message, Base);
}

define('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError);
define('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error);
define('ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error);
define('ERR_CRYPTO_INVALID_JWK', (message = 'Invalid JWK data') => message, TypeError);
define('ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', 'Unsupported JWK EC curve: %s.', Error);
define('ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.', Error);
define('ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError);
define('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
define('ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair', RangeError);
define('ERR_CRYPTO_INVALID_KEYTYPE', (message = 'Invalid key type') => message, RangeError);
define('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError);
define('ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError);
define('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error);
define('ERR_CRYPTO_OPERATION_FAILED', (message = 'Operation failed') => message, Error);
define('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);
define('ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group', Error);
define('ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error);
define('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
define('ERR_MISSING_OPTION', '%s is required', TypeError);
define('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
define('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);

module.exports = codes;
