// differential
'use strict';
// node:test's mock.method/getter/setter: the property replaced in place (also when
// inherited), restore() and restoreAll()/reset() putting the descriptor back, times,
// and the errors for bad arguments.
const { mock } = require('node:test');

function tryIt(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const obj = { x: 1, m(a) { return this.x + a; } };
const m = mock.method(obj, 'm');
console.log(obj.m(2), m === obj.m, m.name, m.mock.calls[0].this === obj, m.mock.calls[0].target);
m.mock.mockImplementation(() => 'replaced');
console.log(obj.m(), Object.getOwnPropertyDescriptor(obj, 'm').value === m);
m.mock.restore();
console.log(obj.m(2), m(), m.mock.callCount());

class P { m() { return 'proto'; } }
const p = new P();
const pm = mock.method(p, 'm', () => 'mocked');
console.log(Object.getOwnPropertyNames(p), Object.getOwnPropertyDescriptor(p, 'm').enumerable, p.m());
pm.mock.restore();
console.log(Object.getOwnPropertyNames(p), p.m(), Object.getOwnPropertyDescriptor(p, 'm'));

const ro = {};
Object.defineProperty(ro, 'f', { value() { return 'ro'; }, writable: false, configurable: true });
const rom = mock.method(ro, 'f', () => 'x');
console.log(Object.getOwnPropertyDescriptor(ro, 'f').writable, ro.f());
rom.mock.restore();
console.log(ro.f());

const acc = { get g() { return 'real'; }, set s(v) { this._s = v; } };
const g = mock.getter(acc, 'g', () => 'fake');
console.log(acc.g, g.mock.callCount(), g.mock.calls[0].this === acc);
const s = mock.setter(acc, 's', function(v) { this._t = v; });
acc.s = 3;
console.log(acc._t, acc._s, s.mock.calls[0].arguments);
const g2 = mock.method(acc, 'g', { getter: true });
console.log(acc.g, g2.name, g2.mock.callCount());
mock.restoreAll();
console.log(acc.g);
acc.s = 4;
console.log(acc._s);

const q = { a() { return 'a'; } };
const qm = mock.method(q, 'a', () => 'b');
mock.reset();
console.log(q.a(), qm());
mock.restoreAll();
console.log(q.a());

const once = { f() { return 'orig'; } };
const om = mock.method(once, 'f', () => 'mocked', { times: 1 });
console.log(once.f(), once.f(), once.f === om, om.mock.callCount());

function fn() {}
const callMock = mock.method(fn, 'call', function() { return 'called'; });
console.log(fn.call(), callMock.mock.callCount(), Object.getOwnPropertyNames(fn).includes('call'));

const sym = Symbol('s');
const withSym = { [sym]() { return 1; } };
mock.method(withSym, sym, () => 2);
console.log(withSym[sym]());

const fixed = {};
Object.defineProperty(fixed, 'z', { value() {}, configurable: false });
tryIt('non-configurable', () => mock.method(fixed, 'z'));
tryIt('object null', () => mock.method(null, 'x'));
tryIt('object number', () => mock.method(1, 'x'));
tryIt('both bad', () => mock.method(null, 1));
tryIt('methodName number', () => mock.method({}, 1));
tryIt('missing', () => mock.method({}, 'x'));
tryIt('not a method', () => mock.method({ x: { a: 1 } }, 'x'));
tryIt('missing symbol', () => mock.method({}, Symbol('q')));
tryIt('implementation', () => mock.method({ x: 1 }, 'x', 1));
tryIt('implementation null', () => mock.method({ x() {} }, 'x', null));
tryIt('options', () => mock.method({ x() {} }, 'x', () => {}, 1));
tryIt('options null', () => mock.method({ x() {} }, 'x', undefined, null));
tryIt('getter type', () => mock.method({ x() {} }, 'x', () => {}, { getter: 1 }));
tryIt('setter type', () => mock.method({ x() {} }, 'x', () => {}, { setter: 1 }));
tryIt('getter and setter', () => mock.method({ x() {} }, 'x', { getter: true, setter: true }));
tryIt('getter on method', () => mock.method({ x() {} }, 'x', () => {}, { getter: true }));
tryIt('setter on getter', () => mock.method({ get x() { return 1; } }, 'x', { setter: true }));
tryIt('times 0', () => mock.method({}, 'x', { times: 0 }));
tryIt('times string', () => mock.method({ x() {} }, 'x', { times: 'a' }));
tryIt('getter false', () => mock.getter({ get x() { return 1; } }, 'x', () => {}, { getter: false }));
tryIt('setter false', () => mock.setter({ set x(v) {} }, 'x', { setter: false }));
tryIt('getter with setter', () => mock.getter({ get x() { return 1; } }, 'x', { setter: true }));
tryIt('getter options null', () => mock.getter({ get x() { return 1; } }, 'x', () => {}, null));
tryIt('getter implementation null', () => mock.getter({ get x() { return 1; } }, 'x', null));
