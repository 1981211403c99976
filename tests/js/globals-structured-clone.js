// differential: structuredClone: what clones, transfer, DataCloneError and argument errors
'use strict';
const log = console.log;
for (const bad of [() => {}, Symbol('s'), { f() {} }, new WeakMap(), Promise.resolve(), Object(Symbol('q'))]) {
  try { structuredClone(bad) } catch (e) { log(e.name, e.code, e.message, e instanceof DOMException) }
}
try { structuredClone() } catch (e) { log(e.name, e.code, e.message) }
log(structuredClone(undefined), structuredClone(null), structuredClone(1));
try { structuredClone(1, 1) } catch (e) { log(e.name, e.code, e.message) }
try { structuredClone(1, { transfer: 1 }) } catch (e) { log(e.name, e.code, e.message) }
try { structuredClone(1, { transfer: [1] }) } catch (e) { log(e.name, e.code, e.message) }
try { const ab = new ArrayBuffer(1); structuredClone(1, { transfer: [ab, ab] }) } catch (e) { log(e.name, e.code, e.message) }
log(structuredClone(1, null), structuredClone(1, undefined), structuredClone(1, {}));
const ab = new ArrayBuffer(8); new Uint8Array(ab)[0] = 7;
const u = new Uint8Array(ab, 1, 3);
const r = structuredClone({ ab, u }, { transfer: [ab] });
log(ab.byteLength, r.ab.byteLength, r.u.buffer === r.ab, r.u.byteOffset, new Uint8Array(r.ab)[0]);
try { structuredClone(ab) } catch (e) { log(e.name, e.code, e.message) }
const o = { a: 1 }; o.self = o;
const c = structuredClone(o); log(c.self === c, c !== o);
const e = structuredClone(new RangeError('bad', { cause: 5 }));
log(e instanceof RangeError, e.name, e.message, e.cause, typeof e.stack);
const e2 = new Error('x'); e2.name = 'Custom'; e2.code = 'E'; const ce = structuredClone(e2); log(ce.name, ce.code, ce.constructor.name);
class K { constructor() { this.x = 1 } get y() { return 2 } } const k = structuredClone(new K()); log(k.constructor.name, k.x, k.y);
const d = structuredClone({ d: new Date(0), re: /a+/gi, m: new Map([[1, { z: 2 }]]), s: new Set([1, 'a']), big: 10n, n: new Number(3), str: new String('s'), dv: new DataView(new ArrayBuffer(4)), f64: new Float64Array([1.5]), arr: [1, , 3], neg0: -0 });
log(d.d.toISOString(), d.re.source, d.re.flags, d.m.get(1).z, [...d.s].join(), d.big, typeof d.n, d.n + 0, d.str + '', d.dv.byteLength, d.f64[0], 1 in d.arr, d.arr.length, Object.is(d.neg0, -0));
const sab = new SharedArrayBuffer(4); const sc2 = structuredClone(sab); new Uint8Array(sab)[0] = 9; log(sc2 instanceof SharedArrayBuffer, new Uint8Array(sc2)[0]);
log(structuredClone.length, structuredClone.name);
