'use strict';
// ReadableStreamPipeTo (https://streams.spec.whatwg.org/#readable-stream-pipe-to): the
// engine behind pipeTo and pipeThrough, kept apart from the stream classes because it
// is the one place that needs both halves.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE },
} = require('internal/errors');
const { kState, createDeferred, setHandled, react, noop } = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');
const ws = require('internal/webstreams/writablestream');

function readPipeOptions(options) {
  if (options === undefined) options = {};
  if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const { signal } = options;
  if (signal !== undefined) {
    const { AbortSignal } = require('internal/abort_controller');
    if (!(signal instanceof AbortSignal)) throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return {
    preventClose: !!options.preventClose,
    preventAbort: !!options.preventAbort,
    preventCancel: !!options.preventCancel,
    signal,
  };
}

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const reader = rs.acquireReadableStreamDefaultReader(source);
  const writer = ws.acquireWritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  // Writes never reject here: a failed write errors dest, which the watchers see.
  let currentWrite = Promise.resolve();
  const result = createDeferred();
  let abortAlgorithm;

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest[kState].state === 'writable' ?
          ws.writableStreamAbort(dest, error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ?
          rs.readableStreamCancel(source, error) : Promise.resolve()));
      }
      shutdownWithAction(() => Promise.all(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  function pipeStep() {
    if (shuttingDown) return Promise.resolve(true);
    return react(writer[kState].ready.promise, () => {
      const { promise, resolve, reject } = createDeferred();
      rs.readableStreamDefaultReaderRead(reader, {
        chunkSteps(chunk) {
          currentWrite = react(ws.writableStreamDefaultWriterWrite(writer, chunk), undefined, noop);
          resolve(false);
        },
        closeSteps: () => resolve(true),
        errorSteps: reject,
      });
      return promise;
    });
  }

  function pipeLoop() {
    return new Promise((resolveLoop, rejectLoop) => {
      function next(done) {
        if (done) resolveLoop();
        else react(pipeStep(), next, rejectLoop);
      }
      next(false);
    });
  }

  function isOrBecomesErrored(stream, promise, action) {
    if (stream[kState].state === 'errored') action(stream[kState].storedError);
    else react(promise, undefined, action);
  }

  function isOrBecomesClosed(stream, promise, action) {
    if (stream[kState].state === 'closed') action();
    else react(promise, action, noop);
  }

  function waitForWritesToFinish() {
    const oldCurrentWrite = currentWrite;
    return react(currentWrite, () => (oldCurrentWrite !== currentWrite ? waitForWritesToFinish() : undefined));
  }

  function shutdownWithAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      react(action(), () => finalize(originalIsError, originalError), (newError) => finalize(true, newError));
    };
    if (dest[kState].state === 'writable' && !ws.writableStreamCloseQueuedOrInFlight(dest)) {
      react(waitForWritesToFinish(), doTheRest);
    } else {
      doTheRest();
    }
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !ws.writableStreamCloseQueuedOrInFlight(dest)) {
      react(waitForWritesToFinish(), () => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }

  function finalize(isError, error) {
    ws.writableStreamDefaultWriterRelease(writer);
    rs.readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) result.reject(error);
    else result.resolve(undefined);
  }

  isOrBecomesErrored(source, reader[kState].closed.promise, (storedError) => {
    if (!preventAbort) shutdownWithAction(() => ws.writableStreamAbort(dest, storedError), true, storedError);
    else shutdown(true, storedError);
  });
  isOrBecomesErrored(dest, writer[kState].closed.promise, (storedError) => {
    if (!preventCancel) shutdownWithAction(() => rs.readableStreamCancel(source, storedError), true, storedError);
    else shutdown(true, storedError);
  });
  isOrBecomesClosed(source, reader[kState].closed.promise, () => {
    if (!preventClose) {
      shutdownWithAction(() => ws.writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    } else {
      shutdown();
    }
  });
  if (ws.writableStreamCloseQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const destClosed = new ERR_INVALID_STATE.TypeError('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAction(() => rs.readableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }
  setHandled(pipeLoop());
  return result.promise;
}

module.exports = { readPipeOptions, readableStreamPipeTo };
