// differential
'use strict';
// Feeds the same bytes in many different chunkings (fixed pseudo-random seed); the joined
// output, and each piece, must match node for every encoding.
const { StringDecoder } = require('string_decoder');
let seed = 12345;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const samples = [
  Buffer.from('héllo wörld \u{1f600}\u{1f4a9} 日本語'),
  Buffer.from('C9B5A941E2E241CCCCB8F0B841F1CCB8F0FB00CCE2B8B8E2B8CCB8E2FBCC01CCB8CDB9', 'hex'),
  Buffer.from('EDA0B5EDB08D F4BDE5 F08080 C0AF', 'hex'),
  Buffer.from('3DD84DDC41003DD8', 'hex'),
];
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii']) {
  for (const bytes of samples) {
    for (let round = 0; round < 6; round++) {
      const d = new StringDecoder(enc);
      const pieces = [];
      let i = 0;
      while (i < bytes.length) {
        const n = 1 + rand(4);
        pieces.push(d.write(bytes.subarray(i, i + n)));
        i += n;
      }
      pieces.push(d.end());
      console.log(enc, JSON.stringify(pieces));
    }
  }
}
const d = new StringDecoder('utf8');
console.log(JSON.stringify([d.write(Buffer.from('E1', 'hex')), d.lastNeed, d.lastTotal, d.lastChar, d.end()]));
console.log(JSON.stringify([d.write('as string'), d.end(Buffer.from('x')), d.end(), d.encoding]));
console.log(new StringDecoder().encoding, new StringDecoder('UCS-2').encoding, new StringDecoder('binary').encoding,
  new StringDecoder('BASE64URL').encoding);
const views = new StringDecoder('utf8');
console.log(views.write(new Uint16Array([0x6968])), views.write(new DataView(new Uint8Array([111, 107]).buffer)));
for (const bad of [() => new StringDecoder('nope'), () => new StringDecoder(1), () => new StringDecoder('utf8').write(null),
  () => new StringDecoder('utf8').write(1), () => StringDecoder.prototype.write.call({}, Buffer.from('a'))]) {
  try {
    bad();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
