// differential
'use strict';
// vm.Script and friends: filenames and line offsets in stacks, displayErrors, code
// caches, compileFunction, and node's validation errors.
const vm = require('vm');

try {
  vm.runInThisContext('let x = 1;\n  foo.bar()', { filename: 'g.vm' });
} catch (e) {
  console.log(JSON.stringify(e.stack.split('\n').slice(0, 6)));
}
try {
  vm.runInThisContext('\n\nnull.x', { filename: 'h.vm', lineOffset: 10, displayErrors: false });
} catch (e) {
  console.log(JSON.stringify(e.stack.split('\n').slice(0, 2)));
}
try {
  new vm.Script('(', { filename: 'f.vm' });
} catch (e) {
  console.log(e.name, JSON.stringify(e.stack.split('\n').slice(0, 5)));
}
console.log(vm.runInThisContext('1 + 1', 'x.js'), new vm.Script('1').runInThisContext());
console.log(Object.keys(new vm.Script('1')), Object.keys(new vm.Script('1', { produceCachedData: true })));

const script = new vm.Script('21 * 2', { produceCachedData: true });
console.log(Buffer.isBuffer(script.cachedData), script.cachedDataProduced);
const data = script.createCachedData();
console.log(Buffer.isBuffer(data), data.length > 0);
const again = new vm.Script('21 * 2', { cachedData: data });
console.log(again.cachedDataRejected, again.runInThisContext());

const fn = vm.compileFunction('return a + b + c', ['a', 'b'], { contextExtensions: [{ c: 10 }] });
console.log(fn(1, 2), fn.name, fn.length);
const inCtx = vm.compileFunction('return typeof Array === typeof q ? q : -1', [],
                                 { parsingContext: vm.createContext({ q: 5 }) });
console.log(inCtx());
const cached = vm.compileFunction('return 1', [], { produceCachedData: true });
console.log(Object.keys(cached), cached.cachedDataProduced, Buffer.isBuffer(cached.cachedData));
try {
  vm.compileFunction('return (', [], { filename: 'cf.js' });
} catch (e) {
  console.log(e.name, e.message);
}

const bad = [
  () => new vm.Script('1', { filename: 1 }),
  () => new vm.Script('1', { lineOffset: 1.5 }),
  () => new vm.Script('1', { cachedData: 1 }),
  () => new vm.Script('1', null),
  () => vm.runInThisContext('1', { timeout: -1 }),
  () => vm.runInThisContext('1', { displayErrors: 1 }),
  () => vm.createContext({}, { name: 1 }),
  () => vm.createContext({}, { microtaskMode: 'x' }),
  () => vm.createContext(1),
  () => vm.runInContext('1', {}),
  () => vm.isContext(1),
  () => vm.compileFunction(1),
  () => vm.compileFunction('', [1]),
  () => vm.compileFunction('', [], { parsingContext: {} }),
  () => vm.compileFunction('', [], { contextExtensions: [1] }),
  () => new vm.Script('1').runInContext({}),
];
for (const f of bad) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
