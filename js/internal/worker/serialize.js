'use strict';
// Messages between threads: V8's value serializer (internalBinding('worker')), tagged
// with what they are: 'm' a postMessage value, 'e' an uncaught error of the worker,
// 'o' the worker is running.

const binding = internalBinding('worker');

function encode(kind, value) {
  return binding.serialize({ t: kind, v: value });
}

// An uncaught error that cannot be cloned still reaches the parent, as its text.
function encodeError(err) {
  try {
    return encode('e', err);
  } catch {
    return encode('e', String(err));
  }
}

function decode(bytes) {
  return binding.deserialize(bytes);
}

module.exports = { encode, encodeError, decode, binding };
