'use strict';
// Pieces every web stream class shares: the internal-slot symbol and brand checks,
// promise helpers, the queue-with-sizes of the spec, strategy extraction, buffer
// transfer, and how the classes look to WebIDL (enumerable members, toStringTag).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS },
} = require('internal/errors');

// Internal slots live in one object under a symbol nobody outside js/ can reach, so
// user code sees none of them and the abstract operations stay plain functions.
const kState = Symbol('kState');
const kType = Symbol('kType');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function isBrand(value, type) {
  return value != null && typeof value === 'object' && value[kType] === type;
}

function checkThis(self, type) {
  if (!isBrand(self, type)) throw new ERR_INVALID_THIS(type);
}

// Methods throw synchronously in JS; where the spec returns a rejected promise
// instead, callers wrap through this.
function rejectedThis(self, type) {
  return isBrand(self, type) ? undefined : Promise.reject(new ERR_INVALID_THIS(type));
}

function createDeferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function noop() {}

// Attaching a handler is what tells V8 the rejection is handled.
function setHandled(promise) {
  promise.then(undefined, noop);
}

// The spec's "react to promise": handlers run as microtasks whatever the promise is.
function react(promise, onFulfilled, onRejected) {
  return Promise.prototype.then.call(promise, onFulfilled, onRejected);
}

// The spec calls algorithms that may throw or return a non-promise; both become promises.
function promiseCall(fn, thisArg, ...args) {
  try {
    return Promise.resolve(Reflect.apply(fn, thisArg, args));
  } catch (err) {
    return Promise.reject(err);
  }
}

// The spec reads an underlying source's methods once, at construction: later changes
// to the object are not seen.
function getMethod(object, key, name) {
  const method = object[key];
  if (method === undefined) return undefined;
  if (typeof method !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', method);
  return method;
}

// --- queue with sizes ---

function resetQueue(container) {
  container.queue = [];
  container.queueHead = 0;
  container.queueTotalSize = 0;
}

function queueLength(container) {
  return container.queue.length - container.queueHead;
}

function enqueueValueWithSize(container, value, size) {
  if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  container.queue.push({ value, size });
  container.queueTotalSize += size;
}

// A head index instead of Array#shift keeps dequeuing O(1) for long queues.
function dequeueValue(container) {
  const pair = container.queue[container.queueHead];
  container.queue[container.queueHead++] = undefined;
  if (container.queueHead > 1024 && container.queueHead * 2 > container.queue.length) {
    container.queue = container.queue.slice(container.queueHead);
    container.queueHead = 0;
  }
  container.queueTotalSize -= pair.size;
  // Floating-point sums can drift below zero.
  if (container.queueTotalSize < 0) container.queueTotalSize = 0;
  return pair.value;
}

function peekQueueValue(container) {
  return container.queue[container.queueHead].value;
}

// --- strategies ---

function extractHighWaterMark(strategy, defaultHWM) {
  const { highWaterMark } = strategy;
  if (highWaterMark === undefined) return defaultHWM;
  const hwm = Number(highWaterMark);
  if (Number.isNaN(hwm) || hwm < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', hwm);
  }
  return hwm;
}

function extractSizeAlgorithm(strategy) {
  const { size } = strategy;
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return (chunk) => size(chunk);
}

// --- array buffers ---

function isDetached(buffer) {
  if (buffer.byteLength !== 0) return false;
  try {
    new Uint8Array(buffer);  // eslint-disable-line no-new
    return false;
  } catch {
    return true;
  }
}

// V8 10.2 has no ArrayBuffer.prototype.transfer; a structured clone that transfers
// the buffer detaches it and hands back the same memory.
function transferArrayBuffer(buffer) {
  return structuredClone(buffer, { transfer: [buffer] });
}

function canTransferArrayBuffer(buffer) {
  return !isDetached(buffer) && !(typeof SharedArrayBuffer === 'function' &&
    buffer instanceof SharedArrayBuffer);
}

function copyDataBlockBytes(dest, destOffset, src, srcOffset, n) {
  new Uint8Array(dest, destOffset, n).set(new Uint8Array(src, srcOffset, n));
}

function cloneAsUint8Array(view) {
  const buffer = view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength);
  return new Uint8Array(buffer);
}

// --- WebIDL shape ---

// Interface members are enumerable own properties of the prototype, and the class
// carries its name as @@toStringTag.
function defineInterface(cls, members, statics = []) {
  for (const key of members) {
    const desc = Object.getOwnPropertyDescriptor(cls.prototype, key);
    desc.enumerable = true;
    Object.defineProperty(cls.prototype, key, desc);
  }
  for (const key of statics) {
    const desc = Object.getOwnPropertyDescriptor(cls, key);
    desc.enumerable = true;
    Object.defineProperty(cls, key, desc);
  }
  Object.defineProperty(cls.prototype, Symbol.toStringTag, {
    value: cls.name, writable: false, enumerable: false, configurable: true,
  });
}

// util.inspect output as node prints it: `Name { key: value, ... }`.
function customInspect(self, depth, options, name, data) {
  if (depth < 0) return self;
  const { inspect } = require('internal/util/inspect');
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(data, opts)}`;
}

module.exports = {
  kState, kType, kInspect, isBrand, checkThis, rejectedThis, createDeferred, noop,
  setHandled, react, promiseCall, getMethod, resetQueue, queueLength, enqueueValueWithSize,
  dequeueValue, peekQueueValue, extractHighWaterMark, extractSizeAlgorithm, isDetached,
  transferArrayBuffer, canTransferArrayBuffer, copyDataBlockBytes, cloneAsUint8Array,
  defineInterface, customInspect,
};
