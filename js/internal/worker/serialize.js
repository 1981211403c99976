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

// Inside a worker, what keeps the channel to the parent (and so the worker) alive: the
// parentPort while it has 'message' listeners or was ref()'d, process.stdin while it is
// being read. The channel is ref'd while anyone holds it.
const holders = new Set();
function holdChannel(holder, hold) {
  if (hold) holders.add(holder);
  else holders.delete(holder);
  binding.setPortRef(holders.size > 0);
}

// Inside a worker: what the parent sent at start, { d: workerData, i: has stdin,
// x: execArgv }, decoded once (shared memory in it can only be taken once).
let start;
function startData() {
  if (start === undefined) start = decode(binding.workerInfo().workerData);
  return start;
}

module.exports = { encode, encodeError, decode, binding, holdChannel, startData };
