// differential: v8.serialize writes node's bytes (V8 wire format + node's host-object format for Buffers and typed arrays) and v8.deserialize reads bytes node wrote
'use strict';
const v8 = require('v8');
const util = require('util');

const err = new Error('boom');
err.stack = 'Error: boom\n    at fixed';
const rangeErr = new RangeError('r');
rangeErr.stack = 'RangeError: r';
const values = [
  1, -1, 2 ** 31, 1.5, NaN, -0, 'ascii', 'h\u00e9', '\u{1F600}', true, false, null, undefined,
  10n, -(2n ** 70n), [1, , 3], { a: 1, b: [{}] }, new Map([[1, { x: 2 }]]), new Set(['s']),
  new Date(0), /re/gi, err, rangeErr, Buffer.from('buf'), new Uint8Array([1, 2, 3]),
  new Int16Array([-1, 2]), new Float32Array([1.5]), new Float64Array([0.1]),
  new BigInt64Array([5n]), new BigUint64Array([7n]), new DataView(new Uint8Array([9, 8, 7]).buffer, 1),
  new Uint8ClampedArray([300]), new Uint32Array(new ArrayBuffer(12), 4, 2), new ArrayBuffer(3),
  Object(5), Object('s'), Object(true), { self: null, list: [Buffer.from('x'), new Uint16Array([65535])] },
];
values[values.length - 1].self = values[values.length - 1];

for (const v of values) {
  const bytes = v8.serialize(v);
  const back = v8.deserialize(bytes);
  console.log(bytes.toString('hex'), util.inspect(back, { depth: 4 }),
              Object.prototype.toString.call(back), Buffer.isBuffer(back));
}

// Bytes node 20 wrote for { a: 1, b: 'x', c: Buffer, d: Uint16Array, e: Float64Array, f: DataView, g: Map }.
const fromNode = Buffer.from('ff0f6f22016149022201622201782201635c0a0268692201645c0404010002002201655c080800000000000000002201665c090200002201673b490249043a027b07', 'hex');
const decoded = v8.deserialize(fromNode);
// The DataView views the input's memory (a pooled Buffer here): print only its bytes.
const view = decoded.f;
delete decoded.f;
console.log(util.inspect(decoded), Buffer.isBuffer(decoded.c), view instanceof DataView,
            [...new Uint8Array(view.buffer, view.byteOffset, view.byteLength)]);
// A misaligned Float64Array inside a larger buffer is copied, not viewed.
const padded = Buffer.concat([Buffer.from([0]), v8.serialize(new Float64Array([2.5]))]);
console.log(v8.deserialize(padded.subarray(1)));

// Errors.
for (const f of [
  () => v8.serialize(() => {}),
  () => v8.serialize(Symbol('s')),
  () => v8.serialize({ f() {} }),
  () => v8.deserialize('x'),
  () => v8.deserialize(Buffer.from('ff0f22', 'hex')),
  () => v8.deserialize(Buffer.alloc(0)),
  () => new v8.Deserializer({}),
]) {
  try { console.log('no throw', f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
