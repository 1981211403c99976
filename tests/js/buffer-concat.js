// differential
'use strict';
// Buffer.concat: mixed Uint8Array/Buffer lists, explicit lengths that cut or pad, a
// detached entry, bad lengths and entries (node's codes and messages), long lists.
const ab = new ArrayBuffer(8); const u = new Uint8Array(ab); structuredClone(ab, { transfer: [ab] });
try { const r = Buffer.concat([Buffer.from('ab'), u, Buffer.from('cd')]); console.log(r, r.length); } catch (e) { console.log(e.name, e.message); }
try { const r = Buffer.concat([Buffer.from('ab'), u], 4); console.log(r); } catch (e) { console.log(e.name, e.message); }
console.log(Buffer.concat([new Uint8Array([1,2]), Buffer.from([3])]), Buffer.concat([Buffer.from('abc')], 2), Buffer.concat([Buffer.from('abc')], 5));
try { Buffer.concat([Buffer.from('a')], '3'); } catch (e) { console.log(e.code, e.message); }
try { Buffer.concat(['x'], -1); } catch (e) { console.log(e.code, e.message); }
try { Buffer.concat([new Uint16Array(2)]); } catch (e) { console.log(e.code, e.message); }
const big = Array.from({ length: 300 }, (_, i) => Buffer.alloc(3, i)); const r = Buffer.concat(big); console.log(r.length, r[899], r.byteOffset >= 0);
