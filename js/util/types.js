'use strict';
// util.types: exact type checks. Those V8 knows natively come from the util binding;
// the typed-array family reads the %TypedArray% toStringTag getter, which cannot be
// fooled by subclassing or Symbol.toStringTag.

const native = internalBinding('util').types;

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function isTypedArray(value) {
  return typedArrayTag.call(value) !== undefined;
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isAnyArrayBuffer(value) {
  return native.isArrayBuffer(value) || native.isSharedArrayBuffer(value);
}

function isBoxedPrimitive(value) {
  return native.isNumberObject(value) || native.isStringObject(value) ||
    native.isBooleanObject(value) || native.isBigIntObject(value) || native.isSymbolObject(value);
}

function tagCheck(tag) {
  return (value) => typedArrayTag.call(value) === tag;
}

function isKeyObject(value) {
  const crypto = lazyCrypto();
  return crypto !== null && crypto.KeyObject !== undefined && value instanceof crypto.KeyObject;
}

// CryptoKey is not reachable from the crypto module (node exposes it only as a global,
// which a program may replace), so ask the plugin's webcrypto module for it.
function isCryptoKey(value) {
  if (lazyCrypto() === null) return false;
  return value instanceof require('internal/crypto/webcrypto').CryptoKey;
}

// crypto is a plugin: it may be absent, and is loaded only when asked about keys.
let cryptoModule;
function lazyCrypto() {
  if (cryptoModule === undefined) {
    try {
      cryptoModule = require('crypto');
    } catch {
      cryptoModule = null;
    }
  }
  return cryptoModule;
}

module.exports = {
  isExternal: native.isExternal,
  isDate: native.isDate,
  isArgumentsObject: native.isArgumentsObject,
  isBigIntObject: native.isBigIntObject,
  isBooleanObject: native.isBooleanObject,
  isNumberObject: native.isNumberObject,
  isStringObject: native.isStringObject,
  isSymbolObject: native.isSymbolObject,
  isNativeError: native.isNativeError,
  isRegExp: native.isRegExp,
  isAsyncFunction: native.isAsyncFunction,
  isGeneratorFunction: native.isGeneratorFunction,
  isGeneratorObject: native.isGeneratorObject,
  isPromise: native.isPromise,
  isMap: native.isMap,
  isSet: native.isSet,
  isMapIterator: native.isMapIterator,
  isSetIterator: native.isSetIterator,
  isWeakMap: native.isWeakMap,
  isWeakSet: native.isWeakSet,
  isArrayBuffer: native.isArrayBuffer,
  isDataView: native.isDataView,
  isSharedArrayBuffer: native.isSharedArrayBuffer,
  isProxy: native.isProxy,
  isModuleNamespaceObject: native.isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array: tagCheck('Uint8Array'),
  isUint8ClampedArray: tagCheck('Uint8ClampedArray'),
  isUint16Array: tagCheck('Uint16Array'),
  isUint32Array: tagCheck('Uint32Array'),
  isInt8Array: tagCheck('Int8Array'),
  isInt16Array: tagCheck('Int16Array'),
  isInt32Array: tagCheck('Int32Array'),
  isFloat32Array: tagCheck('Float32Array'),
  isFloat64Array: tagCheck('Float64Array'),
  isBigInt64Array: tagCheck('BigInt64Array'),
  isBigUint64Array: tagCheck('BigUint64Array'),
  isKeyObject,
  isCryptoKey,
};
