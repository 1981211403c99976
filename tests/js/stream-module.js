// differential: the stream module surface, promises API, Readable.from, operators, addAbortSignal
const stream = require('stream');
const EE = require('events');
const s = new stream();
console.log(s instanceof EE, typeof stream.promises.pipeline, require('stream/promises') === stream.promises, stream.Stream === stream);
console.log(Object.keys(stream).sort().join(','));
const { Readable, Writable, Duplex, Transform, PassThrough } = stream;
console.log(new Duplex() instanceof Writable, new Transform() instanceof Writable, new PassThrough() instanceof Readable);
console.log(stream.isReadable(Readable.from([])), stream.isErrored(new Readable()), stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
(async () => {
  await stream.promises.pipeline(Readable.from(['a', 'b']), new Writable({ objectMode: true, write(c, e, cb) { console.log('w', c); cb(); } }));
  console.log('done', await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0), await Readable.from([1, 2]).toArray());
  const r = Readable.from('string');
  for await (const c of r) console.log('chunk', c);
  const ac = new AbortController();
  const r2 = stream.addAbortSignal(ac.signal, new Readable({ read() {} }));
  r2.on('error', (e) => console.log('abort', e.name, e.code));
  ac.abort();
})();
