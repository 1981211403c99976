'use strict';
// The JS half of the good test plugin: gets its binding, and can require built-ins.
const path = require('path');

module.exports = {
  add: (a, b) => binding.add(a, b),
  systemError: binding.systemError,
  inits: () => binding.inits,
  joined: path.join('a', 'b'),
  internalVisible: typeof require('internal/plugtest-good/binding').add,
};
