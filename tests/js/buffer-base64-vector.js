// differential: base64/base64url/hex encoding and decoding through the vector loops and stack buffers: every byte value at every position of a block, padding, junk, url alphabet, lengths around the block sizes
'use strict';
let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
function digest(buf) {
  let h = 0x811c9dc5;
  for (const b of buf) h = Math.imul(h ^ b, 16777619) >>> 0;
  return `${buf.length}:${h.toString(16)}`;
}
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function randomB64(len) {
  let s = '';
  for (let i = 0; i < len; i++) s += alphabet[rand(64)];
  return s;
}
const out = [];
// Each latin1 character at a few positions inside 64- and 96-digit strings.
for (let c = 0; c < 256; c++) {
  const ch = String.fromCharCode(c);
  const base = randomB64(96);
  for (const pos of [0, 5, 17, 31, 32, 47, 63, 70]) {
    const s = base.slice(0, pos) + ch + base.slice(pos + 1);
    out.push(`${c}@${pos} ${digest(Buffer.from(s, 'base64'))} ${digest(Buffer.from(s, 'base64url'))}`);
  }
}
// Lengths around 16/32-digit blocks, with and without padding and whitespace.
for (let len = 0; len < 140; len++) {
  const s = randomB64(len);
  out.push(`len${len} ${digest(Buffer.from(s, 'base64'))} ${digest(Buffer.from(s + '==', 'base64'))} ` +
           `${digest(Buffer.from(s.replace(/(.{20})/g, '$1\n'), 'base64'))} ` +
           `${Buffer.byteLength(s, 'base64')}`);
}
// A large valid string, the same with one junk character late, url alphabet.
const big = Buffer.alloc(300000);
for (let i = 0; i < big.length; i++) big[i] = rand(256);
const b64 = big.toString('base64');
out.push(`big ${Buffer.from(b64, 'base64').equals(big)} ${digest(Buffer.from(b64, 'base64'))}`);
out.push(`big-junk ${digest(Buffer.from(b64.slice(0, 250001) + '*' + b64.slice(250001), 'base64'))}`);
out.push(`big-url ${Buffer.from(big.toString('base64url'), 'base64url').equals(big)}`);
out.push(`big-mid-pad ${digest(Buffer.from(b64.slice(0, 1000) + '=' + b64.slice(1000), 'base64'))}`);
const wide = b64.slice(0, 4000) + '\u0100';
out.push(`two-byte ${digest(Buffer.from(wide, 'base64'))}`);
// Encoding: every length up to 200 bytes (AVX-512 48-byte, AVX2 24-byte and SSSE3 12-byte steps and
// the scalar tail), both alphabets, offsets into a larger buffer, sizes near the
// stack-buffer limit.
const src = Buffer.alloc(20000);
for (let i = 0; i < src.length; i++) src[i] = rand(256);
const sdigest = (str) => digest(Buffer.from(str, 'latin1'));
for (let len = 0; len <= 200; len++) {
  const b = src.subarray(len % 7, len % 7 + len);
  out.push(`enc${len} ${b.toString('base64')} ${b.toString('base64url')} ${b.toString('hex')}`);
}
for (const len of [6140, 6141, 6142, 6143, 6144, 6145, 4095, 4096, 4097, 8191, 8192, 8193, 19999]) {
  const b = src.subarray(1, 1 + len);
  out.push(`enc${len} ${sdigest(b.toString('base64'))} ${sdigest(b.toString('base64url'))} ` +
           `${sdigest(b.toString('hex'))} ${sdigest(b.toString('base64', 3, len - 2))}`);
}
console.log(out.join('\n'));
