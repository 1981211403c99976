// differential: randomBytes/randomFill/randomInt/randomUUID/getRandomValues shapes, ranges and node's errors
'use strict';
const c = require('crypto');
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message)); }
}
t('bytes', () => { const b = c.randomBytes(16); return [Buffer.isBuffer(b), b.length, b.buffer.byteLength >= 16]; });
t('bytes0', () => c.randomBytes(0).length);
t('bytes-neg', () => c.randomBytes(-1));
t('bytes-big', () => c.randomBytes(2 ** 31));
t('bytes-str', () => c.randomBytes('1'));
t('bytes-nan', () => c.randomBytes(NaN));
t('bytes-cb', () => c.randomBytes(4, 5));
t('distinct', () => c.randomBytes(32).equals(c.randomBytes(32)));
t('fillSync', () => { const b = Buffer.alloc(8); c.randomFillSync(b, 2, 3); return [b[0], b[1], b[5], b[6], b[7]]; });
t('fillSync-ret', () => { const b = new Uint32Array(4); return c.randomFillSync(b) === b; });
t('fillSync-u32', () => { const b = new Uint32Array(4); c.randomFillSync(b, 1, 2); return [b[0], b[3]]; });
t('fillSync-ab', () => c.randomFillSync(new ArrayBuffer(4)).byteLength);
t('fillSync-dv', () => c.randomFillSync(new DataView(new ArrayBuffer(4))).byteLength);
t('fillSync-off', () => c.randomFillSync(Buffer.alloc(4), 5));
t('fillSync-size', () => c.randomFillSync(Buffer.alloc(4), 1, 4));
t('fillSync-u32size', () => c.randomFillSync(new Uint32Array(4), 1, 4));
t('fillSync-offstr', () => c.randomFillSync(Buffer.alloc(4), '1'));
t('fillSync-type', () => c.randomFillSync(5));
t('fillSync-arr', () => c.randomFillSync([1, 2]));
t('fill-nocb', () => c.randomFill(Buffer.alloc(1)));
t('fill-off', () => c.randomFill(Buffer.alloc(4), 5, () => {}));
t('int-range', () => { for (let i = 0; i < 1000; i++) { const n = c.randomInt(3, 7); if (n < 3 || n >= 7 || !Number.isInteger(n)) return n; } return 'in range'; });
t('int-max', () => { for (let i = 0; i < 1000; i++) { const n = c.randomInt(2); if (n !== 0 && n !== 1) return n; } return 'in range'; });
t('int-neg', () => { const n = c.randomInt(-10, -9); return n; });
t('int-order', () => c.randomInt(10, 5));
t('int-eq', () => c.randomInt(5, 5));
t('int-wide', () => c.randomInt(0, 2 ** 48 + 1));
t('int-wide1', () => c.randomInt(2 ** 48 + 1));
t('int-float', () => c.randomInt(1.5));
t('int-str', () => c.randomInt('1'));
t('int-unsafe', () => c.randomInt(2 ** 53, 2 ** 53 + 2));
t('int-cb', () => c.randomInt(-1, 2, 5));
t('int-widest', () => typeof c.randomInt(0, 2 ** 48 - 1));
t('uuid', () => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(c.randomUUID()));
t('uuid-nocache', () => c.randomUUID({ disableEntropyCache: true }).length);
t('uuid-unique', () => new Set(Array.from({ length: 500 }, () => c.randomUUID())).size);
t('uuid-opt', () => c.randomUUID(5));
t('uuid-opt2', () => c.randomUUID({ disableEntropyCache: 1 }));
t('grv', () => c.getRandomValues(new Uint8Array(8)).length);
t('grv-types', () => [Int8Array, Int16Array, Int32Array, Uint16Array, Uint8ClampedArray, BigInt64Array, BigUint64Array]
  .map((T) => c.getRandomValues(new T(2)).length));
t('grv-f32', () => c.getRandomValues(new Float32Array(4)));
t('grv-f64', () => c.getRandomValues(new Float64Array(4)));
t('grv-dv', () => c.getRandomValues(new DataView(new ArrayBuffer(4))));
t('grv-num', () => c.getRandomValues(5));
t('grv-none', () => c.getRandomValues());
t('grv-quota', () => c.getRandomValues(new Uint8Array(65537)));
t('grv-quota-ok', () => c.getRandomValues(new Uint32Array(16384)).length);
t('grv-err', () => { try { c.getRandomValues(new Uint8Array(65537)); } catch (e) { return [e instanceof DOMException, e.name, e.code]; } });
t('web-this', () => c.webcrypto.getRandomValues.call(null, new Uint8Array(2)));
t('global', () => [globalThis.crypto === c.webcrypto, Object.prototype.toString.call(globalThis.crypto)]);
t('global-grv', () => globalThis.crypto.getRandomValues(new Uint16Array(3)).length);
t('global-uuid', () => crypto.randomUUID().length);
// One at a time: thread-pool completions may come back in any order.
c.randomBytes(8, (err, buf) => {
  console.log('async bytes', err, buf.length);
  c.randomFill(new Uint16Array(4), 1, (err, buf) => {
    console.log('async fill', err, buf[0], buf.length);
    c.randomFill(Buffer.alloc(4), 1, 2, (err, buf) => {
      console.log('async fill2', err, buf[0], buf[3]);
      c.randomFill(Buffer.alloc(0), (err, buf) => {
        console.log('async fill0', err, buf.length);
        c.randomInt(10, (err, n) => console.log('async int', err, n >= 0 && n < 10));
      });
    });
  });
});
