// differential
'use strict';
// Bad input gets node's error class, code and message.
const t = (label, fn) => {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
t('alloc -1', () => Buffer.alloc(-1));
t('alloc str', () => Buffer.alloc('5'));
t('alloc huge', () => Buffer.alloc(2 ** 33));
t('allocUnsafe NaN', () => Buffer.allocUnsafe(NaN));
t('from 5', () => Buffer.from(5));
t('from null', () => Buffer.from(null));
t('from {}', () => Buffer.from({}));
t('from bad enc', () => Buffer.from('a', 'foo'));
t('toString bad enc', () => Buffer.alloc(1).toString('foo'));
t('toString null enc', () => Buffer.alloc(1).toString(null));
t('concat [1]', () => Buffer.concat([1]));
t('concat str', () => Buffer.concat('a'));
t('compare 1', () => Buffer.compare(1, Buffer.alloc(1)));
t('proto compare', () => Buffer.alloc(1).compare('a'));
t('compare -1', () => Buffer.alloc(4).compare(Buffer.alloc(4), -1));
t('compare end', () => Buffer.alloc(4).compare(Buffer.alloc(4), 0, 5));
t('fill -1', () => Buffer.alloc(4).fill('a', -1));
t('fill end', () => Buffer.alloc(4).fill('a', 0, 5));
t('fill bad hex', () => Buffer.alloc(4).fill('zz', 'hex'));
t('fill bad enc', () => Buffer.alloc(4).fill('a', 'foo'));
t('alloc bad fill', () => Buffer.alloc(4, 'zz', 'hex'));
t('write offset', () => Buffer.alloc(4).write('a', 5));
t('write length', () => Buffer.alloc(4).write('a', 0, 5));
t('write number', () => Buffer.alloc(4).write(1));
t('write bad enc', () => Buffer.alloc(4).write('a', 0, 1, 'foo'));
t('byteLength 1', () => Buffer.byteLength(1));
t('indexOf {}', () => Buffer.alloc(4).indexOf({}));
t('indexOf bad enc', () => Buffer.alloc(4).indexOf('a', 0, 'foo'));
t('swap16', () => Buffer.alloc(3).swap16());
t('swap32', () => Buffer.alloc(3).swap32());
t('swap64', () => Buffer.alloc(3).swap64());
t('copy str', () => Buffer.alloc(3).copy('a'));
t('copy -1', () => Buffer.alloc(3).copy(Buffer.alloc(3), -1));
t('copy sourceStart', () => Buffer.alloc(3).copy(Buffer.alloc(3), 0, 4));
t('equals str', () => Buffer.alloc(3).equals('a'));
t('ab offset', () => Buffer.from(new ArrayBuffer(4), 5));
t('ab length', () => Buffer.from(new ArrayBuffer(4), 1, 5));
t('atob short', () => atob('a'));
t('atob char', () => atob('ab$'));
t('atob =', () => atob('ab=c'));
t('btoa wide', () => btoa('\u0100'));
t('atob none', () => atob());
t('isUtf8 str', () => require('buffer').isUtf8('x'));
t('INSPECT_MAX_BYTES', () => { require('buffer').INSPECT_MAX_BYTES = -1; });
t('new Buffer(-1)', () => new Buffer(-1));
// The per-encoding helpers check like node's native ones.
const abc = Buffer.from('abc');
t('latin1Slice end', () => abc.latin1Slice(0, 5));
t('hexSlice -1', () => abc.hexSlice(-1));
t('latin1Write offset', () => abc.latin1Write('xy', 4));
t('utf8Write -1', () => abc.utf8Write('abcd', -1));
t('utf8Slice this', () => Buffer.prototype.utf8Slice.call({}, 0, 1));
t('latin1Slice backwards', () => abc.latin1Slice(2, 1));
const detached = new ArrayBuffer(4);
structuredClone(detached, { transfer: [detached] });
t('isUtf8 detached', () => require('buffer').isUtf8(detached));
t('isAscii detached', () => require('buffer').isAscii(detached));
