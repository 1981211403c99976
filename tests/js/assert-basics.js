// differential: assert messages, deep equality and throws/rejects validation
const assert = require('assert');
try { assert.ok(1 === 2); } catch (e) { console.log(e.message); }
try { assert(typeof 1 === 'string', undefined); } catch (e) { console.log(e.message); }
try {
  assert.ok(
    [].length > 0
  );
} catch (e) { console.log(e.message); }
try { assert.strict.equal(1, '1'); } catch (e) { console.log(e.message, e.operator); }
try { assert.ok(); } catch (e) { console.log(e.message); }
try { assert.throws(() => { throw new TypeError('x'); }, RangeError); } catch (e) { console.log(e.message); }
try { assert.throws(() => { throw new TypeError('x'); }, (e) => false); } catch (e) { console.log(e.message); }
try { assert.throws(() => { throw new TypeError('x'); }, 'x'); } catch (e) { console.log(e.code, e.message); }
try { assert.throws('x'); } catch (e) { console.log(e.code, e.message); }
try { assert.equal(1); } catch (e) { console.log(e.code, e.message); }
assert.throws(() => { throw new TypeError('abc'); }, { name: 'TypeError', message: /b/ });
assert.throws(() => { throw new TypeError('abc'); }, TypeError);
assert.deepStrictEqual(new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1]));
assert.deepEqual({ a: 1 }, { a: '1' });
assert.notDeepStrictEqual({ a: 1 }, { a: '1' });
assert.deepStrictEqual(new Map([[{ x: 1 }, 'a']]), new Map([[{ x: 1 }, 'a']]));
const c1 = { a: 1 }; c1.self = c1; const c2 = { a: 1 }; c2.self = c2;
assert.deepStrictEqual(c1, c2);
assert.notDeepStrictEqual([1, 2], [1, 2, 3]);
assert.notDeepStrictEqual(new Date(1), new Date(2));
assert.notDeepStrictEqual(0, -0);
assert.deepEqual(0, -0);
assert.deepStrictEqual(NaN, NaN);
assert.notDeepStrictEqual(Object.create(null), {});
assert.deepEqual(Object.create(null), {});
assert.rejects(Promise.reject(new Error('r')), /r/).then(() => console.log('rejects ok'));
assert.doesNotReject(Promise.resolve(1)).then(() => console.log('dnr ok'));
assert.rejects(Promise.resolve(1)).catch((e) => console.log(e.message));
console.log(require('assert/strict') === assert.strict, typeof assert.CallTracker);
