'use strict';
// compose(...streams): one Duplex that writes into the first stream and reads
// from the last, with everything in between piped by pipeline().

const Duplex = require('internal/streams/duplex');
const { pipeline } = require('internal/streams/pipeline');
const { bridge } = require('internal/streams/duplexify');
const {
  codes, isNodeStream, isReadable, isWritable, isWebStream, isReadableStream, isWritableStream,
  isTransformStream,
} = require('internal/streams/utils');
const { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } = codes;

module.exports = function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const original = [...streams];
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  const lastIdx = streams.length - 1;
  if (typeof streams[lastIdx] === 'function') streams[lastIdx] = Duplex.from(streams[lastIdx]);

  for (let n = 0; n < streams.length; ++n) {
    const s = streams[n];
    if (!isNodeStream(s) && !isWebStream(s)) continue;
    if (n < lastIdx && !(isReadable(s) || isReadableStream(s) || isTransformStream(s))) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, original[n], 'must be readable');
    }
    if (n > 0 && !(isWritable(s) || isWritableStream(s) || isTransformStream(s))) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, original[n], 'must be writable');
    }
  }

  const head = streams[0];
  let link = null;
  let early;
  let done = false;
  const tail = pipeline(streams, (err) => {
    done = true;
    if (link) link.finished(err, { destroyWhenIdle: !readable && !writable });
    else early = err;
  });
  const writable = !!(isWritable(head) || isWritableStream(head) || isTransformStream(head));
  const readable = !!(isReadable(tail) || isReadableStream(tail) || isTransformStream(tail));

  const d = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });
  link = bridge(d, head, tail, { writable, readable });
  if (done) link.finished(early, { destroyWhenIdle: !readable && !writable });
  return d;
};
