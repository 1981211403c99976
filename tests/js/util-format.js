// differential
'use strict';
const util = require('util');
const f = util.format;
console.log(f('%s', 'str'), f('%s', 42), f('%s', -0), f('%s', 5n), f('%s', Symbol('x')), f('%s', null), f('%s', undefined));
console.log(f('%s', { a: { b: { c: 1 } } }), f('%s', [1, [2, [3]]]), f('%s', new Date(0)), f('%s', new Map([[1, 2]])));
class WithToString { toString() { return 'custom!'; } }
class Plain { constructor() { this.p = 1; } }
console.log(f('%s', new WithToString()), f('%s', new Plain()), f('%s', { toString() { return 'own'; } }), f('%s', Object.create(null)));
console.log(f('%d', 42), f('%d', '42'), f('%d', 1.5), f('%d', -0), f('%d', 10n), f('%d', {}), f('%d', Symbol('s')), f('%d', '0x10'));
console.log(f('%i', 42.9), f('%i', '-7.5'), f('%i', 10n), f('%i', 'abc'), f('%i', Symbol('s')));
console.log(f('%f', '1.25'), f('%f', 'x'), f('%f', Symbol('s')), f('%f', 3));
console.log(f('%j', { a: [1, 'b'] }), f('%j', 'str'), f('%j', undefined), f('%j', () => {}));
console.log(f('%o', { a: [1, 2] }), f('%O', { a: { b: { c: { d: {} } } } }));
console.log(f('%o', [1, [2]]));
console.log(f('%c styled %c', 'color: red', 'x'), f('100%%'), f('%% %s', 'a'), f('%x %s', 'a'), f('%'), f('%s'));
console.log(f('%s %s', 'only one'), f('a', 'b', 3, { c: 4 }), f(1, 2), f({ a: 1 }, 'str'), f());
console.log(f('%s:%s', 'x'), f('%d%%', 50), f('trailing %', 1), f('%s', 'a', 'extra', ['arr']));
console.log(f('%s', new Error('msg').message), f('%s', [new Plain()]), f('%s', function foo() {}));
console.log(util.formatWithOptions({ colors: true }, '%O and', { a: 1 }, 2));
console.log(util.formatWithOptions({ compact: false }, { a: 1 }));
try {
  util.formatWithOptions(null, 'x');
} catch (e) {
  console.log(e.code, e.message);
}
console.log(f('%s', new Proxy({ p: 1 }, {})), f('%s', 'x'.repeat(3)), f('%d', ''), f('%i', ''));
console.log(f('%s', { a: 1, toString: undefined }), f('%s', [1, 2, 3].map(String)));
console.log(f('%s', -1e21), f('%s', 0.1 + 0.2), f('%d', '1e3'));
