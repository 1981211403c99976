'use strict';
// Random and mangled input to every decoder, sync and streamed, and streams destroyed
// while a write is on the thread pool: each ends in output or an Error with a code —
// never a crash or a hang.
const zlib = require('zlib');
const assert = require('assert');

let seed = 42;
function rand(n) {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed % n;
}
function randomBytes(n) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = rand(256);
  return b;
}

const decoders = ['gunzip', 'inflate', 'inflateRaw', 'unzip', 'brotliDecompress'];
const good = {
  gunzip: zlib.gzipSync('fuzz me '.repeat(500)),
  inflate: zlib.deflateSync('fuzz me '.repeat(500)),
  inflateRaw: zlib.deflateRawSync('fuzz me '.repeat(500)),
  unzip: zlib.gzipSync('fuzz me '.repeat(500)),
  brotliDecompress: zlib.brotliCompressSync('fuzz me '.repeat(500)),
};

function checkOutcome(label, err, out) {
  if (err) {
    assert.ok(err instanceof Error, `${label}: error is an Error`);
    assert.strictEqual(typeof err.code, 'string', `${label}: error has a code (${err.message})`);
  } else {
    assert.ok(Buffer.isBuffer(out), `${label}: output is a Buffer`);
  }
}

let syncCases = 0;
for (const name of decoders) {
  for (let i = 0; i < 200; i++) {
    let input;
    if (i % 2) {
      input = randomBytes(rand(300));
    } else {
      input = Buffer.from(good[name]);
      for (let k = 0; k < 1 + rand(4); k++) input[rand(input.length)] = rand(256);
      if (rand(3) === 0) input = input.subarray(0, rand(input.length));
    }
    let out;
    let err;
    try {
      out = zlib[`${name}Sync`](input);
    } catch (e) {
      err = e;
    }
    checkOutcome(`${name}Sync #${i}`, err, out);
    syncCases++;
  }
}

let pending = 0;
function streamCase(name, input, i) {
  pending++;
  const s = zlib[`create${name[0].toUpperCase()}${name.slice(1)}`]({ chunkSize: 64 });
  const chunks = [];
  let settled = false;
  function done(err) {
    if (settled) return;
    settled = true;
    checkOutcome(`${name} stream #${i}`, err, err ? undefined : Buffer.concat(chunks));
    pending--;
  }
  s.on('data', (c) => chunks.push(c));
  s.on('end', () => done());
  s.on('error', done);
  for (let off = 0; off < input.length; off += 17) s.write(input.subarray(off, off + 17));
  s.end();
}
for (const name of decoders) {
  for (let i = 0; i < 40; i++) streamCase(name, i % 2 ? randomBytes(rand(500)) : good[name].subarray(0, rand(good[name].length)), i);
}

// Destroyed with a write in flight: the handle is freed when the thread pool returns.
const big = randomBytes(1 << 20);
for (let i = 0; i < 20; i++) {
  const g = zlib.createGzip();
  g.write(big);
  if (i % 2) g.destroy();
  else setImmediate(() => g.close());
}
const b = zlib.createBrotliCompress();
b.write(big);
b.destroy();

process.on('exit', (code) => {
  if (code !== 0) return;
  if (pending !== 0) {
    console.error(`expected every stream to end or fail, ${pending} never did`);
    process.exitCode = 1;
    return;
  }
  console.log(`ok: ${syncCases} sync cases, ${decoders.length * 40} streams`);
});
