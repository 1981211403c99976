// differential
'use strict';
// Every encoding both ways, over ASCII, Latin-1, BMP, astral and broken input.
const strings = ['', 'hello', 'héllo wörld', '日本語テキスト', '\u{1f600} smile \u{1f4a9}',
  '\ud800 lone', 'tail \udc00', 'x'.repeat(200) + '\u00ff', '\0\x7f\x80\xff'];
const encodings = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'utf16le', 'UTF-16LE', 'latin1', 'binary',
  'ascii', 'base64', 'base64url', 'hex'];
for (const s of strings) {
  for (const enc of encodings) {
    const b = Buffer.from(s, enc);
    console.log(enc, JSON.stringify(s.slice(0, 20)), b.length, Buffer.byteLength(s, enc),
      b.toString('hex').slice(0, 60), JSON.stringify(b.toString(enc)).slice(0, 60));
  }
}
// Decoding bytes that are not valid in the encoding.
const bytes = Buffer.from([0x61, 0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0xed, 0xa0, 0x80, 0x80]);
for (const enc of ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex']) {
  console.log(enc, JSON.stringify(bytes.toString(enc)), JSON.stringify(bytes.toString(enc, 1, 6)));
}
// Lenient base64 and hex input, as node reads it.
for (const s of ['YW=Jj', 'Y W J j', 'YWJj=YWJj', 'Y', 'YQ', 'YQ=', '!!!YWJj', 'YW\nJj', '_-_-', 'YWJjZ', '\u0100YWJj']) {
  console.log('base64', JSON.stringify(s), Buffer.from(s, 'base64'), Buffer.byteLength(s, 'base64'));
}
for (const s of ['abzz', 'abc', 'zzab', 'a', '0g', 'ABcd', 'ab\u0100cd']) {
  console.log('hex', JSON.stringify(s), Buffer.from(s, 'hex'), Buffer.byteLength(s, 'hex'));
}
// write() never splits a character and reports the bytes it wrote.
const w = Buffer.alloc(5);
console.log(w.write('a\u{1f600}'), w, w.write('ab', 'ucs2'), w.write('abc', 4, 'ucs2'), w);
console.log(w.fill(0).write('\u00e9\u00e9\u00e9', 1), w, w.write('abcdef', 'hex'), w.write('zz', 'hex'));
console.log(w.write('xyz', 1, 2, 'latin1'), w, w.utf8Write('q', 4), w.latin1Slice(0, 3), w.hexSlice(1));
// Large round trips go through the external-string path.
const big = Buffer.alloc(300000);
for (let i = 0; i < big.length; i++) big[i] = (i * 7) & 0xff;
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'ucs2']) {
  const back = Buffer.from(big.toString(enc), enc);
  console.log('big', enc, back.equals(big));
}
console.log(Buffer.isEncoding('UTF-8'), Buffer.isEncoding('utf16le'), Buffer.isEncoding(''),
  Buffer.isEncoding('nope'), Buffer.isEncoding(null), Buffer.isEncoding('Base64URL'));
console.log(Buffer.from('héllo').toString('utf8', 1, 3), Buffer.from('abc').toString(undefined, -1, 99),
  Buffer.from('abc').toString('ascii', '1'), Buffer.from('abc').toLocaleString());
