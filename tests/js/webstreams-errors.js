// differential: Bad input to the web stream classes: node's error classes, codes and messages.
'use strict';
const w = require('stream/web');

function show(label, fn) {
  try {
    const r = fn();
    if (r && typeof r.then === 'function') {
      return r.then((v) => console.log(label, 'resolved', v),
        (e) => console.log(label, 'rejected', e.name, e.code, e.message));
    }
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
  return undefined;
}

(async () => {
  await show('reader()', () => new w.ReadableStreamDefaultReader());
  await show('reader(1)', () => new w.ReadableStreamDefaultReader(1));
  await show('byob reader({})', () => new w.ReadableStreamBYOBReader({}));
  await show('writer(null)', () => new w.WritableStreamDefaultWriter(null));
  for (const name of ['ReadableStreamDefaultController', 'ReadableByteStreamController',
    'ReadableStreamBYOBRequest', 'WritableStreamDefaultController', 'TransformStreamDefaultController']) {
    await show(name, () => new w[name]());
  }
  await show('rs(1)', () => new w.ReadableStream(1));
  await show('rs(null)', () => new w.ReadableStream(null));
  await show('rs type', () => new w.ReadableStream({ type: 'x' }));
  await show('rs strategy', () => new w.ReadableStream({}, 1));
  await show('rs hwm -1', () => new w.ReadableStream({}, { highWaterMark: -1 }));
  await show('rs hwm NaN', () => new w.ReadableStream({}, { highWaterMark: 'a' }));
  await show('rs size', () => new w.ReadableStream({}, { size: 1 }));
  await show('rs pull', () => new w.ReadableStream({ pull: 1 }));
  await show('bytes size', () => new w.ReadableStream({ type: 'bytes' }, { size() {} }));
  await show('bytes autoAllocate 0', () => new w.ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }));
  const rs = new w.ReadableStream();
  const reader = rs.getReader();
  await show('locked getReader', () => rs.getReader());
  await show('locked cancel', () => rs.cancel());
  await show('locked pipeTo', () => rs.pipeTo(new w.WritableStream()));
  await show('mode', () => new w.ReadableStream().getReader({ mode: 'x' }));
  await show('byob on default', () => new w.ReadableStream().getReader({ mode: 'byob' }));
  await show('getReader(1)', () => new w.ReadableStream().getReader(1));
  await show('cancel bad this', () => w.ReadableStream.prototype.cancel.call({}));
  await show('getReader bad this', () => w.ReadableStream.prototype.getReader.call({}));
  await show('locked bad this', () => Object.getOwnPropertyDescriptor(w.ReadableStream.prototype, 'locked').get.call({}));
  const pending = show('pending read', () => reader.read());
  reader.releaseLock();
  await pending;
  await show('read after release', () => reader.read());
  await show('closed after release', () => reader.closed);
  await show('pipeTo(1)', () => new w.ReadableStream().pipeTo(1));
  await show('pipeTo opts', () => new w.ReadableStream().pipeTo(new w.WritableStream(), 1));
  await show('pipeTo signal', () => new w.ReadableStream().pipeTo(new w.WritableStream(), { signal: 1 }));
  await show('pipeThrough(1)', () => new w.ReadableStream().pipeThrough(1));
  await show('pipeThrough bad', () => new w.ReadableStream().pipeThrough({ readable: 1, writable: 2 }));
  await show('ws(1)', () => new w.WritableStream(1));
  await show('ws type', () => new w.WritableStream({ type: 'bytes' }));
  const ws = new w.WritableStream();
  ws.getWriter();
  await show('ws locked getWriter', () => ws.getWriter());
  await show('ws locked abort', () => ws.abort());
  await show('ws locked close', () => ws.close());
  await show('ts(1)', () => new w.TransformStream(1));
  await show('ts readableType', () => new w.TransformStream({ readableType: 'bytes' }));
  await show('ts writableType', () => new w.TransformStream({ writableType: 'bytes' }));
  await show('ByteLength()', () => new w.ByteLengthQueuingStrategy());
  await show('ByteLength({})', () => new w.ByteLengthQueuingStrategy({}));
  await show('Count(1)', () => new w.CountQueuingStrategy(1));
  await show('enqueue after close', () => new w.ReadableStream({ start(c) { c.close(); c.enqueue(1); } }));
  await show('close twice', () => new w.ReadableStream({ start(c) { c.close(); c.close(); } }));
  await show('values(1)', () => new w.ReadableStream().values(1));
  await show('strategy size bad this', () => Object.getOwnPropertyDescriptor(w.CountQueuingStrategy.prototype, 'size').get.call({}));
  await show('byob read no view', () => new w.ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read());
  await show('bytes enqueue string', () => new w.ReadableStream({ type: 'bytes', start(c) { c.enqueue('x'); } }));
})();
