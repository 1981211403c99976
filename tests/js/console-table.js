// differential
'use strict';
console.table([1, 'two', { three: 3 }]);
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table({ row1: { c1: 1 }, row2: { c2: [1, 2, 3, 4] } });
console.table([{ a: 1, b: 2 }, { a: 3, c: 4 }], ['a']);
console.table([[1, 2], [3, 4, 5]]);
console.table(new Map([['key', { v: 1 }], [{ k: 2 }, 'x']]));
console.table(new Set([1, 'a', [2]]));
console.table(new Map([[1, 2]]).entries());
console.table(new Set(['s']).values());
console.table([{ name: '日本語', w: 'ab' }, { name: 'é', w: 'ｗｉｄｅ' }]);
console.table([{ nested: { deep: { deeper: 1 } }, big: { a: 1, b: 2, c: 3 } }]);
console.table(42);
console.table('str');
console.table(null);
console.table([]);
console.table({});
console.table([{ fn() {}, s: Symbol('t'), n: null, u: undefined }]);
try {
  console.table([], 'bad');
} catch (e) {
  console.log(e.code, e.message);
}
console.group('in group');
console.table([{ g: 1 }]);
console.groupEnd();
