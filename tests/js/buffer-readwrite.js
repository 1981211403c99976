// differential
'use strict';
// Every integer and float accessor, both byte orders, and their range and bounds errors.
const b = Buffer.alloc(10);
const t = (label, fn) => {
  try {
    console.log(label, fn(), b.toString('hex'));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
for (const [w, r] of [['writeUInt8', 'readUInt8'], ['writeInt8', 'readInt8'],
  ['writeUInt16LE', 'readUInt16LE'], ['writeUInt16BE', 'readUInt16BE'],
  ['writeInt16LE', 'readInt16LE'], ['writeInt16BE', 'readInt16BE'],
  ['writeUInt32LE', 'readUInt32LE'], ['writeUInt32BE', 'readUInt32BE'],
  ['writeInt32LE', 'readInt32LE'], ['writeInt32BE', 'readInt32BE'],
  ['writeFloatLE', 'readFloatLE'], ['writeFloatBE', 'readFloatBE'],
  ['writeDoubleLE', 'readDoubleLE'], ['writeDoubleBE', 'readDoubleBE']]) {
  for (const v of [0, 1, -1, 127, -128, 255, 256, 65535, -32768, 2 ** 31, -(2 ** 31), 1.5, -1.5, NaN]) {
    t(`${w}(${v})`, () => [b.fill(0)[w](v, 1), b[r](1)]);
  }
  t(`${r} end`, () => b[r](b.length));
  t(`${r} frac`, () => b[r](1.5));
  t(`${r} str`, () => b[r]('1'));
  t(`${r} -1`, () => b[r](-1));
  t(`${w} end`, () => b[w](0, 9));
}
for (const n of [1, 2, 3, 4, 5, 6]) {
  for (const v of [1, -1, 2 ** (8 * n - 1) - 1, -(2 ** (8 * n - 1)), 2 ** (8 * n) - 1, 2 ** (8 * n)]) {
    t(`writeUIntLE(${v},${n})`, () => [b.fill(0).writeUIntLE(v, 0, n), b.readUIntLE(0, n), b.readIntLE(0, n)]);
    t(`writeUIntBE(${v},${n})`, () => [b.fill(0).writeUIntBE(v, 0, n), b.readUIntBE(0, n), b.readIntBE(0, n)]);
    t(`writeIntLE(${v},${n})`, () => [b.fill(0).writeIntLE(v, 0, n), b.readUIntLE(0, n), b.readIntLE(0, n)]);
    t(`writeIntBE(${v},${n})`, () => [b.fill(0).writeIntBE(v, 0, n), b.readUIntBE(0, n), b.readIntBE(0, n)]);
  }
}
t('readIntLE 7', () => b.readIntLE(0, 7));
t('readIntLE no offset', () => b.readIntLE(undefined, 2));
t('writeIntLE no length', () => b.writeIntLE(1, 0));
t('writeUIntBE no offset', () => b.writeUIntBE(1, undefined, 2));
for (const v of [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 64n - 1n, 2n ** 64n]) {
  t(`BigInt64LE(${v})`, () => [b.fill(0).writeBigInt64LE(v, 1), b.readBigInt64LE(1), b.readBigUInt64LE(1)]);
  t(`BigUInt64BE(${v})`, () => [b.fill(0).writeBigUInt64BE(v, 1), b.readBigInt64BE(1), b.readBigUInt64BE(1)]);
}
t('BigInt number', () => b.writeBigInt64LE(1));
t('BigInt end', () => b.readBigInt64LE(3));
t('aliases', () => [b.readUint8 === b.readUInt8, b.writeBigUint64LE === b.writeBigUInt64LE]);
t('short', () => Buffer.alloc(1).readUInt16LE());
