// differential
'use strict';
// The streaming API: output in chunkSize pieces, backpressure from a slow reader,
// flush() kinds, params() mid-stream, reset(), close(), bytesWritten, pipe and pipeline.
const zlib = require('zlib');
const { pipeline, PassThrough, Writable } = require('stream');

const text = Buffer.from('All work and no play makes Jack a dull boy.\n'.repeat(3000));

function collect(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => resolve(chunks));
    stream.on('error', reject);
  });
}

async function chunking() {
  const gz = zlib.createGunzip({ chunkSize: 1024 });
  const done = collect(gz);
  const packed = zlib.gzipSync(text);
  gz.end(packed);
  const chunks = await done;
  console.log('chunkSize 1024: pieces', chunks.length, 'all <= 1024', chunks.every((c) => c.length <= 1024),
              'joined equal', Buffer.concat(chunks).equals(text));
  console.log('bytesWritten is the input consumed', gz.bytesWritten === packed.length);
}

async function backpressure() {
  // A reader that takes one piece at a time, later: the inflater must wait for it.
  const inflate = zlib.createInflate({ chunkSize: 256, highWaterMark: 512 });
  const packed = zlib.deflateSync(text);
  inflate.end(packed);
  let total = 0;
  let maxBuffered = 0;
  await new Promise((resolve) => {
    function pull() {
      let c;
      while ((c = inflate.read(256)) !== null) total += c.length;
      maxBuffered = Math.max(maxBuffered, inflate.readableLength);
    }
    inflate.on('readable', () => setImmediate(pull));
    inflate.on('end', resolve);
  });
  console.log('slow reader got', total, 'buffered never beyond a chunk past hwm', maxBuffered <= 512 + 256);

  // Writer side: write() reports false once the queue is full, 'drain' follows.
  const deflate = zlib.createDeflate({ highWaterMark: 1024 });
  const sink = new Writable({ highWaterMark: 16, write(c, e, cb) { setImmediate(cb); } });
  deflate.pipe(sink);
  let sawFalse = false;
  for (let i = 0; i < 64 && !sawFalse; i++) sawFalse = !deflate.write(text.subarray(i * 1024, (i + 1) * 1024));
  console.log('write() returned false under backpressure', sawFalse);
  await new Promise((resolve) => deflate.once('drain', resolve));
  console.log('drained');
  deflate.end();
  await new Promise((resolve) => sink.on('finish', resolve));
  console.log('piped to the end');
}

async function flushes() {
  const deflate = zlib.createDeflate();
  const inflate = zlib.createInflate();
  deflate.pipe(inflate);
  const got = [];
  let waiter = null;
  inflate.on('data', (c) => {
    got.push(c.toString());
    if (waiter && got.join('') === waiter.want) waiter.resolve();
  });
  // Without the flush the inflater would have nothing to give before end(): the text
  // arriving while the stream is still open is what the flush does.
  const arrives = (want) => new Promise((resolve) => {
    if (got.join('') === want) resolve();
    else waiter = { want, resolve };
  });
  deflate.write('first part ');
  await new Promise((resolve) => deflate.flush(resolve));
  await arrives('first part ');
  console.log('after full flush the reader has', JSON.stringify(got.join('')));
  deflate.write('second part');
  await new Promise((resolve) => deflate.flush(zlib.constants.Z_SYNC_FLUSH, resolve));
  await arrives('first part second part');
  console.log('after sync flush the reader has', JSON.stringify(got.join('')));
  deflate.end();
  await new Promise((resolve) => inflate.on('end', resolve));
  console.log('flush after end calls back:', await new Promise((resolve) => deflate.flush(() => resolve(true))));

  // Flush output of a sync flush ends with the empty stored block 00 00 ff ff.
  const d2 = zlib.createDeflateRaw();
  const pieces = [];
  d2.on('data', (c) => pieces.push(c));
  d2.write('abc');
  await new Promise((resolve) => d2.flush(zlib.constants.Z_SYNC_FLUSH, resolve));
  console.log('sync flush tail', Buffer.concat(pieces).subarray(-4).toString('hex'));
  d2.close();
}

async function paramsAndReset() {
  const deflate = zlib.createDeflate({ level: 1 });
  const done = collect(deflate);
  deflate.write(text.subarray(0, 50000));
  await new Promise((resolve) => deflate.params(9, zlib.constants.Z_FILTERED, resolve));
  console.log('params applied', deflate._level, deflate._strategy);
  deflate.end(text.subarray(50000));
  const out = Buffer.concat(await done);
  console.log('params stream round trip', zlib.inflateSync(out).equals(text));

  const gz = zlib.createGzip();
  const parts = collect(gz);
  gz.reset();
  gz.end('after reset');
  console.log('reset then write', zlib.gunzipSync(Buffer.concat(await parts)).toString());

  const c = zlib.createGzip();
  console.log('closed before', c._closed);
  await new Promise((resolve) => c.close(resolve));
  console.log('closed after', c._closed, c._handle, c.destroyed);
}

async function pipelines() {
  const source = new PassThrough();
  const sink = new PassThrough();
  const result = collect(sink);
  pipeline(source, zlib.createGzip(), zlib.createGunzip(), sink, (err) => console.log('pipeline done', err));
  for (let i = 0; i < 10; i++) source.write(text.subarray(i * 100, (i + 1) * 100));
  source.end();
  console.log('pipeline output', Buffer.concat(await result).toString() === text.subarray(0, 1000).toString());

  const b = zlib.createBrotliCompress();
  const bd = zlib.createBrotliDecompress();
  const bres = collect(bd);
  b.pipe(bd);
  b.write(text.subarray(0, 3000));
  await new Promise((resolve) => b.flush(resolve));
  b.end(text.subarray(3000));
  console.log('brotli stream round trip', Buffer.concat(await bres).equals(text));

  // Strings written to a stream are utf8 bytes; setEncoding on the readable side works.
  const inflate = zlib.createInflate();
  inflate.setEncoding('utf8');
  const s = collect(inflate);
  inflate.end(zlib.deflateSync('héllo wörld'));
  console.log('utf8 output', (await s).join(''));
}

(async () => {
  await chunking();
  await backpressure();
  await flushes();
  await paramsAndReset();
  await pipelines();
})();
