'use strict';
// ReadableStream, its default and BYOB readers and its default controller, after the
// WHATWG Streams Standard (https://streams.spec.whatwg.org/#rs). The abstract
// operations keep the spec's names so each can be checked against its algorithm; the
// byte-stream controller is in readablebytestreamcontroller.js and pipeTo in pipe.js.

const { E, codes } = require('internal/errors');

if (codes.ERR_ARG_NOT_ITERABLE === undefined) E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_ILLEGAL_CONSTRUCTOR,
  ERR_ARG_NOT_ITERABLE, ERR_INVALID_THIS,
} = codes;
const {
  kState, kType, kInspect, isBrand, checkThis, createDeferred, setHandled, react, promiseCall,
  getMethod, resetQueue, queueLength, enqueueValueWithSize, dequeueValue, extractHighWaterMark,
  extractSizeAlgorithm, defineInterface, customInspect,
} = require('internal/webstreams/util');

// stream.finished() and the stream utilities read a web stream's state through these.
const {
  kIsClosedPromise, kIsDisturbed, kIsErrored, kIsReadable,
} = require('internal/streams/utils');

const kIllegal = Symbol('kIllegal');
// Polymorphic internal methods of the two controller kinds (the spec's
// [[CancelSteps]], [[PullSteps]], [[ReleaseSteps]]).
const kCancelSteps = Symbol('kCancelSteps');
const kPullSteps = Symbol('kPullSteps');
const kReleaseSteps = Symbol('kReleaseSteps');

let byteController;  // readablebytestreamcontroller.js, which needs this file first
function bytes() {
  if (byteController === undefined) byteController = require('internal/webstreams/readablebytestreamcontroller');
  return byteController;
}
let pipe;
function lazyPipe() {
  if (pipe === undefined) pipe = require('internal/webstreams/pipe');
  return pipe;
}

function lazyInspect(value) {
  return require('internal/util/inspect').inspect(value);
}

// ---------------------------------------------------------------- ReadableStream

class ReadableStream {
  constructor(source = undefined, strategy = undefined) {
    if (source === undefined) source = {};
    if (source === null || typeof source !== 'object') throw new ERR_INVALID_ARG_TYPE('source', 'Object', source);
    if (strategy === undefined) strategy = {};
    if (strategy === null || typeof strategy !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
    }
    this[kType] = 'ReadableStream';
    initializeReadableStream(this);
    const type = source.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategy.size !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      const hwm = extractHighWaterMark(strategy, 0);
      bytes().setUpReadableByteStreamControllerFromUnderlyingSource(this, source, hwm);
    } else if (type === undefined) {
      const size = extractSizeAlgorithm(strategy);
      const hwm = extractHighWaterMark(strategy, 1);
      setUpReadableStreamDefaultControllerFromUnderlyingSource(this, source, hwm, size);
    } else {
      throw new ERR_INVALID_ARG_VALUE('source.type', type);
    }
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  get [kIsDisturbed]() { return this[kState].disturbed; }
  get [kIsErrored]() { return this[kState].state === 'errored'; }
  get [kIsReadable]() { return this[kState].state === 'readable'; }

  get locked() {
    checkThis(this, 'ReadableStream');
    return isReadableStreamLocked(this);
  }

  cancel(reason = undefined) {
    if (!isBrand(this, 'ReadableStream')) return Promise.reject(new ERR_INVALID_THIS('ReadableStream'));
    if (isReadableStreamLocked(this)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('ReadableStream is locked'));
    }
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    checkThis(this, 'ReadableStream');
    if (options === undefined) options = {};
    if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    const mode = options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = undefined) {
    checkThis(this, 'ReadableStream');
    const readable = transform?.readable;
    if (!isBrand(readable, 'ReadableStream')) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform.writable;
    if (!isBrand(writable, 'WritableStream')) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    const opts = lazyPipe().readPipeOptions(options);
    if (isReadableStreamLocked(this)) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    if (writable[kState].writer !== undefined) throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    const promise = lazyPipe().readableStreamPipeTo(this, writable, opts.preventClose, opts.preventAbort,
      opts.preventCancel, opts.signal);
    setHandled(promise);
    return readable;
  }

  pipeTo(destination, options = undefined) {
    try {
      checkThis(this, 'ReadableStream');
      if (!isBrand(destination, 'WritableStream')) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const opts = lazyPipe().readPipeOptions(options);
      if (isReadableStreamLocked(this)) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
      if (destination[kState].writer !== undefined) {
        throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
      }
      return lazyPipe().readableStreamPipeTo(this, destination, opts.preventClose, opts.preventAbort,
        opts.preventCancel, opts.signal);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  tee() {
    checkThis(this, 'ReadableStream');
    return readableStreamTee(this, false);
  }

  values(options = undefined) {
    checkThis(this, 'ReadableStream');
    if (options === undefined) options = {};
    if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    const preventCancel = !!options.preventCancel;
    const reader = new ReadableStreamDefaultReader(this);
    return createAsyncIterator(reader, preventCancel);
  }

  [kInspect](depth, options) {
    const state = this[kState];
    return customInspect(this, depth, options, 'ReadableStream', {
      locked: isReadableStreamLocked(this),
      state: state.state,
      supportsBYOB: isBrand(state.controller, 'ReadableByteStreamController'),
    });
  }
}

defineInterface(ReadableStream,
  ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values'], ['from']);
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  value: ReadableStream.prototype.values, writable: true, enumerable: false, configurable: true,
});

function initializeReadableStream(stream) {
  stream[kState] = {
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };
  // Settles when the stream closes or errors (finished() waits on it).
  stream[kIsClosedPromise] = createDeferred();
}

// The spec's CreateReadableStream, used by TransformStream, tee and the adapters.
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm,
                              highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  initializeReadableStream(stream);
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  controller[kType] = 'ReadableStreamDefaultController';
  setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
    cancelAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return Promise.resolve();
  if (state.state === 'errored') return Promise.reject(state.storedError);
  readableStreamClose(stream);
  const reader = state.reader;
  if (reader !== undefined && isBrand(reader, 'ReadableStreamBYOBReader')) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request.closeSteps(undefined);
  }
  const sourceCancelPromise = state.controller[kCancelSteps](reason);
  return react(sourceCancelPromise, () => undefined);
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].closed.resolve();
  if (isBrand(reader, 'ReadableStreamDefaultReader')) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const request of requests) request.closeSteps();
  }
}

function readableStreamError(stream, e) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = e;
  stream[kIsClosedPromise].reject(e);
  setHandled(stream[kIsClosedPromise].promise);
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].closed.reject(e);
  setHandled(reader[kState].closed.promise);
  if (isBrand(reader, 'ReadableStreamDefaultReader')) {
    readableStreamDefaultReaderErrorReadRequests(reader, e);
  } else {
    readableStreamBYOBReaderErrorReadIntoRequests(reader, e);
  }
}

function readableStreamAddReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const readRequest = reader[kState].readRequests.shift();
  if (done) readRequest.closeSteps();
  else readRequest.chunkSteps(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBrand(reader, 'ReadableStreamDefaultReader');
}

function readableStreamAddReadIntoRequest(stream, readIntoRequest) {
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const readIntoRequest = reader[kState].readIntoRequests.shift();
  if (done) readIntoRequest.closeSteps(chunk);
  else readIntoRequest.chunkSteps(chunk);
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBrand(reader, 'ReadableStreamBYOBReader');
}

// ---------------------------------------------------------------- readers

// A deferred that remembers whether it settled: the spec replaces a reader's settled
// closed promise rather than settling it twice.
function trackedDeferred() {
  const d = createDeferred();
  d.settled = false;
  const { resolve, reject } = d;
  d.resolve = (v) => { d.settled = true; resolve(v); };
  d.reject = (e) => { d.settled = true; reject(e); };
  return d;
}

function settledDeferred(isError, value) {
  const d = trackedDeferred();
  if (isError) {
    d.reject(value);
    setHandled(d.promise);
  } else {
    d.resolve(value);
  }
  return d;
}

function readableStreamReaderGenericInitialize(reader, stream) {
  const state = stream[kState];
  reader[kState].stream = stream;
  state.reader = reader;
  if (state.state === 'readable') reader[kState].closed = trackedDeferred();
  else if (state.state === 'closed') reader[kState].closed = settledDeferred(false, undefined);
  else reader[kState].closed = settledDeferred(true, state.storedError);
}

function readableStreamReaderGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readableStreamReaderGenericRelease(reader) {
  const stream = reader[kState].stream;
  const error = new ERR_INVALID_STATE.TypeError('Reader released');
  if (stream[kState].state === 'readable' && !reader[kState].closed.settled) {
    reader[kState].closed.reject(error);
  } else {
    reader[kState].closed = settledDeferred(true, error);
  }
  setHandled(reader[kState].closed.promise);
  stream[kState].controller[kReleaseSteps]();
  stream[kState].reader = undefined;
  reader[kState].stream = undefined;
}

function readerNotAttached() {
  return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isBrand(stream, 'ReadableStream')) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { stream: undefined, closed: undefined, readRequests: [] };
    setUpReadableStreamDefaultReader(this, stream);
  }

  read() {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) return readerNotAttached();
    const { promise, resolve, reject } = createDeferred();
    readableStreamDefaultReaderRead(this, {
      chunkSteps: (value) => resolve({ value, done: false }),
      closeSteps: () => resolve({ value: undefined, done: true }),
      errorSteps: reject,
    });
    return promise;
  }

  releaseLock() {
    checkThis(this, 'ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  get closed() {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) return readerNotAttached();
    return readableStreamReaderGenericCancel(this, reason);
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamDefaultReader', {
      stream: this[kState].stream,
      readRequests: this[kState].readRequests.length,
      close: this[kState].closed.promise,
    });
  }
}

defineInterface(ReadableStreamDefaultReader, ['read', 'releaseLock', 'closed', 'cancel']);

function setUpReadableStreamDefaultReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
  readableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readRequests = [];
}

function acquireReadableStreamDefaultReader(stream) {
  return new ReadableStreamDefaultReader(stream);
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') readRequest.closeSteps();
  else if (state.state === 'errored') readRequest.errorSteps(state.storedError);
  else state.controller[kPullSteps](readRequest);
}

function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(reader, new ERR_INVALID_STATE.TypeError('Releasing reader'));
}

function readableStreamDefaultReaderErrorReadRequests(reader, e) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const request of requests) request.errorSteps(e);
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isBrand(stream, 'ReadableStream')) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { stream: undefined, closed: undefined, readIntoRequests: [] };
    setUpReadableStreamBYOBReader(this, stream);
  }

  read(view, options = undefined) {
    if (!isBrand(this, 'ReadableStreamBYOBReader')) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    if (!ArrayBuffer.isView(view)) {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    if (options === undefined) options = {};
    if (options === null || typeof options !== 'object') {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('options', 'Object', options));
    }
    if (view.byteLength === 0) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    if (view.buffer.byteLength === 0) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    let min = 1;
    if (options.min !== undefined) {
      min = Number(options.min);
      if (!Number.isFinite(min) || min < 0 || min > Number.MAX_SAFE_INTEGER) {
        return Promise.reject(new ERR_INVALID_ARG_TYPE('options.min', 'an unsigned long long', options.min));
      }
      min = Math.trunc(min);
    }
    if (min === 0) {
      return Promise.reject(new ERR_INVALID_ARG_VALUE.TypeError('options.min', options.min, 'must be greater than 0'));
    }
    const elements = view instanceof DataView ? view.byteLength : view.length;
    if (min > elements) {
      return Promise.reject(new ERR_INVALID_ARG_VALUE.RangeError('options.min', options.min,
        'must be less than or equal to the view\'s length'));
    }
    if (this[kState].stream === undefined) return readerNotAttached();
    const { promise, resolve, reject } = createDeferred();
    readableStreamBYOBReaderRead(this, view, min, {
      chunkSteps: (value) => resolve({ value, done: false }),
      closeSteps: (value) => resolve({ value, done: true }),
      errorSteps: reject,
    });
    return promise;
  }

  releaseLock() {
    checkThis(this, 'ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readableStreamBYOBReaderRelease(this);
  }

  get closed() {
    if (!isBrand(this, 'ReadableStreamBYOBReader')) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    if (!isBrand(this, 'ReadableStreamBYOBReader')) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    if (this[kState].stream === undefined) return readerNotAttached();
    return readableStreamReaderGenericCancel(this, reason);
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamBYOBReader', {
      stream: this[kState].stream,
      readIntoRequests: this[kState].readIntoRequests.length,
      close: this[kState].closed.promise,
    });
  }
}

defineInterface(ReadableStreamBYOBReader, ['read', 'releaseLock', 'closed', 'cancel']);

function setUpReadableStreamBYOBReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
  if (!isBrand(stream[kState].controller, 'ReadableByteStreamController')) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
  }
  readableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readIntoRequests = [];
}

function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
  const stream = reader[kState].stream;
  stream[kState].disturbed = true;
  if (stream[kState].state === 'errored') readIntoRequest.errorSteps(stream[kState].storedError);
  else bytes().readableByteStreamControllerPullInto(stream[kState].controller, view, min, readIntoRequest);
}

function readableStreamBYOBReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamBYOBReaderErrorReadIntoRequests(reader, new ERR_INVALID_STATE.TypeError('Releasing reader'));
}

function readableStreamBYOBReaderErrorReadIntoRequests(reader, e) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (const request of requests) request.errorSteps(e);
}

// ---------------------------------------------------------------- default controller

class ReadableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    checkThis(this, 'ReadableStreamDefaultController');
    return readableStreamDefaultControllerGetDesiredSize(this);
  }

  close() {
    checkThis(this, 'ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    checkThis(this, 'ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(e = undefined) {
    checkThis(this, 'ReadableStreamDefaultController');
    readableStreamDefaultControllerError(this, e);
  }

  [kCancelSteps](reason) {
    resetQueue(this[kState]);
    const result = this[kState].cancelAlgorithm(reason);
    readableStreamDefaultControllerClearAlgorithms(this);
    return result;
  }

  [kPullSteps](readRequest) {
    const state = this[kState];
    const stream = state.stream;
    if (queueLength(state) > 0) {
      const chunk = dequeueValue(state);
      if (state.closeRequested && queueLength(state) === 0) {
        readableStreamDefaultControllerClearAlgorithms(this);
        readableStreamClose(stream);
      } else {
        readableStreamDefaultControllerCallPullIfNeeded(this);
      }
      readRequest.chunkSteps(chunk);
    } else {
      readableStreamAddReadRequest(stream, readRequest);
      readableStreamDefaultControllerCallPullIfNeeded(this);
    }
  }

  [kReleaseSteps]() {}

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamDefaultController', {});
  }
}

defineInterface(ReadableStreamDefaultController, ['desiredSize', 'close', 'enqueue', 'error']);

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  const state = controller[kState];
  if (!readableStreamDefaultControllerShouldCallPull(controller)) return;
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  react(state.pullAlgorithm(), () => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
  }, (e) => readableStreamDefaultControllerError(controller, e));
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!state.started) return false;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
  state.strategySizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  state.closeRequested = true;
  if (queueLength(state) === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  const stream = state.stream;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = state.strategySizeAlgorithm(chunk);
    } catch (err) {
      readableStreamDefaultControllerError(controller, err);
      throw err;
    }
    try {
      enqueueValueWithSize(state, chunk, size);
    } catch (err) {
      readableStreamDefaultControllerError(controller, err);
      throw err;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, e) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return;
  resetQueue(state);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(stream, e);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const state = controller[kState];
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.strategyHWM - state.queueTotalSize;
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  const state = controller[kState];
  return !state.closeRequested && state.stream[kState].state === 'readable';
}

function setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
                                              cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  controller[kState] = {
    stream,
    queue: [],
    queueHead: 0,
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategySizeAlgorithm: sizeAlgorithm,
    strategyHWM: highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
  };
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  react(Promise.resolve(startResult), () => {
    controller[kState].started = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (r) => readableStreamDefaultControllerError(controller, r));
}

function setUpReadableStreamDefaultControllerFromUnderlyingSource(stream, source, hwm, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kIllegal);
  controller[kType] = 'ReadableStreamDefaultController';
  const start = getMethod(source, 'start', 'source.start');
  const pull = getMethod(source, 'pull', 'source.pull');
  const cancel = getMethod(source, 'cancel', 'source.cancel');
  const startAlgorithm = start ? () => Reflect.apply(start, source, [controller]) : () => undefined;
  const pullAlgorithm = pull ? () => promiseCall(pull, source, controller) : () => Promise.resolve();
  const cancelAlgorithm = cancel ? (reason) => promiseCall(cancel, source, reason) : () => Promise.resolve();
  setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
    cancelAlgorithm, hwm, sizeAlgorithm);
}

// ---------------------------------------------------------------- tee

function readableStreamTee(stream, cloneForBranch2) {
  if (isBrand(stream[kState].controller, 'ReadableByteStreamController')) {
    return bytes().readableByteStreamTee(stream);
  }
  return readableStreamDefaultTee(stream, cloneForBranch2);
}

function readableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = acquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      // A microtask later, so that a read that resolves synchronously cannot re-enter
      // the branches' controllers while they are still inside enqueue.
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled2 && cloneForBranch2) {
            try {
              chunk2 = structuredClone(chunk);
            } catch (err) {
              readableStreamDefaultControllerError(branch1[kState].controller, err);
              readableStreamDefaultControllerError(branch2[kState].controller, err);
              cancelPromise.resolve(readableStreamCancel(stream, err));
              return;
            }
          }
          if (!canceled1) readableStreamDefaultControllerEnqueue(branch1[kState].controller, chunk1);
          if (!canceled2) readableStreamDefaultControllerEnqueue(branch2[kState].controller, chunk2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      closeSteps() {
        reading = false;
        if (!canceled1) readableStreamDefaultControllerClose(branch1[kState].controller);
        if (!canceled2) readableStreamDefaultControllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      errorSteps() {
        reading = false;
      },
    });
    return Promise.resolve();
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  const startAlgorithm = () => undefined;
  branch1 = createReadableStream(startAlgorithm, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(startAlgorithm, pullAlgorithm, cancel2Algorithm);
  react(reader[kState].closed.promise, undefined, (r) => {
    readableStreamDefaultControllerError(branch1[kState].controller, r);
    readableStreamDefaultControllerError(branch2[kState].controller, r);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });
  return [branch1, branch2];
}

// ---------------------------------------------------------------- async iteration

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

const ReadableStreamAsyncIteratorPrototype = Object.setPrototypeOf({
  next() {
    const state = this[kState];
    if (state === undefined) return Promise.reject(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
    const nextSteps = () => {
      if (state.finished) return Promise.resolve({ done: true, value: undefined });
      return asyncIteratorNext(state);
    };
    state.ongoing = state.ongoing ? react(state.ongoing, nextSteps, nextSteps) : nextSteps();
    return state.ongoing;
  },

  return(value = undefined) {
    const state = this[kState];
    if (state === undefined) return Promise.reject(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
    const returnSteps = () => {
      if (state.finished) return Promise.resolve({ done: true, value });
      state.finished = true;
      return asyncIteratorReturn(state, value);
    };
    state.ongoing = state.ongoing ? react(state.ongoing, returnSteps, returnSteps) : returnSteps();
    return react(state.ongoing, () => ({ done: true, value }));
  },
}, AsyncIteratorPrototype);
Object.defineProperty(ReadableStreamAsyncIteratorPrototype, Symbol.toStringTag, {
  value: 'ReadableStream AsyncIterator', configurable: true,
});

function createAsyncIterator(reader, preventCancel) {
  const iterator = Object.create(ReadableStreamAsyncIteratorPrototype);
  iterator[kState] = { reader, preventCancel, finished: false, ongoing: undefined };
  return iterator;
}

function asyncIteratorNext(state) {
  const reader = state.reader;
  if (reader[kState].stream === undefined) return readerNotAttached();
  const { promise, resolve, reject } = createDeferred();
  readableStreamDefaultReaderRead(reader, {
    chunkSteps: (value) => resolve({ value, done: false }),
    closeSteps: () => {
      readableStreamDefaultReaderRelease(reader);
      resolve({ done: true, value: undefined });
    },
    errorSteps: (e) => {
      readableStreamDefaultReaderRelease(reader);
      reject(e);
    },
  });
  return react(promise, (result) => {
    state.ongoing = undefined;
    if (result.done) state.finished = true;
    return result;
  }, (e) => {
    state.ongoing = undefined;
    state.finished = true;
    throw e;
  });
}

function asyncIteratorReturn(state, value) {
  const reader = state.reader;
  if (reader[kState].stream === undefined) return Promise.resolve({ done: true, value });
  if (!state.preventCancel) {
    const result = readableStreamReaderGenericCancel(reader, value);
    readableStreamDefaultReaderRelease(reader);
    return result;
  }
  readableStreamDefaultReaderRelease(reader);
  return Promise.resolve({ done: true, value });
}

// ---------------------------------------------------------------- ReadableStream.from

function getAsyncIterator(iterable) {
  if (iterable != null) {
    const asyncMethod = iterable[Symbol.asyncIterator];
    if (asyncMethod != null) {
      const iterator = Reflect.apply(asyncMethod, iterable, []);
      if (iterator === null || typeof iterator !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
      }
      return { iterator, next: iterator.next };
    }
    const syncMethod = iterable[Symbol.iterator];
    if (syncMethod != null) {
      const syncIterator = Reflect.apply(syncMethod, iterable, []);
      if (syncIterator === null || typeof syncIterator !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
      }
      return asyncFromSyncIterator(syncIterator, syncIterator.next);
    }
  }
  throw new ERR_ARG_NOT_ITERABLE(lazyInspect(iterable));
}

// CreateAsyncFromSyncIterator of ECMA-262: values that are promises are awaited.
function asyncFromSyncIterator(syncIterator, syncNext) {
  const unwrap = (result) => {
    if (result === null || typeof result !== 'object') throw new TypeError('Iterator result is not an object');
    const done = !!result.done;
    return Promise.resolve(result.value).then((value) => ({ value, done }));
  };
  const iterator = {
    next() {
      return unwrap(Reflect.apply(syncNext, syncIterator, []));
    },
    return(value) {
      const method = syncIterator.return;
      if (method == null) return Promise.resolve({ value, done: true });
      return unwrap(Reflect.apply(method, syncIterator, [value]));
    },
  };
  return { iterator, next: iterator.next };
}

function readableStreamFromIterable(iterable) {
  const record = getAsyncIterator(iterable);
  let stream;
  const startAlgorithm = () => undefined;
  function pullAlgorithm() {
    let nextResult;
    try {
      nextResult = Reflect.apply(record.next, record.iterator, []);
    } catch (err) {
      return Promise.reject(err);
    }
    return react(Promise.resolve(nextResult), (result) => {
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.next() method must fulfill with an object');
      }
      const controller = stream[kState].controller;
      if (result.done) readableStreamDefaultControllerClose(controller);
      else readableStreamDefaultControllerEnqueue(controller, result.value);
    });
  }
  function cancelAlgorithm(reason) {
    const iterator = record.iterator;
    let returnMethod;
    try {
      returnMethod = iterator.return;
    } catch (err) {
      return Promise.reject(err);
    }
    if (returnMethod == null) return Promise.resolve();
    let returnResult;
    try {
      returnResult = Reflect.apply(returnMethod, iterator, [reason]);
    } catch (err) {
      return Promise.reject(err);
    }
    return react(Promise.resolve(returnResult), (result) => {
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  }
  stream = createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

function isReadableStream(value) {
  return isBrand(value, 'ReadableStream');
}

Object.assign(module.exports, {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader,
  ReadableStreamDefaultController, kIllegal, kCancelSteps, kPullSteps, kReleaseSteps,
  createReadableStream, isReadableStream, isReadableStreamLocked, readableStreamCancel,
  readableStreamClose, readableStreamError, readableStreamAddReadRequest,
  readableStreamFulfillReadRequest, readableStreamGetNumReadRequests,
  readableStreamHasDefaultReader, readableStreamAddReadIntoRequest,
  readableStreamFulfillReadIntoRequest, readableStreamGetNumReadIntoRequests,
  readableStreamHasBYOBReader, acquireReadableStreamDefaultReader,
  readableStreamDefaultReaderRead, readableStreamDefaultReaderRelease,
  readableStreamBYOBReaderRead, readableStreamBYOBReaderRelease,
  readableStreamReaderGenericCancel, readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerClose, readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize, readableStreamDefaultControllerHasBackpressure,
  readableStreamDefaultControllerCanCloseOrEnqueue, trackedDeferred, settledDeferred,
});
