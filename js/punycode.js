'use strict';
// The deprecated `punycode` module (DEP0040). Node 20 only warns at run time
// under --pending-deprecation.

const punycode = require('internal/url/punycode');

if (process.execArgv.includes('--pending-deprecation') ||
    (process.env.NODE_PENDING_DEPRECATION === '1')) {
  process.emitWarning('The `punycode` module is deprecated. Please use a userland ' +
    'alternative instead.', 'DeprecationWarning', 'DEP0040');
}

module.exports = punycode;
