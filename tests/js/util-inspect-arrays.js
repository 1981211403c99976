// differential
'use strict';
const util = require('util');
console.log([], [1, 2, 3], [[]], [[1, [2, [3, [4]]]]]);
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 30 }, (_, i) => i * 1000));
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)));
console.log(Array.from({ length: 7 }, (_, i) => -i * 3.5));
console.log([1, , 3], [, , 1], new Array(5), [1, 2, , , , 6, , ]);
const withProps = [1, 2];
withProps.name = 'x';
withProps[-1] = 'neg';
console.log(withProps);
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: 3 }));
console.log(util.inspect([1, 2, 3], { maxArrayLength: 0 }));
console.log(util.inspect(new Array(200), { maxArrayLength: 2 }));
console.log([undefined, null, NaN, 'str', Symbol('s'), 10n, true]);
console.log([{ a: 1, b: { c: 2 } }, [1, [2]]]);
console.log(Array.from({ length: 12 }, (_, i) => ({ i })));
console.log(Array.from({ length: 8 }, (_, i) => 'item number ' + i));
console.log(Array.from({ length: 40 }, (_, i) => BigInt(i) ** 5n));
console.log(Array.from({ length: 9 }, (_, i) => (i % 2 ? 'x' : 1)));
class MyArray extends Array {}
console.log(MyArray.from([1, 2]), new MyArray());
console.log(util.inspect([[[[['deep']]]]], { depth: 1 }));
console.log(util.inspect([1, 2, 3], { showHidden: true }));
console.log((function() { return arguments; })(1, 'a'));
