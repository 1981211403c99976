'use strict';
// CompressionStream / DecompressionStream: each format round-trips and interoperates
// with zlib; bad formats, wrong receivers, corrupt input; the globals and inspect.
const zlib = require('zlib');
const { CompressionStream: CS, DecompressionStream: DS } = require('stream/web');

async function collect(readable) {
  const chunks = [];
  for await (const c of readable) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

// Writes the parts and reads the result; a failure on either side rejects, once.
async function pump(stream, parts) {
  const writer = stream.writable.getWriter();
  const writing = (async () => {
    for (const p of parts) await writer.write(p);
    await writer.close();
  })();
  const [, result] = await Promise.allSettled([writing, collect(stream.readable)]);
  if (result.status === 'rejected') throw result.reason;
  await writing;
  return result.value;
}

(async () => {
  console.log(globalThis.CompressionStream === CS, globalThis.DecompressionStream === DS,
              Object.getOwnPropertyDescriptor(globalThis, 'CompressionStream').enumerable);
  const text = Buffer.from('hello web streams '.repeat(200));
  const parts = [text.subarray(0, 100), text.subarray(100, 1500), new Uint8Array(text.subarray(1500))];
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const packed = await pump(new CS(format), parts);
    const viaZlib = format === 'gzip' ? zlib.gunzipSync(packed) :
      format === 'deflate' ? zlib.inflateSync(packed) : zlib.inflateRawSync(packed);
    const fromZlib = format === 'gzip' ? zlib.gzipSync(text) :
      format === 'deflate' ? zlib.deflateSync(text) : zlib.deflateRawSync(text);
    const unpacked = await pump(new DS(format), [fromZlib.subarray(0, 10), fromZlib.subarray(10)]);
    console.log(format, viaZlib.equals(text), unpacked.equals(text), packed.length < text.length);
  }
  for (const bad of ['x', undefined, 'GZIP', 'br', 7]) {
    try { new CS(bad); } catch (e) { console.log(e.name, e.code, e.message); }
    try { new DS(bad); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  try { Reflect.get(CS.prototype, 'readable', {}); } catch (e) { console.log(e.name, e.code, e.message); }
  try { Reflect.get(DS.prototype, 'writable', {}); } catch (e) { console.log(e.name, e.code, e.message); }
  // Corrupt input errors the readable side.
  try {
    await pump(new DS('gzip'), [Buffer.from('not gzip at all')]);
  } catch (e) { console.log('corrupt', e.name, e.code); }
  // A chunk that is not a BufferSource.
  try {
    await pump(new CS('gzip'), ['a string']);
  } catch (e) { console.log('string chunk', e.name, e.code); }
  console.log(new CS('gzip'));
  console.log(Object.prototype.toString.call(new DS('deflate')),
              Object.getOwnPropertyNames(CS.prototype));
})();
