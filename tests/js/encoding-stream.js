// differential: TextDecoder streaming split at every byte, for every supported encoding
'use strict';
const text = 'aé€😀\u{10FFFF}z\uFEFFend';
function encodeUtf16(s, bigEndian) {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}
const inputs = {
  'utf-8': new TextEncoder().encode(`\uFEFF${text}`),
  'utf-16le': encodeUtf16(`\uFEFF${text}`, false),
  'utf-16be': encodeUtf16(`\uFEFF${text}`, true),
};
for (const [enc, bytes] of Object.entries(inputs)) {
  for (const ignoreBOM of [false, true]) {
    let ok = true;
    for (let split = 0; split <= bytes.length; split++) {
      const d = new TextDecoder(enc, { ignoreBOM, fatal: true });
      const s = d.decode(bytes.subarray(0, split), { stream: true }) + d.decode(bytes.subarray(split));
      if (s !== (ignoreBOM ? `\uFEFF${text}` : text)) ok = false;
    }
    // One byte at a time, and the decoder is reusable afterwards.
    const d = new TextDecoder(enc, { ignoreBOM });
    let s = '';
    for (const b of bytes) s += d.decode(Uint8Array.of(b), { stream: true });
    s += d.decode();
    const again = d.decode(bytes);
    console.log(enc, ignoreBOM, ok, JSON.stringify(s) === JSON.stringify(again), s.length);
  }
}
// Invalid input: replacement characters, or an error (and a reset) when fatal.
const bad = [[0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80],
  [0xc0, 0x80], [0xe0, 0x80, 0x80], [0x61, 0xf5, 0x62], [0xfe, 0xff]];
for (const b of bad) {
  const u8 = Uint8Array.from(b);
  const loose = new TextDecoder().decode(u8);
  let fatal;
  try {
    fatal = new TextDecoder('utf-8', { fatal: true }).decode(u8);
  } catch (e) {
    fatal = `${e.name} ${e.code}`;
  }
  console.log(b.map((x) => x.toString(16)).join(' '), JSON.stringify(loose), fatal);
}
const d = new TextDecoder('utf-8', { fatal: true });
try {
  d.decode(Uint8Array.of(0xe2), { stream: true });
  d.decode();
} catch (e) {
  console.log('incomplete at end of stream:', e.code, e.message);
}
console.log(JSON.stringify(d.decode(Uint8Array.of(0x41))));
console.log(JSON.stringify(new TextDecoder('utf-16le').decode(Uint8Array.of(0x00, 0xd8, 0x41, 0x00))));
console.log(JSON.stringify(new TextDecoder('utf-16be').decode(Uint8Array.of(0xdc, 0x00, 0x00, 0x41, 0x00))));
console.log(JSON.stringify(new TextDecoder('windows-1252').decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x80, 0x9f))));
// Big inputs, and views into larger buffers.
const big = 'ab€😀'.repeat(50000);
const enc = new TextEncoder().encode(big);
console.log(enc.length, new TextDecoder().decode(enc) === big);
const view = new DataView(enc.buffer, 3, 6);
console.log(JSON.stringify(new TextDecoder().decode(view)));
const into = new Uint8Array(10);
console.log(JSON.stringify(new TextEncoder().encodeInto(big, into)), into.join());
console.log(JSON.stringify(new TextEncoder().encodeInto('\ud83d', new Uint8Array(3))));
