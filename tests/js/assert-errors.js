// differential: assertion messages compare errors without their stacks
'use strict';
const assert = require('assert');
const a = new TypeError('foo'); const b = new TypeError('foo'); a.foo = 'bar'; b.foo = 'baz.';
try { assert.throws(() => assert.throws(() => assert.deepStrictEqual(a, b), { operator: 'throws', message: 'x' })); } catch (e) { console.log('outer', JSON.stringify(e.message)); }
try { assert.throws(() => assert.deepStrictEqual(a, b), { operator: 'throws', message: 'x' }); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.deepStrictEqual(new Error('a'), new Error('b')); } catch (e) { console.log(e.actual instanceof Error, Object.hasOwn(e.actual, 'stack'), e.message); }
try { assert.strictEqual(new Error('a'), new Error('a')); } catch (e) { console.log(Object.hasOwn(e.expected, 'stack'), e.message); }
