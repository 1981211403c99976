'use strict';
// generatePrime(Sync) / checkPrime(Sync) (prime.c). Numbers go to the native side as
// big-endian bytes; options are checked here with node's errors and messages.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInt32, validateObject,
} = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/crypto/util');

const kNumberTypes = ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'];

function bytesToBigInt(view) {
  if (view.byteLength === 0) return 0n;
  const b = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  return BigInt(`0x${b.toString('hex')}`);
}

function bigIntToBytes(n) {
  let hex = n.toString(16);
  if (hex.length & 1) hex = `0${hex}`;
  return Buffer.from(hex, 'hex');
}

// A bigint or byte string as { bytes, value }; undefined stays undefined.
function numberArg(v, name) {
  if (v === undefined) return undefined;
  if (typeof v === 'bigint') {
    if (v < 0n) throw new ERR_OUT_OF_RANGE(name, '>= 0', v);
    return { bytes: bigIntToBytes(v), value: v };
  }
  let view;
  if (isAnyArrayBuffer(v)) view = new Uint8Array(v);
  else if (isArrayBufferView(v)) view = v;
  else throw new ERR_INVALID_ARG_TYPE(name, kNumberTypes, v);
  return { bytes: view, value: bytesToBigInt(view) };
}

// node raises these from its native layer: a RangeError with just the text and the code.
function invalidOption(text) {
  const err = new RangeError(text);
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

function bitLength(n) {
  return n === 0n ? 0 : n.toString(2).length;
}

function primeOptions(size, options) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  const add = numberArg(options.add, 'options.add');
  const rem = numberArg(options.rem, 'options.rem');
  // OpenSSL would search forever for a prime whose congruence cannot fit in `size` bits.
  if (add !== undefined) {
    if (bitLength(add.value) > size) throw invalidOption('invalid options.add');
    if (rem !== undefined && rem.value >= add.value) {
      throw invalidOption('invalid options.rem');
    }
  }
  return {
    safe, bigint,
    add: add === undefined ? null : add.bytes,
    rem: add === undefined || rem === undefined ? null : rem.bytes,
  };
}

function primeResult(ab, bigint) {
  return bigint ? bytesToBigInt(new Uint8Array(ab)) : ab;
}

// The job machinery hands OpenSSL failures over in node's usual OpenSSL error shape; node
// reports prime failures as a bare Error with OpenSSL's message.
function bareError(err) {
  if (err === null || err === undefined || err.code === undefined) return err;
  return new Error(err.message);
}

function generatePrime(size, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  if (options === undefined) options = {};
  const o = primeOptions(size, options);
  validateFunction(callback, 'callback');
  binding.generatePrime(size, o.safe, o.add, o.rem, (err, ab) => {
    if (err) callback(bareError(err));
    else callback(undefined, primeResult(ab, o.bigint));
  });
}

function generatePrimeSync(size, options = {}) {
  const o = primeOptions(size, options);
  return primeResult(binding.generatePrime(size, o.safe, o.add, o.rem), o.bigint);
}

function checkOptions(candidate, options) {
  const c = numberArg(candidate, 'candidate');
  if (c === undefined) throw new ERR_INVALID_ARG_TYPE('candidate', kNumberTypes, candidate);
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return { bytes: c.bytes, checks };
}

function checkPrime(candidate, options = {}, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const o = checkOptions(candidate, options);
  validateFunction(callback, 'callback');
  binding.checkPrime(o.bytes, o.checks, (err, result) => {
    if (err) callback(bareError(err));
    else callback(undefined, result);
  });
}

function checkPrimeSync(candidate, options = {}) {
  const o = checkOptions(candidate, options);
  return binding.checkPrime(o.bytes, o.checks);
}

module.exports = { generatePrime, generatePrimeSync, checkPrime, checkPrimeSync };
