'use strict';
// ReadableByteStreamController and ReadableStreamBYOBRequest, and the byte-stream tee,
// after the WHATWG Streams Standard (https://streams.spec.whatwg.org/#rbs-controller-class).
// Buffers handed to or taken from the stream are transferred (detached), as the spec
// requires, so neither side can see the other's later writes.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const {
  kState, kType, kInspect, isBrand, checkThis, createDeferred, react, promiseCall, getMethod,
  resetQueue, isDetached, transferArrayBuffer, copyDataBlockBytes, cloneAsUint8Array,
  defineInterface, customInspect,
} = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');

const kIllegal = Symbol('kIllegal');

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayName = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const typedArrayConstructors = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};

function invalidState(message) {
  return new ERR_INVALID_STATE.TypeError(message);
}

// ---------------------------------------------------------------- BYOB request

class ReadableStreamBYOBRequest {
  constructor(key = undefined) {
    if (key !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamBYOBRequest';
    this[kState] = { controller: undefined, view: null };
  }

  get view() {
    checkThis(this, 'ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    checkThis(this, 'ReadableStreamBYOBRequest');
    const { controller, view } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    const n = Number(bytesWritten);
    if (!Number.isFinite(n) || n < 0) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespond(controller, Math.trunc(n));
  }

  respondWithNewView(view) {
    checkThis(this, 'ReadableStreamBYOBRequest');
    if (!ArrayBuffer.isView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    const { controller } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespondWithNewView(controller, view);
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamBYOBRequest', {
      view: this[kState].view,
      controller: this[kState].controller,
    });
  }
}

defineInterface(ReadableStreamBYOBRequest, ['view', 'respond', 'respondWithNewView']);

// ---------------------------------------------------------------- controller

class ReadableByteStreamController {
  constructor(key = undefined) {
    if (key !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableByteStreamController';
  }

  get byobRequest() {
    checkThis(this, 'ReadableByteStreamController');
    return readableByteStreamControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    checkThis(this, 'ReadableByteStreamController');
    return readableByteStreamControllerGetDesiredSize(this);
  }

  close() {
    checkThis(this, 'ReadableByteStreamController');
    const state = this[kState];
    if (state.closeRequested) throw invalidState('Controller is already closed');
    if (state.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    checkThis(this, 'ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (chunk.byteLength === 0) throw invalidState('chunk ArrayBufferView is zero-length or detached');
    if (chunk.buffer.byteLength === 0) throw invalidState('chunk ArrayBuffer is zero-length or detached');
    const state = this[kState];
    if (state.closeRequested) throw invalidState('Controller is already closed');
    if (state.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(e = undefined) {
    checkThis(this, 'ReadableByteStreamController');
    readableByteStreamControllerError(this, e);
  }

  [rs.kCancelSteps](reason) {
    readableByteStreamControllerClearPendingPullIntos(this);
    resetQueue(this[kState]);
    const result = this[kState].cancelAlgorithm(reason);
    readableByteStreamControllerClearAlgorithms(this);
    return result;
  }

  [rs.kPullSteps](readRequest) {
    const state = this[kState];
    const stream = state.stream;
    if (state.queueTotalSize > 0) {
      readableByteStreamControllerFillReadRequestFromQueue(this, readRequest);
      return;
    }
    const size = state.autoAllocateChunkSize;
    if (size !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(size);
      } catch (err) {
        readRequest.errorSteps(err);
        return;
      }
      state.pendingPullIntos.push({
        buffer, bufferByteLength: size, byteOffset: 0, byteLength: size, bytesFilled: 0,
        minimumFill: 1, elementSize: 1, viewConstructor: Uint8Array, readerType: 'default',
      });
    }
    rs.readableStreamAddReadRequest(stream, readRequest);
    readableByteStreamControllerCallPullIfNeeded(this);
  }

  [rs.kReleaseSteps]() {
    const state = this[kState];
    if (state.pendingPullIntos.length > 0) {
      const first = state.pendingPullIntos[0];
      first.readerType = 'none';
      state.pendingPullIntos = [first];
    }
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ReadableByteStreamController', {});
  }
}

defineInterface(ReadableByteStreamController, ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);

function readableByteStreamControllerCallPullIfNeeded(controller) {
  const state = controller[kState];
  if (!readableByteStreamControllerShouldCallPull(controller)) return;
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  react(state.pullAlgorithm(), () => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      readableByteStreamControllerCallPullIfNeeded(controller);
    }
  }, (e) => readableByteStreamControllerError(controller, e));
}

function readableByteStreamControllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function readableByteStreamControllerClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  if (state.queueTotalSize > 0) {
    state.closeRequested = true;
    return;
  }
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = invalidState('Partial read');
      readableByteStreamControllerError(controller, e);
      throw e;
    }
  }
  readableByteStreamControllerClearAlgorithms(controller);
  rs.readableStreamClose(stream);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, desc) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(desc);
  if (desc.readerType === 'default') rs.readableStreamFulfillReadRequest(stream, filledView, done);
  else rs.readableStreamFulfillReadIntoRequest(stream, filledView, done);
}

function readableByteStreamControllerConvertPullIntoDescriptor(desc) {
  const buffer = transferArrayBuffer(desc.buffer);
  return new desc.viewConstructor(buffer, desc.byteOffset, desc.bytesFilled / desc.elementSize);
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) throw invalidState('chunk\'s buffer is detached');
  const transferredBuffer = transferArrayBuffer(buffer);
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw invalidState('The BYOB request\'s buffer has been detached');
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, first);
  }
  if (rs.readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (rs.readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (state.pendingPullIntos.length > 0) readableByteStreamControllerShiftPendingPullInto(controller);
      rs.readableStreamFulfillReadRequest(stream, new Uint8Array(transferredBuffer, byteOffset, byteLength), false);
    }
  } else if (rs.readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const desc of filled) readableByteStreamControllerCommitPullIntoDescriptor(stream, desc);
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller[kState].queue.push({ buffer, byteOffset, byteLength });
  controller[kState].queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (err) {
    readableByteStreamControllerError(controller, err);
    throw err;
  }
  readableByteStreamControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, desc) {
  if (desc.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, desc.buffer, desc.byteOffset,
      desc.bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(controller);
}

function readableByteStreamControllerError(controller, e) {
  const stream = controller[kState].stream;
  if (stream[kState].state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(controller[kState]);
  readableByteStreamControllerClearAlgorithms(controller);
  rs.readableStreamError(stream, e);
}

function readableByteStreamControllerFillHeadPullIntoDescriptor(controller, size, desc) {
  desc.bytesFilled += size;
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc) {
  const state = controller[kState];
  const maxBytesToCopy = Math.min(state.queueTotalSize, desc.byteLength - desc.bytesFilled);
  const maxBytesFilled = desc.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % desc.elementSize);
  if (maxAlignedBytes >= desc.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - desc.bytesFilled;
    ready = true;
  }
  const queue = state.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = desc.byteOffset + desc.bytesFilled;
    copyDataBlockBytes(desc.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    state.queueTotalSize -= bytesToCopy;
    readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesToCopy, desc);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  const state = controller[kState];
  const entry = state.queue.shift();
  state.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  readRequest.chunkSteps(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function readableByteStreamControllerGetBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null && state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
      first.byteLength - first.bytesFilled);
    const request = new ReadableStreamBYOBRequest(kIllegal);
    request[kState].controller = controller;
    request[kState].view = view;
    state.byobRequest = request;
  }
  return state.byobRequest;
}

function readableByteStreamControllerGetDesiredSize(controller) {
  const state = controller[kState];
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.strategyHWM - state.queueTotalSize;
}

function readableByteStreamControllerHandleQueueDrain(controller) {
  const state = controller[kState];
  if (state.queueTotalSize === 0 && state.closeRequested) {
    readableByteStreamControllerClearAlgorithms(controller);
    rs.readableStreamClose(state.stream);
  } else {
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
}

function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null) return;
  state.byobRequest[kState].controller = undefined;
  state.byobRequest[kState].view = null;
  state.byobRequest = null;
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const state = controller[kState];
  const filled = [];
  while (state.pendingPullIntos.length > 0) {
    if (state.queueTotalSize === 0) break;
    const desc = state.pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc)) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      filled.push(desc);
    }
  }
  return filled;
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const state = controller[kState];
  const reader = state.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (state.queueTotalSize === 0) return;
    const readRequest = reader[kState].readRequests.shift();
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
  }
}

function readableByteStreamControllerPullInto(controller, view, min, readIntoRequest) {
  const state = controller[kState];
  const stream = state.stream;
  let elementSize = 1;
  let viewConstructor = DataView;
  const name = typedArrayName.call(view);
  if (name !== undefined) {
    viewConstructor = typedArrayConstructors[name];
    elementSize = viewConstructor.BYTES_PER_ELEMENT;
  }
  const minimumFill = min * elementSize;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (err) {
    readIntoRequest.errorSteps(err);
    return;
  }
  const desc = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0,
    minimumFill, elementSize, viewConstructor, readerType: 'byob',
  };
  if (state.pendingPullIntos.length > 0) {
    state.pendingPullIntos.push(desc);
    rs.readableStreamAddReadIntoRequest(stream, readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest.closeSteps(new viewConstructor(desc.buffer, desc.byteOffset, 0));
    return;
  }
  if (state.queueTotalSize > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(desc);
      readableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest.chunkSteps(filledView);
      return;
    }
    if (state.closeRequested) {
      const e = invalidState('ReadableStream is closed');
      readableByteStreamControllerError(controller, e);
      readIntoRequest.errorSteps(e);
      return;
    }
  }
  state.pendingPullIntos.push(desc);
  rs.readableStreamAddReadIntoRequest(stream, readIntoRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (bytesWritten !== 0) {
      throw new ERR_INVALID_ARG_VALUE.TypeError('bytesWritten', bytesWritten,
        'must be 0 when calling respond() on a closed stream');
    }
  } else {
    if (bytesWritten === 0) {
      throw new ERR_INVALID_ARG_VALUE.TypeError('bytesWritten', bytesWritten,
        'must be greater than 0 when calling respond() on a readable stream');
    }
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten, 'out of range');
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondInClosedState(controller, first) {
  if (first.readerType === 'none') readableByteStreamControllerShiftPendingPullInto(controller);
  const stream = controller[kState].stream;
  if (rs.readableStreamHasBYOBReader(stream)) {
    while (rs.readableStreamGetNumReadIntoRequests(stream) > 0) {
      const desc = readableByteStreamControllerShiftPendingPullInto(controller);
      readableByteStreamControllerCommitPullIntoDescriptor(stream, desc);
    }
  }
}

function readableByteStreamControllerRespondInReadableState(controller, bytesWritten, desc) {
  const stream = controller[kState].stream;
  readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesWritten, desc);
  if (desc.readerType === 'none') {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, desc);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const d of filled) readableByteStreamControllerCommitPullIntoDescriptor(stream, d);
    return;
  }
  if (desc.bytesFilled < desc.minimumFill) return;
  readableByteStreamControllerShiftPendingPullInto(controller);
  const remainderSize = desc.bytesFilled % desc.elementSize;
  if (remainderSize > 0) {
    const end = desc.byteOffset + desc.bytesFilled;
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, desc.buffer, end - remainderSize,
      remainderSize);
  }
  desc.bytesFilled -= remainderSize;
  const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  readableByteStreamControllerCommitPullIntoDescriptor(stream, desc);
  for (const d of filled) readableByteStreamControllerCommitPullIntoDescriptor(stream, d);
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  if (state.stream[kState].state === 'closed') {
    readableByteStreamControllerRespondInClosedState(controller, first);
  } else {
    readableByteStreamControllerRespondInReadableState(controller, bytesWritten, first);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (view.byteLength !== 0) {
      throw new ERR_INVALID_ARG_VALUE.TypeError('view', view, 'must have a byteLength of 0 on a closed stream');
    }
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE.TypeError('view', view,
      'must have a non-zero byteLength on a readable stream');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid byteOffset');
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid buffer byteLength');
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid byteLength');
  }
  const viewByteLength = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  readableByteStreamControllerRespondInternal(controller, viewByteLength);
}

function readableByteStreamControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function readableByteStreamControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return false;
  if (state.closeRequested) return false;
  if (!state.started) return false;
  if (rs.readableStreamHasDefaultReader(stream) && rs.readableStreamGetNumReadRequests(stream) > 0) return true;
  if (rs.readableStreamHasBYOBReader(stream) && rs.readableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}

function setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
                                           cancelAlgorithm, highWaterMark, autoAllocateChunkSize) {
  controller[kState] = {
    stream,
    pullAgain: false,
    pulling: false,
    byobRequest: null,
    queue: [],
    queueTotalSize: 0,
    closeRequested: false,
    started: false,
    strategyHWM: highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    autoAllocateChunkSize,
    pendingPullIntos: [],
  };
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  react(Promise.resolve(startResult), () => {
    controller[kState].started = true;
    readableByteStreamControllerCallPullIfNeeded(controller);
  }, (r) => readableByteStreamControllerError(controller, r));
}

function setUpReadableByteStreamControllerFromUnderlyingSource(stream, source, hwm) {
  const controller = new ReadableByteStreamController(kIllegal);
  const start = getMethod(source, 'start', 'source.start');
  const pull = getMethod(source, 'pull', 'source.pull');
  const cancel = getMethod(source, 'cancel', 'source.cancel');
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    const n = Number(autoAllocateChunkSize);
    if (!Number.isFinite(n) || n < 0 || n > Number.MAX_SAFE_INTEGER) {
      throw new ERR_INVALID_ARG_TYPE('source.autoAllocateChunkSize', 'an unsigned long long',
        autoAllocateChunkSize);
    }
    autoAllocateChunkSize = Math.trunc(n);
    if (autoAllocateChunkSize === 0) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  const startAlgorithm = start ? () => Reflect.apply(start, source, [controller]) : () => undefined;
  const pullAlgorithm = pull ? () => promiseCall(pull, source, controller) : () => Promise.resolve();
  const cancelAlgorithm = cancel ? (reason) => promiseCall(cancel, source, reason) : () => Promise.resolve();
  setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
    hwm, autoAllocateChunkSize);
}

function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = Object.create(rs.ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  stream[kState] = {
    state: 'readable', reader: undefined, storedError: undefined, disturbed: false, controller: undefined,
  };
  const controller = new ReadableByteStreamController(kIllegal);
  setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
    0, undefined);
  return stream;
}

// ---------------------------------------------------------------- tee

// Each branch may read with either kind of reader, so the tee switches the reader it
// holds on the source to match the branch that pulls.
function readableByteStreamTee(stream) {
  let reader = rs.acquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();

  const controllerOf = (branch) => branch[kState].controller;

  function forwardReaderError(thisReader) {
    react(thisReader[kState].closed.promise, undefined, (r) => {
      if (thisReader !== reader) return;
      readableByteStreamControllerError(controllerOf(branch1), r);
      readableByteStreamControllerError(controllerOf(branch2), r);
      if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
    });
  }

  function failBoth(e) {
    readableByteStreamControllerError(controllerOf(branch1), e);
    readableByteStreamControllerError(controllerOf(branch2), e);
    cancelPromise.resolve(rs.readableStreamCancel(stream, e));
  }

  function readAgain() {
    if (readAgainForBranch1) pull1Algorithm();
    else if (readAgainForBranch2) pull2Algorithm();
  }

  function pullWithDefaultReader() {
    if (isBrand(reader, 'ReadableStreamBYOBReader')) {
      rs.readableStreamBYOBReaderRelease(reader);
      reader = rs.acquireReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    rs.readableStreamDefaultReaderRead(reader, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (err) {
              failBoth(err);
              return;
            }
          }
          if (!canceled1) readableByteStreamControllerEnqueue(controllerOf(branch1), chunk1);
          if (!canceled2) readableByteStreamControllerEnqueue(controllerOf(branch2), chunk2);
          reading = false;
          readAgain();
        });
      },
      closeSteps() {
        reading = false;
        if (!canceled1) readableByteStreamControllerClose(controllerOf(branch1));
        if (!canceled2) readableByteStreamControllerClose(controllerOf(branch2));
        if (controllerOf(branch1)[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(controllerOf(branch1), 0);
        }
        if (controllerOf(branch2)[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(controllerOf(branch2), 0);
        }
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      errorSteps() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (isBrand(reader, 'ReadableStreamDefaultReader')) {
      rs.readableStreamDefaultReaderRelease(reader);
      reader = new rs.ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    rs.readableStreamBYOBReaderRead(reader, view, 1, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let cloned;
            try {
              cloned = cloneAsUint8Array(chunk);
            } catch (err) {
              failBoth(err);
              return;
            }
            if (!byobCanceled) readableByteStreamControllerRespondWithNewView(controllerOf(byobBranch), chunk);
            readableByteStreamControllerEnqueue(controllerOf(otherBranch), cloned);
          } else if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(controllerOf(byobBranch), chunk);
          }
          reading = false;
          readAgain();
        });
      },
      closeSteps(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) readableByteStreamControllerClose(controllerOf(byobBranch));
        if (!otherCanceled) readableByteStreamControllerClose(controllerOf(otherBranch));
        if (chunk !== undefined) {
          if (!byobCanceled) readableByteStreamControllerRespondWithNewView(controllerOf(byobBranch), chunk);
          if (!otherCanceled && controllerOf(otherBranch)[kState].pendingPullIntos.length > 0) {
            readableByteStreamControllerRespond(controllerOf(otherBranch), 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve(undefined);
      },
      errorSteps() {
        reading = false;
      },
    });
  }

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return Promise.resolve();
    }
    reading = true;
    const request = readableByteStreamControllerGetBYOBRequest(controllerOf(branch1));
    if (request === null) pullWithDefaultReader();
    else pullWithBYOBReader(request[kState].view, false);
    return Promise.resolve();
  }

  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return Promise.resolve();
    }
    reading = true;
    const request = readableByteStreamControllerGetBYOBRequest(controllerOf(branch2));
    if (request === null) pullWithDefaultReader();
    else pullWithBYOBReader(request[kState].view, true);
    return Promise.resolve();
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(rs.readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(rs.readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  const startAlgorithm = () => undefined;
  branch1 = createReadableByteStream(startAlgorithm, pull1Algorithm, cancel1Algorithm);
  branch2 = createReadableByteStream(startAlgorithm, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

module.exports = {
  ReadableByteStreamController, ReadableStreamBYOBRequest,
  setUpReadableByteStreamControllerFromUnderlyingSource, readableByteStreamControllerPullInto,
  readableByteStreamTee, readableByteStreamControllerEnqueue, readableByteStreamControllerClose,
  readableByteStreamControllerError, readableByteStreamControllerGetBYOBRequest,
  readableByteStreamControllerRespond, createReadableByteStream,
};
