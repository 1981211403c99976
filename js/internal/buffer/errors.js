'use strict';
// The error codes Buffer, StringDecoder and Blob throw that the shared table lacks.
// Registered only when missing so errors.js stays the single source once it has them.

const { codes, E } = require('internal/errors');

function define(code, message, Base) {
  if (codes[code] === undefined) E(code, message, Base);
}

define('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
define('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => (name ?
  `"${name}" is outside of buffer bounds` :
  'Attempt to access memory outside buffer bounds'), RangeError);
define('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
define('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x%s characters', Error);
define('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
define('ERR_MISSING_ARGS', (...names) => `The "${names.join('" and "')}" argument must be specified`, TypeError);

module.exports = codes;
