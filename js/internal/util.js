'use strict';
// internal/util: helpers node's own tests take from node's internals (reachable by
// users only with --expose-internals). Re-exports what lives elsewhere in js/ under
// the names those tests use, plus a few small helpers of its own.

const { kCustomPromisifiedSymbol, kCustomPromisifyArgsSymbol } =
  require('internal/util/promisify');
const { customInspectSymbol, isError } = require('internal/util/inspect');
const { deprecate } = require('internal/util/deprecate');
const { validateUint32 } = require('internal/validators');

// Features already warned about: each warns once per process.
const experimentalWarned = new Set();

function emitExperimentalWarning(feature) {
  if (experimentalWarned.has(feature)) return;
  experimentalWarned.add(feature);
  process.emitWarning(`${feature} is an experimental feature and might change at any time`,
                      'ExperimentalWarning');
}

// Blocks the thread for msec milliseconds.
function sleep(msec) {
  validateUint32(msec, 'msec');
  internalBinding('util').sleep(msec);
}

// The keys of `source` that `keys` allows, copied to a null-prototype object.
function filterOwnProperties(source, keys) {
  const filtered = { __proto__: null };
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(source, key)) filtered[key] = source[key];
  }
  return filtered;
}

module.exports = {
  customInspectSymbol,
  customPromisifyArgs: kCustomPromisifyArgsSymbol,
  customPromisifySymbol: kCustomPromisifiedSymbol,
  deprecate,
  emitExperimentalWarning,
  filterOwnProperties,
  isError,
  kEmptyObject: Object.freeze({ __proto__: null }),
  sleep,
};
