// differential
'use strict';
// Concatenated gzip members decode as one stream (sync, callback and streamed in small
// pieces); trailing zero padding is ignored, other trailing bytes are an error; a
// corrupt stream inside a pipeline fails the pipeline, and a truncated one is
// "unexpected end of file".
const zlib = require('zlib');
const { pipeline, Readable, Writable, PassThrough } = require('stream');

const a = zlib.gzipSync('first member, ');
const b = zlib.gzipSync('second member, ');
const c = zlib.gzipSync('third.');
const multi = Buffer.concat([a, b, c]);

console.log('gunzipSync', zlib.gunzipSync(multi).toString());
console.log('unzipSync', zlib.unzipSync(multi).toString());
console.log('zero padding', zlib.gunzipSync(Buffer.concat([multi, Buffer.alloc(16)])).toString());
try {
  zlib.gunzipSync(Buffer.concat([a, Buffer.from('trailing junk')]));
} catch (err) {
  console.log('junk after member', err.code, err.message);
}
try {
  zlib.gunzipSync(Buffer.concat([a, b.subarray(0, 12)]));
} catch (err) {
  console.log('second member truncated', err.code, err.message);
}
// Inflate (not gzip) stops at the end of its stream and ignores what follows.
console.log('inflate ignores trailing', zlib.inflateSync(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('xyz')])).toString());

function streamIn(stream, data, step) {
  return new Promise((resolve) => {
    const out = [];
    stream.on('data', (d) => out.push(d));
    stream.on('end', () => resolve(Buffer.concat(out).toString()));
    stream.on('error', (err) => resolve(`error ${err.code}: ${err.message}`));
    let i = 0;
    (function next() {
      if (i >= data.length) return stream.end();
      stream.write(data.subarray(i, i + step));
      i += step;
      setImmediate(next);
    })();
  });
}

(async () => {
  console.log('callback', await new Promise((resolve) => zlib.gunzip(multi, (e, r) => resolve(r.toString()))));
  for (const step of [1, 7, 1000]) {
    console.log(`gunzip stream by ${step}`, await streamIn(zlib.createGunzip(), multi, step));
    console.log(`unzip stream by ${step}`, await streamIn(zlib.createUnzip(), multi, step));
  }
  console.log('stream truncated', await streamIn(zlib.createGunzip(), multi.subarray(0, multi.length - 4), 10));

  // A corrupt stream in a pipeline: the pipeline's callback gets the error, nothing hangs.
  const corrupt = Buffer.from(zlib.gzipSync('x'.repeat(20000)));
  corrupt.fill(0x55, 20, 40);
  await new Promise((resolve) => {
    const sink = new Writable({ write(chunk, enc, cb) { cb(); } });
    pipeline(Readable.from([corrupt.subarray(0, 30), corrupt.subarray(30)]), zlib.createGunzip(), sink, (err) => {
      console.log('pipeline corrupt', err && err.code, err && err.message, 'sink destroyed', sink.destroyed);
      resolve();
    });
  });
  await new Promise((resolve) => {
    const src = new PassThrough();
    pipeline(src, zlib.createBrotliDecompress(), new PassThrough(), (err) => {
      console.log('pipeline brotli corrupt', err && err.code, err && err.message);
      resolve();
    });
    src.end(Buffer.from('this is not brotli at all, not even close'));
  });
  await new Promise((resolve) => {
    const src = new PassThrough();
    const inflate = zlib.createInflate();
    pipeline(src, inflate, new PassThrough().resume(), (err) => {
      console.log('pipeline truncated', err && err.code, err && err.message);
      resolve();
    });
    src.end(zlib.deflateSync('some data to cut short').subarray(0, 8));
  });
  // Gzip -> gunzip pipeline of a larger body stays byte exact.
  const body = Buffer.from(Array.from({ length: 200000 }, (_, i) => (i % 251) ^ (i >> 9)));
  const chunks = [];
  await new Promise((resolve) => pipeline(Readable.from([body.subarray(0, 70000), body.subarray(70000)]),
                                          zlib.createGzip({ level: 2 }), zlib.createGunzip(),
                                          new Writable({ write(ch, e, cb) { chunks.push(ch); cb(); } }),
                                          (err) => { console.log('big pipeline', err, Buffer.concat(chunks).equals(body)); resolve(); }));
})();
