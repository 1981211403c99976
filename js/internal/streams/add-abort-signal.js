'use strict';
// addAbortSignal(signal, stream): destroy the stream with an AbortError when the
// signal aborts.

const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { isNodeStream, isWebStream, kControllerErrorFunction } = require('internal/streams/utils');
const { validateAbortSignal } = require('internal/validators');

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = isNodeStream(stream) ?
    () => { stream.destroy(new AbortError(undefined, { cause: signal.reason })); } :
    () => { stream[kControllerErrorFunction](new AbortError(undefined, { cause: signal.reason })); };
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    require('internal/streams/end-of-stream')(stream, () => {
      signal.removeEventListener('abort', onAbort);
    });
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
