'use strict';
// structuredClone(value, { transfer }): V8's serializer does the copying (the HTML
// structured clone algorithm), so what clones and what throws matches node. Argument
// errors carry node's codes and its native (unquoted) messages.

const { clone, bufferState } = internalBinding('serdes');
const { isMarkedAsUntransferable } = require('internal/buffer/untransferable');

let DOMException;
function makeDataCloneError(message) {
  if (DOMException === undefined) DOMException = require('internal/domexception').DOMException;
  return new DOMException(message, 'DataCloneError');
}

function codedError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

function transferList(options) {
  if (options === undefined || options === null) return [];
  if (typeof options !== 'object') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                     'The options argument must be either an object or undefined');
  }
  const { transfer } = options;
  if (transfer === undefined || transfer === null) return [];
  if (transfer === null || typeof transfer !== 'object' ||
      typeof transfer[Symbol.iterator] !== 'function') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                     'Optional transferList argument must be an iterable');
  }
  const list = [];
  for (const item of transfer) {
    // ArrayBuffers are the only transferables nodus has (no MessagePort yet).
    if (!(item instanceof ArrayBuffer) && bufferState(item) === undefined) {
      throw codedError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT',
                       'Found invalid object in transferList');
    }
    if (list.includes(item)) {
      throw makeDataCloneError('Transfer list contains duplicate ArrayBuffer');
    }
    const state = bufferState(item);
    if (state === 1) throw makeDataCloneError('An ArrayBuffer is detached and could not be cloned.');
    if (state === 2) throw makeDataCloneError('An ArrayBuffer could not be transferred.');
    // Left out of the list, it is copied with the rest of the value.
    if (!isMarkedAsUntransferable(item)) list.push(item);
  }
  return list;
}

// A native-style function: no declared parameters, so its length is 0 like node's.
const structuredClone = function structuredClone() {
  if (arguments.length === 0) {
    throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The value argument must be specified');
  }
  return clone(arguments[0], transferList(arguments[1]), makeDataCloneError);
};

module.exports = { structuredClone };
