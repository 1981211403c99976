// differential
'use strict';
const util = require('util');
console.log(new Map(), new Set(), new Map([['a', 1], [{ k: 1 }, [2]]]), new Set([1, 'two', { three: 3 }]));
const m = new Map([[1, 2], [3, 4]]);
console.log(m.keys(), m.values(), m.entries(), m[Symbol.iterator]());
const s = new Set(['x', 'y']);
console.log(s.values(), s.entries(), s.keys());
const it = m.entries();
it.next();
console.log(it);
console.log(new WeakMap(), new WeakSet(), util.inspect(new WeakMap(), { showHidden: true }));
const key = {};
const wm = new WeakMap([[key, 'v']]);
const ws = new WeakSet([key]);
console.log(util.inspect(wm, { showHidden: true }), util.inspect(ws, { showHidden: true }));
console.log(new Map([[new Map([[1, 2]]), new Set([new Set([1])])]]));
console.log(util.inspect(new Set(Array.from({ length: 10 }, (_, i) => i)), { maxArrayLength: 3 }));
console.log(util.inspect(new Map(Array.from({ length: 5 }, (_, i) => [i, i])), { maxArrayLength: 2 }));
const mapProps = new Map([[1, 1]]);
mapProps.extra = true;
console.log(mapProps);
class MyMap extends Map {}
class MySet extends Set {}
console.log(new MyMap([[1, 2]]), new MySet([1]), new MyMap());
console.log(util.inspect(new Map([[{ a: { b: { c: 1 } } }, 1]]), { depth: 0 }));
console.log([1, 2][Symbol.iterator](), 'str'[Symbol.iterator](), (function* () {})());
console.log(new Map(Array.from({ length: 30 }, (_, i) => [i, 'v' + i])));
console.log(util.inspect(new Set([3, 1, 2]), { sorted: true }));
console.log(Object.assign(Object.create(null), { map: new Map() }));
