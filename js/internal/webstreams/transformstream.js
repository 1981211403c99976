'use strict';
// TransformStream and its controller, after the WHATWG Streams Standard
// (https://streams.spec.whatwg.org/#ts), including transformer.cancel.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const {
  kState, kType, kInspect, isBrand, checkThis, createDeferred, react, promiseCall, getMethod,
  extractHighWaterMark, extractSizeAlgorithm, defineInterface, customInspect,
} = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');
const ws = require('internal/webstreams/writablestream');

const kIllegal = Symbol('kIllegal');

class TransformStream {
  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    if (transformer === undefined) transformer = null;
    if (transformer !== null && typeof transformer !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
    }
    if (writableStrategy === undefined) writableStrategy = {};
    if (writableStrategy === null || typeof writableStrategy !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('writableStrategy', 'Object', writableStrategy);
    }
    if (readableStrategy === undefined) readableStrategy = {};
    if (readableStrategy === null || typeof readableStrategy !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('readableStrategy', 'Object', readableStrategy);
    }
    const source = transformer === null ? {} : transformer;
    if (source.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', source.readableType);
    }
    if (source.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', source.writableType);
    }
    const readableHWM = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHWM = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    const start = getMethod(source, 'start', 'transformer.start');
    this[kType] = 'TransformStream';
    const startPromise = createDeferred();
    initializeTransformStream(this, startPromise.promise, writableHWM, writableSize, readableHWM, readableSize);
    setUpTransformStreamDefaultControllerFromTransformer(this, source);
    if (start !== undefined) {
      startPromise.resolve(Reflect.apply(start, source, [this[kState].controller]));
    } else {
      startPromise.resolve(undefined);
    }
  }

  get readable() {
    checkThis(this, 'TransformStream');
    return this[kState].readable;
  }

  get writable() {
    checkThis(this, 'TransformStream');
    return this[kState].writable;
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'TransformStream', {
      readable: this[kState].readable,
      writable: this[kState].writable,
      backpressure: this[kState].backpressure,
    });
  }
}

defineInterface(TransformStream, ['readable', 'writable']);

function initializeTransformStream(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  stream[kState] = {
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
    controller: undefined,
  };
  const startAlgorithm = () => startPromise;
  stream[kState].writable = ws.createWritableStream(startAlgorithm,
    (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHWM, writableSize);
  stream[kState].readable = rs.createReadableStream(startAlgorithm,
    () => transformStreamDefaultSourcePullAlgorithm(stream),
    (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason),
    readableHWM, readableSize);
  transformStreamSetBackpressure(stream, true);
}

function readableController(stream) {
  return stream[kState].readable[kState].controller;
}

function transformStreamError(stream, e) {
  rs.readableStreamDefaultControllerError(readableController(stream), e);
  transformStreamErrorWritableAndUnblockWrite(stream, e);
}

function transformStreamErrorWritableAndUnblockWrite(stream, e) {
  transformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  ws.writableStreamDefaultControllerErrorIfNeeded(stream[kState].writable[kState].controller, e);
  transformStreamUnblockWrite(stream);
}

function transformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

function transformStreamSetBackpressure(stream, backpressure) {
  const state = stream[kState];
  if (state.backpressureChange !== undefined) state.backpressureChange.resolve();
  state.backpressureChange = createDeferred();
  state.backpressure = backpressure;
}

// ---------------------------------------------------------------- controller

class TransformStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'TransformStreamDefaultController';
  }

  get desiredSize() {
    checkThis(this, 'TransformStreamDefaultController');
    return rs.readableStreamDefaultControllerGetDesiredSize(readableController(this[kState].stream));
  }

  enqueue(chunk = undefined) {
    checkThis(this, 'TransformStreamDefaultController');
    transformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    checkThis(this, 'TransformStreamDefaultController');
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    checkThis(this, 'TransformStreamDefaultController');
    transformStreamDefaultControllerTerminate(this);
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'TransformStreamDefaultController', {
      stream: this[kState].stream,
    });
  }
}

defineInterface(TransformStreamDefaultController, ['desiredSize', 'enqueue', 'error', 'terminate']);

function setUpTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm,
                                               cancelAlgorithm) {
  controller[kState] = {
    stream,
    transformAlgorithm,
    flushAlgorithm,
    cancelAlgorithm,
    finish: undefined,
  };
  stream[kState].controller = controller;
}

function setUpTransformStreamDefaultControllerFromTransformer(stream, transformer) {
  const controller = new TransformStreamDefaultController(kIllegal);
  const transform = getMethod(transformer, 'transform', 'transformer.transform');
  const flush = getMethod(transformer, 'flush', 'transformer.flush');
  const cancel = getMethod(transformer, 'cancel', 'transformer.cancel');
  const transformAlgorithm = transform ?
    (chunk) => promiseCall(transform, transformer, chunk, controller) :
    (chunk) => {
      try {
        transformStreamDefaultControllerEnqueue(controller, chunk);
        return Promise.resolve();
      } catch (err) {
        return Promise.reject(err);
      }
    };
  const flushAlgorithm = flush ? () => promiseCall(flush, transformer, controller) : () => Promise.resolve();
  const cancelAlgorithm = cancel ? (reason) => promiseCall(cancel, transformer, reason) : () => Promise.resolve();
  setUpTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
}

function transformStreamDefaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.transformAlgorithm = undefined;
  state.flushAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const rc = readableController(stream);
  if (!rs.readableStreamDefaultControllerCanCloseOrEnqueue(rc)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    rs.readableStreamDefaultControllerEnqueue(rc, chunk);
  } catch (err) {
    transformStreamErrorWritableAndUnblockWrite(stream, err);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = rs.readableStreamDefaultControllerHasBackpressure(rc);
  if (backpressure !== stream[kState].backpressure) transformStreamSetBackpressure(stream, true);
}

function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  return react(controller[kState].transformAlgorithm(chunk), undefined, (r) => {
    transformStreamError(controller[kState].stream, r);
    throw r;
  });
}

function transformStreamDefaultControllerTerminate(controller) {
  const stream = controller[kState].stream;
  rs.readableStreamDefaultControllerClose(readableController(stream));
  transformStreamErrorWritableAndUnblockWrite(stream,
    new ERR_INVALID_STATE.TypeError('TransformStream has been terminated'));
}

// ---------------------------------------------------------------- algorithms

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const controller = stream[kState].controller;
  if (stream[kState].backpressure) {
    return react(stream[kState].backpressureChange.promise, () => {
      const writable = stream[kState].writable;
      if (writable[kState].state === 'erroring') throw writable[kState].storedError;
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const controller = stream[kState].controller;
  const state = controller[kState];
  if (state.finish !== undefined) return state.finish.promise;
  const readable = stream[kState].readable;
  state.finish = createDeferred();
  const cancelPromise = state.cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  react(cancelPromise, () => {
    if (readable[kState].state === 'errored') {
      state.finish.reject(readable[kState].storedError);
    } else {
      rs.readableStreamDefaultControllerError(readable[kState].controller, reason);
      state.finish.resolve();
    }
  }, (r) => {
    rs.readableStreamDefaultControllerError(readable[kState].controller, r);
    state.finish.reject(r);
  });
  return state.finish.promise;
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const controller = stream[kState].controller;
  const state = controller[kState];
  if (state.finish !== undefined) return state.finish.promise;
  const readable = stream[kState].readable;
  state.finish = createDeferred();
  const flushPromise = state.flushAlgorithm();
  transformStreamDefaultControllerClearAlgorithms(controller);
  react(flushPromise, () => {
    if (readable[kState].state === 'errored') {
      state.finish.reject(readable[kState].storedError);
    } else {
      rs.readableStreamDefaultControllerClose(readable[kState].controller);
      state.finish.resolve();
    }
  }, (r) => {
    rs.readableStreamDefaultControllerError(readable[kState].controller, r);
    state.finish.reject(r);
  });
  return state.finish.promise;
}

function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const controller = stream[kState].controller;
  const state = controller[kState];
  if (state.finish !== undefined) return state.finish.promise;
  const writable = stream[kState].writable;
  state.finish = createDeferred();
  const cancelPromise = state.cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  react(cancelPromise, () => {
    if (writable[kState].state === 'errored') {
      state.finish.reject(writable[kState].storedError);
    } else {
      ws.writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, reason);
      transformStreamUnblockWrite(stream);
      state.finish.resolve();
    }
  }, (r) => {
    ws.writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, r);
    transformStreamUnblockWrite(stream);
    state.finish.reject(r);
  });
  return state.finish.promise;
}

function isTransformStream(value) {
  return isBrand(value, 'TransformStream');
}

module.exports = { TransformStream, TransformStreamDefaultController, isTransformStream };
