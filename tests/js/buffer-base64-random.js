// differential
'use strict';
// Random base64 and base64url text (fixed seed), clean and with junk, padding and
// whitespace mixed in, decoded at many lengths: exercises the vectorised and the
// scalar decoders and their hand-over. Prints a digest per case.
let seed = 42;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const std = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const junk = ' \n=-_!\u00e9\u0100.';
function digest(buf) {
  let h = 0;
  for (let i = 0; i < buf.length; i++) h = (h * 31 + buf[i]) >>> 0;
  return `${buf.length}:${h}`;
}
const out = [];
for (let round = 0; round < 300; round++) {
  const len = rand(200);
  let s = '';
  for (let i = 0; i < len; i++) {
    s += rand(40) === 0 ? junk[rand(junk.length)] : std[rand(64)];
  }
  if (rand(3) === 0) s += '='.repeat(rand(3));
  out.push(`${digest(Buffer.from(s, 'base64'))} ${digest(Buffer.from(s, 'base64url'))} ${Buffer.byteLength(s, 'base64')}`);
  const bytes = Buffer.from(s, 'latin1');
  out.push(`${bytes.toString('base64').length} ${digest(Buffer.from(bytes.toString('base64'), 'base64'))}`);
}
const big = Buffer.alloc(100003);
for (let i = 0; i < big.length; i++) big[i] = rand(256);
for (const enc of ['base64', 'base64url']) {
  const text = big.toString(enc);
  out.push(`${enc} ${Buffer.from(text, enc).equals(big)} ${Buffer.from(text.replace(/(.{76})/g, '$1\n'), enc).equals(big)}`);
}
console.log(out.join('\n'));
// Encoded text itself, at every length around the 12-byte vector step.
for (let n = 0; n < 64; n++) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = rand(256);
  console.log(n, b.toString('base64'), b.toString('base64url'));
}
