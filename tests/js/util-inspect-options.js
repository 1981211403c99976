// differential
'use strict';
const util = require('util');
const obj = { str: 'text', num: 1, big: 2n, bool: true, undef: undefined, nil: null, sym: Symbol('s'), date: new Date(0), re: /r/, fn() {}, arr: [1], nested: { m: new Map([[1, 2]]) } };
console.log(util.inspect(obj, { colors: true }));
console.log(util.inspect([new Error('e').message, -0, [undefined]], { colors: true }));
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => i * 11), { colors: true }));
console.log(util.inspect({ a: { b: {} } }, { colors: true, depth: 0 }));
console.log(util.inspect(new Set(['s']), { colors: true }), util.inspect(Promise.resolve(1), { colors: true }));
console.log(util.inspect({ a: 1 }, { stylize: () => 'X' }));
console.log(Object.keys(util.inspect.styles).join(), util.inspect.colors.red, util.inspect.colors.grey);
const saved = util.inspect.styles.number;
util.inspect.styles.number = 'blue';
console.log(util.inspect(5, { colors: true }));
util.inspect.styles.number = saved;
util.inspect.defaultOptions.depth = 0;
console.log({ a: { b: 1 } });
util.inspect.defaultOptions.depth = 2;
console.log({ a: { b: 1 } });
try {
  util.inspect.defaultOptions = null;
} catch (e) {
  console.log(e.code, e.message);
}
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: -1 }), util.inspect([[]], { depth: -1 }));
console.log(util.inspect({ custom: { [util.inspect.custom](d, o) { return `${o.myOption}`; } } }, { myOption: 'passed' }));
console.log(util.inspect('a'.repeat(100), { breakLength: 20 }));
console.log(util.inspect({ x: 'a'.repeat(30), y: 'b'.repeat(30), z: 'c'.repeat(30) }, { breakLength: 200 }));
console.log(util.inspect(Array.from({ length: 50 }, (_, i) => i), { compact: 1 }));
console.log(util.inspect(Array.from({ length: 50 }, (_, i) => i), { compact: false }).split('\n').length);
console.log(util.inspect([{ a: 1, b: 2 }, { c: [{ d: 1 }] }], { compact: 1, breakLength: 40 }));
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), util.toUSVString('a\ud800b'));
for (const ST of ['\u0007', '\u001B\u005C', '\u009C']) {
  console.log(util.stripVTControlCharacters(`\u001B]8;;https://example.com/?a=1${ST}link\u001B]8;;${ST} \u001B[1;31mbold red\u001B[0m`));
}
console.log(util.inspect(util.stripVTControlCharacters('\u001B[0;33;49;3;9;4mbar\u001B[0m foo\u001B[2Jbar')));
