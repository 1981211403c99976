// differential
'use strict';
// Every format round-trips through its sync, callback and promisified forms. node 20
// bundles Chromium's zlib 1.3.1 and nodus links the system's zlib (1.2.13 on Debian 12):
// their deflate matchers differ, so whole compressed streams are compared only where the
// algorithm leaves no choice (stored blocks, Huffman-only, RLE, brotli); elsewhere the
// framing is compared (gzip header, zlib header, and the CRC32/Adler-32 and length
// trailers, which depend on the data alone).
const zlib = require('zlib');
const { promisify } = require('util');

// What every conforming deflate stream of this input shares.
function framing(kind, buf) {
  if (kind === 'gzip') return `${buf.subarray(0, 10).toString('hex')}..${buf.subarray(-8).toString('hex')}`;
  if (kind === 'deflate') return `${buf.subarray(0, 2).toString('hex')}..${buf.subarray(-4).toString('hex')}`;
  if (kind === 'deflateRaw') return 'raw';
  return digest(buf);
}

function digest(buf) {
  let h = 0x811c9dc5;
  for (const b of buf) h = Math.imul(h ^ b, 16777619) >>> 0;
  return `${buf.length}:${h.toString(16)}`;
}

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(400);
const binary = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) & 255));
const pairs = [
  ['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'],
  ['gzip', 'unzip'], ['deflate', 'unzip'], ['brotliCompress', 'brotliDecompress'],
];

async function main() {
  for (const [enc, dec] of pairs) {
    for (const input of ['', 'x', text, binary]) {
      const packed = zlib[`${enc}Sync`](input);
      const unpacked = zlib[`${dec}Sync`](packed);
      const want = Buffer.from(input);
      console.log(enc, dec, framing(enc, packed), unpacked.equals(want));
      const viaCb = await new Promise((resolve, reject) => {
        zlib[enc](input, (err, out) => (err ? reject(err) : resolve(out)));
      });
      console.log('  callback same bytes:', viaCb.equals(packed));
      const viaPromise = await promisify(zlib[dec])(viaCb);
      console.log('  promisified round trip:', viaPromise.equals(want));
    }
  }
  // Levels and strategies change the bytes the same way as in node.
  for (const level of [0, 1, 5, 9]) {
    for (const strategy of [0, 1, 2, 3, 4]) {
      const out = zlib.deflateSync(text, { level, strategy });
      const exact = level === 0 || strategy === 2 || strategy === 3;
      console.log('level', level, 'strategy', strategy, exact ? digest(out) : framing('deflate', out),
                  zlib.inflateSync(out).toString() === text);
    }
  }
  const m1 = zlib.gzipSync(text, { memLevel: 1 });
  console.log('memLevel 1', framing('gzip', m1), zlib.gunzipSync(m1).toString() === text);
  const w9 = zlib.deflateSync(text, { windowBits: 9 });
  console.log('windowBits 9', framing('deflate', w9), zlib.inflateSync(w9).toString() === text);
  console.log('brotli quality 4', digest(zlib.brotliCompressSync(text, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_MODE]: 1 },
  })));
  // Inputs of any view type, and ArrayBuffers.
  const u16 = new Uint16Array([1, 2, 3, 4]);
  console.log('Uint16Array', zlib.inflateSync(zlib.deflateSync(u16)).toString('hex'));
  console.log('DataView', zlib.gunzipSync(zlib.gzipSync(new DataView(u16.buffer))).toString('hex'));
  console.log('ArrayBuffer', zlib.inflateRawSync(zlib.deflateRawSync(u16.buffer)).toString('hex'));
}

main();
