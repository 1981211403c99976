// differential
'use strict';
const util = require('util');
const values = [
  'plain', "it's", 'say "hi"', 'both \' and "', 'all \' " ` three', 'tmpl ${x} \' "',
  'tab\there', 'new\nline', '\x00\x01\x1b\x7f\x9f', 'back\\slash', 'lone \ud800 surrogate',
  'pair \ud83d\ude00', '', 0, -0, 1.5, -42, NaN, Infinity, -Infinity, 1e21, 5e-7,
  123456789, 10n, -12345678901234567890n, true, false, undefined, null,
  Symbol('desc'), Symbol(), Symbol.iterator, Symbol.for('registered'),
];
for (const v of values) console.log(util.inspect(v));
console.log(values.slice(0, 12));
console.log(util.inspect(1234567.891, { numericSeparator: true }));
console.log(util.inspect(-1234567n, { numericSeparator: true }));
console.log(util.inspect(123, { numericSeparator: true }), util.inspect(0.0001234, { numericSeparator: true }));
console.log(util.inspect('x'.repeat(30), { maxStringLength: 10 }));
console.log(util.inspect('ab', { maxStringLength: 1 }));
console.log(util.inspect(['line one\nline two\nline three that is long enough to split']));
console.log({ long: 'a\nb'.repeat(30) });
console.log(util.inspect(new String('boxed')), util.inspect(new Number(-0)), util.inspect(new Boolean(false)));
console.log(util.inspect(Object(1n)), util.inspect(Object(Symbol('s'))));
const bs = new String('ab');
bs.extra = 1;
console.log(bs);
