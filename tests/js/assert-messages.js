// differential: AssertionError messages (diffs, side-by-side, regexp mismatch, validation objects) and fields
const assert = require('assert');
function t(f) { try { f(); } catch (e) { console.log(JSON.stringify(e.message)); console.log(e.generatedMessage, e.code, e.operator, e.name); } }
t(() => assert.strictEqual(1, 2));
t(() => assert.strictEqual('a', 'b'));
t(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 2, b: [1, 2] }));
t(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
t(() => assert.equal(1, 2));
t(() => assert.notStrictEqual(1, 1));
t(() => assert.deepEqual({ a: 1 }, { a: 2 }));
t(() => assert.ok(false));
t(() => assert(0));
t(() => assert.ok(null, 'custom'));
t(() => assert.throws(() => {}));
t(() => assert.throws(() => { throw new Error('x'); }, /y/));
t(() => assert.throws(() => { throw new Error('x'); }, { message: 'y' }));
t(() => assert.match('abc', /x/));
t(() => assert.fail());
t(() => assert.fail('boom'));
t(() => assert.ifError(new Error('e1')));
t(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
t(() => assert.strictEqual({ a: 1 }, { a: 1 }));
t(() => assert.doesNotThrow(() => { throw new Error('q'); }));
t(() => assert.strictEqual(1, '1'));
t(() => assert.deepStrictEqual(1, 2));
t(() => assert.notEqual(1, 1));
