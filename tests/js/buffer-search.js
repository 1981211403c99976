// differential
'use strict';
// indexOf / lastIndexOf / includes over strings, numbers, buffers, encodings and offsets.
const b = Buffer.from('abcabc');
const offsets = [undefined, 0, 2, 5, 6, 10, -1, -2, -10, NaN, null, '2', {}, 1.7, -0.5];
for (const v of ['', 'c', 'bc', 'abcabc', 'abcabcd', 'x', 99, 0x163, -157, Buffer.from('ca'), new Uint8Array([98])]) {
  for (const o of offsets) {
    console.log(typeof v === 'object' ? `buf:${Buffer.from(v)}` : JSON.stringify(v), String(o),
      b.indexOf(v, o), b.lastIndexOf(v, o), b.includes(v, o));
  }
}
const u = Buffer.from('abcabc', 'ucs2');
console.log(u.indexOf('b', 'ucs2'), u.indexOf('b', 3, 'ucs2'), u.lastIndexOf('b', 'ucs2'),
  u.indexOf(Buffer.from([0x62, 0])), u.indexOf('\u6200', 'ucs2'), u.lastIndexOf('c', -1, 'utf16le'));
console.log(Buffer.from([0, 0x62, 0, 0x62]).indexOf('\u6200', 'ucs2'), Buffer.from([1]).indexOf('\u0001', 'ucs2'));
console.log(Buffer.from('aé').indexOf('é', 'latin1'), Buffer.from('aé', 'latin1').indexOf('é', 'latin1'),
  b.indexOf('YWJj', 'base64'), b.indexOf('6263', 'hex'), b.lastIndexOf('6263', 'hex'), b.includes('bc', 5));
const big = Buffer.alloc(100000, 'xy');
big.write('needle', 77777);
console.log(big.indexOf('needle'), big.lastIndexOf('needle'), big.indexOf('needle', 77778), big.indexOf(Buffer.from('eed')));
