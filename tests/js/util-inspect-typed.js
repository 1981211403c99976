// differential
'use strict';
const util = require('util');
console.log(new Uint8Array([1, 2, 3]), new Int16Array(2), new Float64Array([1.5, -0, NaN]));
console.log(new BigInt64Array([1n, -2n]), new BigUint64Array(1), new Uint8ClampedArray([300]));
console.log(new Float32Array(0), new Int32Array(120).fill(7));
console.log(new Uint8Array(30).map((_, i) => i * 8));
console.log(new ArrayBuffer(0), new ArrayBuffer(4), new Uint8Array([0, 15, 16, 255]).buffer);
console.log(util.inspect(new ArrayBuffer(60), { maxArrayLength: 5 }));
console.log(new SharedArrayBuffer(2));
console.log(new DataView(new ArrayBuffer(3), 1));
console.log(util.inspect(new Uint16Array([1, 2]), { showHidden: true }));
const ta = new Uint8Array(2);
ta.prop = 'x';
console.log(ta);
console.log({ buf: new Uint8Array(3), nested: { ab: new ArrayBuffer(1) } });
console.log(util.inspect(new Uint32Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), { maxArrayLength: 4 }));
console.log(util.inspect(new Float64Array([1234.5678]), { numericSeparator: true }));
class MyBytes extends Uint8Array {}
console.log(new MyBytes(2));
console.log(util.types.isUint8Array(new Uint8Array()), util.types.isTypedArray(new DataView(new ArrayBuffer(1))), util.types.isArrayBufferView(new DataView(new ArrayBuffer(1))));
