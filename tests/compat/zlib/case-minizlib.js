'use strict';
// minizlib (tar's zlib layer): it makes node's zlib objects, swaps their _handle's
// close() and calls _processChunk synchronously, so it needs zlib's internals as node
// has them. Round trips in every format, flushes, params, and a bad stream's error.
const mz = require('minizlib');
const zlib = require('zlib');

const text = Buffer.from('minizlib over the zlib plugin. '.repeat(4000));

function roundTrip(Enc, Dec, opts) {
  const enc = new Enc(opts || {});
  const packed = Buffer.concat([enc.end(text).read() || Buffer.alloc(0)]);
  const dec = new Dec(opts || {});
  const out = dec.end(packed).read();
  return `${Enc.name}->${Dec.name} ${out.equals(text)}`;
}

console.log(roundTrip(mz.Gzip, mz.Gunzip));
console.log(roundTrip(mz.Deflate, mz.Inflate));
console.log(roundTrip(mz.DeflateRaw, mz.InflateRaw));
console.log(roundTrip(mz.Gzip, mz.Unzip));
console.log(roundTrip(mz.BrotliCompress, mz.BrotliDecompress));

// Its output is what node's own zlib reads.
const g = new mz.Gzip({ level: 9 });
const chunks = [];
g.on('data', (c) => chunks.push(c));
for (let i = 0; i < 10; i++) g.write(text.subarray(i * 1000, (i + 1) * 1000));
g.flush();
console.log('after flush, readable by node:', zlib.gunzipSync(Buffer.concat(chunks), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).length);
g.params(1, zlib.constants.Z_DEFAULT_STRATEGY);
g.end(text.subarray(10000));
console.log('whole stream', zlib.gunzipSync(Buffer.concat(chunks)).equals(text));

// Errors come out as minizlib's ZlibError with node's code and errno.
const bad = new mz.Gunzip();
bad.on('error', (err) => console.log('error', err.name, err.code, err.errno, err.message));
try {
  bad.end(Buffer.from('this is not gzip'));
} catch (err) {
  console.log('thrown', err.name, err.code, err.errno, err.message);
}
const trunc = new mz.Inflate();
trunc.on('error', (err) => console.log('truncated', err.code, err.message));
trunc.end(zlib.deflateSync(text).subarray(0, 100));
