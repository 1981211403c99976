// differential
'use strict';
// Construction, identity, concat, compare, copy, fill, slice, swap, JSON and inspect.
const { Buffer: B, SlowBuffer, kMaxLength, kStringMaxLength, constants, INSPECT_MAX_BYTES } = require('buffer');
console.log(B === Buffer, Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.poolSize,
  Buffer.from('a') instanceof Buffer, Buffer.from('a') instanceof Uint8Array,
  Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer(Buffer.alloc(0)), kMaxLength, kStringMaxLength,
  constants, INSPECT_MAX_BYTES);
console.log(Buffer.from([1, 2, 300, -1, 'x', 1.9]), Buffer.from({ length: 2, 0: 5 }),
  Buffer.from({ type: 'Buffer', data: [7, 8] }), Buffer.from(new Uint16Array([256, 1])),
  Buffer.from(new String('str')), Buffer.from({ [Symbol.toPrimitive]: () => 'prim' }),
  Buffer.from({ valueOf: () => 'val' }), Buffer.of(1, 2, 3), Buffer.from(Buffer.from('copy')));
const ab = new ArrayBuffer(8);
const view = Buffer.from(ab, 2, 4);
view[0] = 9;
console.log(view, new Uint8Array(ab)[2], view.buffer === ab, view.byteOffset, view.parent === ab, view.offset);
console.log(Buffer.alloc(5, 'ab'), Buffer.alloc(5, 257), Buffer.alloc(4, 'YQ==', 'base64'),
  Buffer.alloc(3, Buffer.from([1, 2])), Buffer.alloc(0), Buffer.allocUnsafe(3).fill(1),
  Buffer.allocUnsafeSlow(2).fill(0), SlowBuffer(2).length);
console.log(Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.alloc(0)]),
  Buffer.concat([Buffer.from('abc')], 2), Buffer.concat([Buffer.from('abc')], 5), Buffer.concat([]));
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')),
  Buffer.compare(Buffer.from('ab'), Buffer.from('a')), Buffer.from('abc').compare(Buffer.from('xbc'), 1, 3, 1, 3),
  Buffer.from('abc').equals(Buffer.from('abc')), Buffer.from('abc').equals(new Uint8Array([97, 98])),
  [Buffer.from('b'), Buffer.from('a'), Buffer.from('ab')].sort(Buffer.compare));
const src = Buffer.from('0123456789');
const dst = Buffer.alloc(6, '.');
console.log(src.copy(dst, 1, 2, 5), dst, src.copy(dst, 4), dst, src.copy(dst, 10), src.copy(src, 2, 0, 5), src);
const f = Buffer.alloc(8);
console.log(f.fill('ab', 1, 6), f.fill(0).fill('\u00e9'), f.fill('61', 'hex'), f.fill(0x1ff, 2, 4),
  f.fill(Buffer.from([1, 2, 3])), f.fill(''), f.fill(true), f.fill('x', 6, 2));
const s = Buffer.from('abcdef');
console.log(s.slice(1, 3), s.subarray(-2), s.slice(4, 1), s.slice('1', '3'), s.subarray(1) instanceof Buffer,
  s.map((x) => x + 1), s.filter((x) => x > 99), s.reverse && Buffer.from('ab').reverse());
console.log(Buffer.from('01234567').swap16(), Buffer.from('01234567').swap32(), Buffer.from('01234567').swap64());
console.log(JSON.stringify(Buffer.from('hi')), JSON.stringify({ b: Buffer.alloc(0) }), Buffer.from('hi').toJSON());
const x = Buffer.from('xy');
x.extra = 1;
console.log(x, Buffer.alloc(60), require('util').inspect(Buffer.from('ab')), [Buffer.from('a')], { b: Buffer.from('b') });
console.log(atob('aGVsbG8='), atob(' aGVs bG8 '), atob('YQ'), btoa('hello'), btoa('\u00ff'), atob(null), btoa(123));
console.log(require('buffer').isUtf8(Buffer.from('é')), require('buffer').isUtf8(Buffer.from([0xc3])),
  require('buffer').isAscii(Buffer.from('abc')), require('buffer').isAscii(Buffer.from('é')),
  require('buffer').transcode(Buffer.from('héllo'), 'utf8', 'latin1'),
  require('buffer').transcode(Buffer.from('hé', 'latin1'), 'latin1', 'utf16le'));
const { Blob } = require('buffer');
const blob = new Blob(['ab', Buffer.from('cd'), new Blob(['ef'])], { type: 'Text/Plain' });
console.log(blob.size, blob.type, blob.slice(1, -1).size, blob instanceof Blob);
blob.text().then((t) => console.log('text', t));
blob.slice(2, 4).arrayBuffer().then((a) => console.log('ab', Buffer.from(a)));
