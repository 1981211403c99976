// differential
'use strict';
// UTF-8 encoding of long strings (above the sizes where Buffer.from changes strategy:
// 64 Ki and 16 Mi UTF-16 units), with lone surrogates, pairs split across the middle,
// and every width of character, compared byte for byte through a checksum.
function sum(buf) {
  let h = 0x811c9dc5;
  for (let i = 0; i < buf.length; i++) h = Math.imul(h ^ buf[i], 16777619) >>> 0;
  return h.toString(16);
}
function show(label, s) {
  const b = Buffer.from(s, 'utf8');
  const w = Buffer.alloc(Buffer.byteLength(s) + 4, 0xee);
  const n = w.write(s, 2);
  console.log(label, s.length, b.length, Buffer.byteLength(s), sum(b), n, sum(w));
}
const unit = 'aé€😀\ud800x\udc00日';
show('mixed-64k+1', unit.repeat(8193).slice(0, 65537));
show('mixed-200k', unit.repeat(25000));
show('ascii-100k', 'abcdefgh'.repeat(12500));
show('latin1-100k', 'ÿé'.repeat(50000));
show('lead-at-end', 'x'.repeat(70000) + '\ud83d');
show('trail-at-start', '\ude00' + 'y'.repeat(70000));
const half = 'z'.repeat(40000);
show('pair-split', half + '😀' + half);
show('ascii-17M', 'abcdefghijklmnop'.repeat(1 << 20) + 'é');
console.log(Buffer.from('€'.repeat(70000)).toString() === '€'.repeat(70000));
