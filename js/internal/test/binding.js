'use strict';
// Reached only with --expose-internals: node's own tests take internalBinding from here.
// Node warns on load, and so do we.

process.emitWarning('These APIs are for internal testing only. Do not use them.',
                    'internal/test/binding');

module.exports = { internalBinding };
