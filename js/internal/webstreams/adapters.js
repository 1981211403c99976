'use strict';
// Bridges between node streams and web streams, behind Readable/Writable/Duplex
// .toWeb() and .fromWeb(). Function names are node's (its tests reach them through
// --expose-internals). Backpressure crosses the bridge both ways: a node Readable is
// paused while the web queue is full, and a node Writable's write callback waits for
// the web writer's write to settle.

const {
  codes,
  AbortError,
} = require('internal/errors');

const { ERR_INVALID_ARG_TYPE } = codes;
// Defined by the node streams, which these adapters load lazily.
const prematureClose = () => new codes.ERR_STREAM_PREMATURE_CLOSE();
const { isBrand, createDeferred } = require('internal/webstreams/util');
const { ReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream } = require('internal/webstreams/writablestream');
const { CountQueuingStrategy, ByteLengthQueuingStrategy } = require('internal/webstreams/queuingstrategies');

function lazyStreams() {
  return require('stream');
}

function isNodeStream(obj) {
  return obj != null && typeof obj === 'object' && typeof obj.pipe === 'function' &&
    typeof obj.on === 'function';
}

function destroy(stream, err) {
  if (typeof stream.destroy === 'function') stream.destroy(err);
}

// node reports a node stream closed early as an AbortError on the web side.
function webError(err) {
  if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE') return new AbortError(undefined, { cause: err });
  return err;
}

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (!isNodeStream(streamReadable) || typeof streamReadable.read !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  const { finished } = lazyStreams();
  if (streamReadable.destroyed === true || streamReadable.readable === false) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  let strategy = options?.strategy;
  if (strategy === undefined) {
    strategy = objectMode ? new CountQueuingStrategy({ highWaterMark }) :
      new ByteLengthQueuingStrategy({ highWaterMark });
  }
  let controller;
  function onData(chunk) {
    // A Buffer shares its memory with the node stream's pool; the web side gets its
    // own Uint8Array over the same bytes, as node does.
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }
  function onFinished(error) {
    streamReadable.removeListener('data', onData);
    if (error) {
      controller.error(webError(error));
      return;
    }
    try {
      controller.close();
    } catch {
      // already closed or errored by the consumer
    }
  }
  streamReadable.pause();
  finished(streamReadable, onFinished);
  streamReadable.on('data', onData);
  return new ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    // finished() stays attached: its 'error' listener is what keeps the destroy
    // below from being an unhandled 'error' event.
    cancel(reason) {
      destroy(streamReadable, reason === undefined ? new AbortError() : reason);
    },
  }, strategy);
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isBrand(readableStream, 'ReadableStream')) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const { Readable } = lazyStreams();
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) readable.push(null);
        else readable.push(chunk.value);
      }, (error) => destroy(readable, error));
    },
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          // The callback rethrows to report: keep it out of the promise chain.
          process.nextTick(() => { throw err; });
        }
      }
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });
  reader.closed.then(() => { closed = true; }, (error) => {
    closed = true;
    destroy(readable, error);
  });
  return readable;
}

function newWritableStreamFromStreamWritable(streamWritable) {
  if (!isNodeStream(streamWritable) || typeof streamWritable.write !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  const { finished } = lazyStreams();
  if (streamWritable.destroyed === true || streamWritable.writable === false) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ?
    new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
  let controller;
  let backpressure;
  let closed;
  function onDrain() {
    if (backpressure !== undefined) backpressure.resolve();
  }
  const cleanup = finished(streamWritable, (error) => {
    if (error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') error = new AbortError(undefined, { cause: error });
    cleanup();
    // A destroy() from the web side has no error and nothing left to report.
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressure !== undefined) backpressure.reject(error);
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });
  streamWritable.on('drain', onDrain);
  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = createDeferred();
        return backpressure.promise.finally(() => { backpressure = undefined; });
      }
      return undefined;
    },
    abort(reason) {
      destroy(streamWritable, reason);
    },
    close() {
      if (closed === undefined && !streamWritable.writableEnded) {
        closed = createDeferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isBrand(writableStream, 'WritableStream')) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const { Writable } = lazyStreams();
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    writev(chunks, callback) {
      function done(error) {
        try {
          callback(error);
        } catch (err) {
          destroy(writable, err);
        }
      }
      writer.ready.then(() => Promise.all(chunks.map((data) => writer.write(data.chunk))))
        .then(() => done(), done);
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        chunk = Buffer.from(chunk, encoding);
        chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      }
      function done(error) {
        try {
          callback(error);
        } catch (err) {
          destroy(writable, err);
        }
      }
      writer.ready.then(() => writer.write(chunk)).then(() => done(), done);
    },
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      }
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
    final(callback) {
      function done(error) {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      }
      if (!closed) writer.close().then(() => done(), done);
    },
  });
  writer.closed.then(() => {
    closed = true;
    if (!writable.writableEnded) destroy(writable, prematureClose());
  }, (error) => {
    closed = true;
    destroy(writable, error);
  });
  return writable;
}

function newReadableWritablePairFromDuplex(duplex) {
  if (!isNodeStream(duplex) || typeof duplex.write !== 'function' || typeof duplex.read !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  if (duplex.destroyed === true) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }
  const writable = duplex.writable !== false ? newWritableStreamFromStreamWritable(duplex) : closedWritable();
  const readable = duplex.readable !== false ? newReadableStreamFromStreamReadable(duplex) : canceledReadable();
  return { writable, readable };
}

function closedWritable() {
  const writable = new WritableStream();
  writable.close();
  return writable;
}

function canceledReadable() {
  const readable = new ReadableStream();
  readable.cancel();
  return readable;
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  if (pair === null || typeof pair !== 'object') throw new ERR_INVALID_ARG_TYPE('pair', 'Object', pair);
  if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isBrand(readableStream, 'ReadableStream')) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isBrand(writableStream, 'WritableStream')) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  const { Duplex } = lazyStreams();
  const {
    allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal,
  } = options;
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;
  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    writev(chunks, callback) {
      writer.ready.then(() => Promise.all(chunks.map((data) => writer.write(data.chunk))))
        .then(() => callback(), (error) => {
          try {
            callback(error);
          } catch (err) {
            destroy(duplex, err);
          }
        });
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        chunk = Buffer.from(chunk, encoding);
        chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      }
      writer.ready.then(() => writer.write(chunk)).then(() => callback(), (error) => {
        try {
          callback(error);
        } catch (err) {
          destroy(duplex, err);
        }
      });
    },
    final(callback) {
      if (!writableClosed) {
        writer.close().then(() => callback(), (error) => callback(error));
      } else {
        callback();
      }
    },
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) duplex.push(null);
        else duplex.push(chunk.value);
      }, (error) => destroy(duplex, error));
    },
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      }
      async function closeWriter() {
        if (!writableClosed) await writer.abort(error);
      }
      async function closeReader() {
        if (!readableClosed) await reader.cancel(error);
      }
      if (!writableClosed || !readableClosed) {
        Promise.all([closeWriter(), closeReader()]).then(done, done);
        return;
      }
      done();
    },
  });
  writer.closed.then(() => {
    writableClosed = true;
    if (!duplex.writableEnded) destroy(duplex, prematureClose());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  reader.closed.then(() => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable, newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable, newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex, newStreamDuplexFromReadableWritablePair,
};
