// differential
'use strict';
// Options and module surface: info, dictionary (zlib and raw), finishFlush to read a
// truncated stream, windowBits 0, constants/codes/legacy Z_* names, crc32, the class
// hierarchy and constructors callable without new, bytesRead's deprecation.
const zlib = require('zlib');
const { Transform } = require('stream');

const text = 'to be or not to be, that is the question; '.repeat(50);

// info: the engine comes back with the buffer.
const info = zlib.gunzipSync(zlib.gzipSync(text), { info: true });
console.log('info', Object.keys(info).join(','), info.buffer.toString() === text,
            info.engine.constructor.name, info.engine.bytesWritten > 0);

// Dictionaries.
const dict = Buffer.from('to be or not to be');
const withDict = zlib.deflateSync(text, { dictionary: dict });
console.log('dictionary id', withDict.subarray(2, 6).toString('hex'), 'flag', (withDict[1] & 0x20) !== 0);
console.log('dictionary round trip', zlib.inflateSync(withDict, { dictionary: dict }).toString() === text);
const rawDict = zlib.deflateRawSync(text, { dictionary: dict.buffer.slice(dict.byteOffset, dict.byteOffset + dict.length) });
console.log('raw dictionary round trip', zlib.inflateRawSync(rawDict, { dictionary: dict }).toString() === text);
console.log('unzip with dictionary', zlib.unzipSync(withDict, { dictionary: new Uint8Array(dict) }).toString() === text);

// finishFlush Z_SYNC_FLUSH reads as much of a truncated stream as there is.
const full = zlib.gzipSync(text);
const part = zlib.gunzipSync(full.subarray(0, full.length - 30), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
console.log('partial read', part.length > 0, text.startsWith(part.toString()));
const bpart = zlib.brotliDecompressSync(zlib.brotliCompressSync(text).subarray(0, 20),
                                        { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
console.log('brotli partial read', text.startsWith(bpart.toString()));

// windowBits 0 on the inflate side takes the window from the header.
console.log('windowBits 0', zlib.inflateSync(zlib.deflateSync(text, { windowBits: 10 }), { windowBits: 0 }).toString() === text);
console.log('small windows', zlib.inflateRawSync(zlib.deflateRawSync(text, { windowBits: 8 }), { windowBits: 9 }).toString() === text);

// Module surface.
console.log('keys', Object.keys(zlib).join(' '));
const c = zlib.constants;
console.log('constants', Object.keys(c).length, c.Z_SYNC_FLUSH, c.BROTLI_PARAM_QUALITY, c.Z_MAX_CHUNK,
            c.BROTLI_DECODER_ERROR_UNREACHABLE, Object.getPrototypeOf(c));
console.log('legacy', zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_CHUNK, zlib.UNZIP, zlib.BROTLI_OPERATION_FLUSH,
            Object.getOwnPropertyDescriptor(zlib, 'Z_OK'));
console.log('codes', zlib.codes, Object.isFrozen(zlib.codes));
console.log('crc32', zlib.crc32(''), zlib.crc32('hello'), zlib.crc32('héllo'), zlib.crc32(Buffer.from('hello')),
            zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'),
            zlib.crc32(new Uint16Array([1, 2, 3])), zlib.crc32(new DataView(new ArrayBuffer(4))));

// Classes.
const g = zlib.Gzip();
console.log('callable without new', g instanceof zlib.Gzip, g instanceof Transform,
            Object.getPrototypeOf(zlib.Gzip.prototype) === Object.getPrototypeOf(zlib.Deflate.prototype),
            typeof g.params, typeof zlib.createBrotliCompress().params);
console.log('defaults', g._chunkSize, g._defaultFlushFlag, g._finishFlushFlag, g._defaultFullFlushFlag,
            g._maxOutputLength, g._level, g._strategy, g.bytesWritten, g.readableHighWaterMark);
const bc = zlib.createBrotliCompress({ chunkSize: 128, maxOutputLength: 1000 });
console.log('brotli defaults', bc._chunkSize, bc._defaultFlushFlag, bc._finishFlushFlag, bc._defaultFullFlushFlag,
            bc._maxOutputLength, bc._outBuffer.length);
g.close();

// Encoding options are ignored: output stays Buffers. The next steps wait for this one,
// so the order of the lines does not depend on the thread pool.
const oddly = zlib.createGzip({ encoding: 'hex', objectMode: true });
oddly.once('data', (d) => {
  console.log('objectMode/encoding ignored', Buffer.isBuffer(d));
  oddly.destroy();
  process.on('warning', (w) => console.log('warning', w.name, w.code));
  const deflate = zlib.createDeflate();
  deflate.end('abc', () => {
    console.log('bytesRead', deflate.bytesRead, deflate.bytesWritten);
    zlib.deflate(text, { info: true }, (err, res) => {
      console.log('info async', err, Object.keys(res).join(','), res.engine instanceof zlib.Deflate);
    });
  });
  deflate.resume();
});
oddly.end('x');
