// differential: a custom message on strictEqual/deepStrictEqual keeps node 20's diff under it (not for reference-equal failures); '' counts as no message
'use strict';
const a = require('assert');
const cases = [() => a.strictEqual([], [], 'm'), () => a.notDeepStrictEqual({ a: 1 }, { a: 1 }, 'm'), () => a.deepEqual({ a: 1 }, { a: 2 }, 'm'),
  () => a.strictEqual(1, 2, ''), () => a.strictEqual(NaN, 0, 'm'), () => a.deepStrictEqual([1, 2, 3], [1, 2, 4], 'multi\nline'),
  () => a.strict.equal(1, 2, 'm'), () => a.strictEqual('a'.repeat(10), 'b', 'm'), () => a.deepStrictEqual(new Set([1]), new Set([2]), 'm'),
  () => a.strictEqual(1, '1', 'm'), () => a.strictEqual(true, false, 5),
  () => a.strictEqual(1, 2, undefined), () => a.deepStrictEqual(1, 2, 'm'), () => a.strictEqual({ a: 1 }, { a: 1 }, 'm')];
for (const f of cases) try { f(); console.log('no throw'); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage); }
const { AssertionError } = a;
for (const message of ['', 'm', undefined]) {
  for (const [actual, expected, operator] of [[1, 2, 'strictEqual'], [[], [], 'strictEqual'], [{ a: 1 }, { a: 2 }, 'deepStrictEqual'], [1, 2, 'notStrictEqual'], [1, 2, '==']]) {
    const e = new AssertionError({ message, actual, expected, operator });
    console.log(JSON.stringify([message, operator, e.message, e.generatedMessage]));
  }
}
