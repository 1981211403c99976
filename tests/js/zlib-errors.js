// differential
'use strict';
// Bad input: argument and option validation, corrupt and truncated data in every form
// (sync throws, callback gets the error, streams emit 'error', promises reject), and
// errors carry node's code, errno and message.
const zlib = require('zlib');
const { promisify } = require('util');

function show(label, err) {
  if (!err) return console.log(label, 'no error');
  console.log(label, err.name, err.code, err.errno, err.message, Object.keys(err).join(','));
}

function sync(label, fn) {
  try {
    const out = fn();
    console.log(label, 'ok', out && out.length);
  } catch (err) {
    show(label, err);
  }
}

const gz = zlib.gzipSync('hello hello hello hello');
const br = zlib.brotliCompressSync('hello hello hello hello');
const dictData = zlib.deflateSync('abcabc', { dictionary: Buffer.from('abc') });

// Corrupt and truncated data, sync.
sync('gunzip not gzip', () => zlib.gunzipSync(Buffer.from('hello world')));
sync('inflate not zlib', () => zlib.inflateSync(Buffer.from('hello')));
sync('inflateRaw garbage', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])));
sync('unzip garbage', () => zlib.unzipSync(Buffer.from('nope nope')));
sync('gunzip truncated', () => zlib.gunzipSync(gz.subarray(0, gz.length - 5)));
sync('gunzip header only', () => zlib.gunzipSync(gz.subarray(0, 10)));
sync('gunzip empty', () => zlib.gunzipSync(Buffer.alloc(0)));
sync('inflate empty', () => zlib.inflateSync(Buffer.alloc(0)));
sync('gunzip bad crc', () => {
  const b = Buffer.from(gz);
  b[b.length - 6] ^= 1;
  return zlib.gunzipSync(b);
});
sync('brotli garbage', () => zlib.brotliDecompressSync(Buffer.from('garbage!!')));
sync('brotli truncated', () => zlib.brotliDecompressSync(br.subarray(0, 3)));
sync('brotli empty', () => zlib.brotliDecompressSync(Buffer.alloc(0)));
sync('missing dictionary', () => zlib.inflateSync(dictData));
sync('bad dictionary', () => zlib.inflateSync(dictData, { dictionary: Buffer.from('xyz') }));
sync('right dictionary', () => zlib.inflateSync(dictData, { dictionary: Buffer.from('abc') }));
sync('maxOutputLength', () => zlib.gunzipSync(zlib.gzipSync('a'.repeat(1000)), { maxOutputLength: 10 }));
sync('maxOutputLength brotli', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('a'.repeat(1000)), { maxOutputLength: 999 }));

// Argument and option validation.
sync('buffer number', () => zlib.gzipSync(5));
sync('buffer null', () => zlib.deflateSync(null));
sync('buffer object', () => zlib.inflateSync({}));
sync('level 20', () => zlib.gzipSync('a', { level: 20 }));
sync('level -2', () => zlib.deflateSync('a', { level: -2 }));
sync('level string', () => zlib.deflateSync('a', { level: '1' }));
sync('level Infinity', () => zlib.deflateSync('a', { level: Infinity }));
sync('level NaN is default', () => zlib.deflateSync('a', { level: NaN }));
sync('windowBits 3', () => zlib.deflateSync('a', { windowBits: 3 }));
sync('windowBits 16', () => zlib.inflateSync('a', { windowBits: 16 }));
sync('gzip windowBits 8', () => zlib.gzipSync('a', { windowBits: 8 }));
sync('memLevel 10', () => zlib.deflateSync('a', { memLevel: 10 }));
sync('strategy 5', () => zlib.deflateSync('a', { strategy: 5 }));
sync('chunkSize 10', () => zlib.deflateSync('a', { chunkSize: 10 }));
sync('chunkSize string', () => zlib.deflateSync('a', { chunkSize: '64' }));
sync('flush 6', () => zlib.deflateSync('a', { flush: 6 }));
sync('finishFlush -1', () => zlib.deflateSync('a', { finishFlush: -1 }));
sync('maxOutputLength 0', () => zlib.deflateSync('a', { maxOutputLength: 0 }));
sync('dictionary string', () => zlib.deflateSync('a', { dictionary: 'abc' }));
sync('brotli param key', () => zlib.brotliCompressSync('a', { params: { 99: 1 } }));
sync('brotli param name', () => zlib.brotliCompressSync('a', { params: { quality: 1 } }));
sync('brotli param value', () => zlib.brotliCompressSync('a', { params: { 1: 'x' } }));
sync('brotli param fraction key', () => zlib.brotliCompressSync('a', { params: { '1.5': 1 } }));
sync('brotli param boolean', () => zlib.brotliCompressSync('a', { params: { 6: true } }));
sync('brotli decoder unknown param', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('a'), { params: { 2: 1 } }));
sync('brotli flush 4', () => zlib.brotliCompressSync('a', { flush: 4 }));
sync('crc32 number', () => zlib.crc32(5));
sync('crc32 negative', () => zlib.crc32('a', -1));
sync('crc32 float', () => zlib.crc32('a', 1.5));
sync('callback missing', () => zlib.gzip('a'));
sync('callback not function', () => zlib.gzip('a', {}, 'nope'));
sync('async buffer number', () => zlib.gzip(5, () => {}));
sync('params level', () => zlib.createDeflate().params(11, 0, () => {}));
sync('params strategy', () => zlib.createDeflate().params(1, 9, () => {}));

(async () => {
  // Callback and promise forms.
  await new Promise((resolve) => zlib.gunzip(Buffer.from('garbage'), (err, out) => {
    show('callback garbage', err);
    console.log('  result', out);
    resolve();
  }));
  await new Promise((resolve) => zlib.inflate(zlib.deflateSync('x'.repeat(5000)), { maxOutputLength: 100 },
                                              (err) => { show('callback maxOutputLength', err); resolve(); }));
  await new Promise((resolve) => zlib.brotliDecompress(Buffer.from('xx'), (err) => { show('callback brotli', err); resolve(); }));
  await promisify(zlib.unzip)(Buffer.from('definitely not')).then(
    () => console.log('no rejection'), (err) => show('promise garbage', err));
  await promisify(zlib.gunzip)(gz.subarray(0, 15)).then(
    () => console.log('no rejection'), (err) => show('promise truncated', err));

  // Streams: 'error', then 'close'; no 'end'.
  await new Promise((resolve) => {
    const s = zlib.createInflate();
    const events = [];
    s.on('error', (err) => { events.push(`error ${err.code}`); });
    s.on('end', () => events.push('end'));
    s.on('close', () => { events.push('close'); console.log('stream events', events.join(' '), s.destroyed); resolve(); });
    s.resume();
    s.end(Buffer.from('not zlib data at all'));
  });
  await new Promise((resolve) => {
    const s = zlib.createGunzip();
    s.on('error', (err) => { show('stream truncated', err); resolve(); });
    s.resume();
    s.write(gz.subarray(0, 12));
    s.end();
  });
  // Writing after an error does not crash.
  await new Promise((resolve) => {
    const s = zlib.createBrotliDecompress();
    s.on('error', (err) => {
      show('brotli stream', err);
      s.write(Buffer.from('more'), (e) => { show('write after error', e); resolve(); });
    });
    s.write(Buffer.from('bad brotli data here'));
  });
})();
