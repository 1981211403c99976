'use strict';
// Duplex.from(body) and the bridge shared with compose(): a Duplex whose writes
// go to one stream (head) and whose reads come from another (tail).

const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const { AbortError } = require('internal/errors');
const { Blob } = require('internal/buffer/blob');
const {
  codes, isDuplexNodeStream, isReadableNodeStream, isWritableNodeStream, isNodeStream,
  isIterable, isReadable, isWritable, isReadableStream, isWritableStream, isTransformStream,
  isWebStream,
} = require('internal/streams/utils');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE } = codes;

// Wires d to head (its writable side) and tail (its readable side). `finished`
// is called by the owner when the underlying streams are done; it returns the
// function to call then.
function bridge(d, head, tail, { writable, readable, finishSource = tail }) {
  let ondrain = null;
  let onfinish = null;
  let onreadable = null;
  // undefined until the streams behind d finish; null after; a function while
  // a destroy() waits for them.
  let onclose;
  const takeAndCall = (cb, ...args) => { if (cb) cb(...args); };

  if (writable && isNodeStream(head)) {
    d._write = function(chunk, encoding, callback) {
      if (head.write(chunk, encoding)) callback();
      else ondrain = callback; // wait for the head to drain
    };
    d._final = function(callback) {
      head.end();
      onfinish = callback;
    };
    head.on('drain', () => {
      const cb = ondrain;
      ondrain = null;
      takeAndCall(cb);
    });
  }
  if (writable && isWebStream(head)) {
    // A web head (WritableStream, or a TransformStream's writable side) takes writes
    // through one writer; d's final waits for the far end to finish, read below.
    const writer = (isTransformStream(head) ? head.writable : head).getWriter();
    d._write = async function(chunk, encoding, callback) {
      try {
        await writer.ready;
        writer.write(chunk).catch(() => {});
        callback();
      } catch (err) {
        callback(err);
      }
    };
    d._final = async function(callback) {
      try {
        await writer.ready;
        writer.close().catch(() => {});
        onfinish = callback;
      } catch (err) {
        callback(err);
      }
    };
  }
  if (writable && isWebStream(finishSource)) {
    eos(isTransformStream(finishSource) ? finishSource.readable : finishSource, () => {
      const cb = onfinish;
      onfinish = null;
      takeAndCall(cb);
    });
  } else if (writable && finishSource) {
    finishSource.on('finish', () => {
      const cb = onfinish;
      onfinish = null;
      takeAndCall(cb);
    });
  }
  if (readable && isWebStream(tail)) {
    // A web tail (ReadableStream, or a TransformStream's readable side) is read through
    // one reader, as fast as d wants.
    const reader = (isTransformStream(tail) ? tail.readable : tail).getReader();
    d._read = async function() {
      for (;;) {
        let result;
        try {
          result = await reader.read();
        } catch {
          return;  // the pipeline reports the error
        }
        if (result.done) {
          d.push(null);
          return;
        }
        if (!d.push(result.value)) return;
      }
    };
  } else if (readable && tail) {
    tail.on('readable', () => {
      const cb = onreadable;
      onreadable = null;
      takeAndCall(cb);
    });
    tail.on('end', () => { d.push(null); });
    d._read = function() {
      for (;;) {
        const buf = tail.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      if (isNodeStream(head) && head !== tail) destroyer(head, err);
      if (isNodeStream(tail)) destroyer(tail, err);
    }
  };

  // The owner calls this once the streams behind d are finished (or failed).
  return {
    finished(err, { destroyWhenIdle = false } = {}) {
      const cb = onclose;
      onclose = null;
      if (typeof cb === 'function') cb(err);
      else if (err) d.destroy(err);
      else if (destroyWhenIdle) d.destroy();
    },
  };
}

function fromPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ?
    Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;
  let readable = !!isReadable(r);
  let writable = !!isWritable(w);
  const d = new Duplex({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable,
    writable,
  });
  const link = bridge(d, w, r, { writable, readable, finishSource: w });
  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      link.finished(err);
    });
  }
  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      link.finished(err);
    });
  }
  return d;
}

// fn(source, { signal }) where source yields what is written to the Duplex.
function fromAsyncGen(fn) {
  let waiting = null;
  let pending = null;
  const next = () => new Promise((resolve) => {
    if (pending) {
      const p = pending;
      pending = null;
      resolve(p);
    } else {
      waiting = resolve;
    }
  });
  const deliver = (item) => {
    if (waiting) {
      const w = waiting;
      waiting = null;
      w(item);
    } else {
      pending = item;
    }
  };
  const ac = typeof AbortController === 'function' ? new AbortController() : null;
  const signal = ac ? ac.signal : undefined;
  const value = fn((async function* source() {
    for (;;) {
      const { chunk, done, cb } = await next();
      process.nextTick(cb);
      if (done) return;
      if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      yield chunk;
    }
  })(), { signal });
  return {
    value,
    write(chunk, encoding, cb) { deliver({ chunk, done: false, cb }); },
    final(cb) { deliver({ done: true, cb }); },
    destroy(err, cb) {
      if (ac) ac.abort();
      cb(err);
    },
  };
}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return fromPair({ readable: body });
  if (isWritableNodeStream(body)) return fromPair({ writable: body });
  if (isNodeStream(body)) return fromPair({ writable: false, readable: false });
  if (isReadableStream(body)) return fromPair({ readable: Readable.fromWeb(body) });
  if (isWritableStream(body)) return fromPair({ writable: Writable.fromWeb(body) });

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (isIterable(value)) {
      return require('internal/streams/from')(Duplex, value, { objectMode: true, write, final, destroy });
    }
    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const promise = Reflect.apply(then, value, [(val) => {
        if (val != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => { destroyer(d, err); }]);
      d = new Duplex({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  // A Blob reads as one chunk, its whole ArrayBuffer, as node's does.
  if (body instanceof Blob) return duplexify(body.arrayBuffer(), name);

  if (isIterable(body)) {
    return require('internal/streams/from')(Duplex, body, { objectMode: true, writable: false });
  }

  if (body && isReadableStream(body.readable) && isWritableStream(body.writable)) {
    return Duplex.fromWeb(body);
  }

  if (body && (typeof body.writable === 'object' || typeof body.readable === 'object')) {
    const readable = body.readable ?
      (isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable)) : undefined;
    const writable = body.writable ?
      (isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable)) : undefined;
    return fromPair({ readable, writable });
  }

  const then = body && body.then;
  if (typeof then === 'function') {
    let d;
    Reflect.apply(then, body, [(val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => { destroyer(d, err); }]);
    d = new Duplex({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw new ERR_INVALID_ARG_TYPE(name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream',
    'Iterable', 'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'], body);
}

module.exports = duplexify;
module.exports.bridge = bridge;
