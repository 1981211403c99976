'use strict';
// One Buffer benchmark case per run: `<runtime> cases.js <case>` prints "<case> <ops/s>".
// Each case runs for a fixed time after a warm-up, so both runtimes get equal footing.
const name = process.argv[2];
const KB = Buffer.alloc(1024);
const MB = Buffer.alloc(1024 * 1024);
for (let i = 0; i < MB.length; i++) MB[i] = 32 + ((i * 7) % 90); // printable ASCII
KB.set(MB.subarray(0, 1024));
// UTF-8 text with some multi-byte characters in it.
const textKB = 'héllo wörld ¿qué tal? 日本 '.repeat(40).slice(0, 1000);
const textMB = textKB.repeat(1024);
const b64 = { KB: KB.toString('base64'), MB: MB.toString('base64') };
const hex = { KB: KB.toString('hex'), MB: MB.toString('hex') };
const parts = Array.from({ length: 64 }, (_, i) => Buffer.alloc(256 + i, i));

const cases = {
  'utf8-encode-1KB': () => Buffer.from(textKB, 'utf8'),
  'utf8-encode-1MB': () => Buffer.from(textMB, 'utf8'),
  'utf8-decode-1KB': () => KB.toString('utf8'),
  'utf8-decode-1MB': () => MB.toString('utf8'),
  'base64-encode-1KB': () => KB.toString('base64'),
  'base64-encode-1MB': () => MB.toString('base64'),
  'base64-decode-1KB': () => Buffer.from(b64.KB, 'base64'),
  'base64-decode-1MB': () => Buffer.from(b64.MB, 'base64'),
  'hex-encode-1KB': () => KB.toString('hex'),
  'hex-encode-1MB': () => MB.toString('hex'),
  'hex-decode-1KB': () => Buffer.from(hex.KB, 'hex'),
  'hex-decode-1MB': () => Buffer.from(hex.MB, 'hex'),
  'concat-64x~280B': () => Buffer.concat(parts),
  'concat-2x1MB': () => Buffer.concat([MB, MB]),
};

if (!cases[name]) {
  console.log(Object.keys(cases).join('\n'));
  process.exit(name ? 1 : 0);
}
const fn = cases[name];
let sink;
function run(ms) {
  const end = performance.now() + ms;
  let n = 0;
  let batch = 1;
  while (performance.now() < end) {
    for (let i = 0; i < batch; i++) sink = fn();
    n += batch;
    if (batch < 1 << 14) batch *= 2;
  }
  return n;
}
run(300); // warm-up: let the JIT settle
const t0 = performance.now();
const n = run(1000);
const secs = (performance.now() - t0) / 1000;
if (sink === undefined) throw new Error('no result');
console.log(`${name} ${(n / secs).toFixed(1)}`);
