// differential
'use strict';
// vm contexts: sandbox and global share properties both ways, builtins are the new
// context's own, var/function declarations land on the sandbox, let/const do not.
const vm = require('vm');

const ctx = vm.createContext({ a: 1 });
console.log(vm.isContext(ctx), vm.isContext({}), vm.createContext(ctx) === ctx);
console.log(vm.runInContext('typeof require + typeof setTimeout + typeof console + typeof globalThis', ctx));
console.log(vm.runInContext('var b = a + 1; this.c = 3; d = 4; b', ctx), JSON.stringify(ctx));
ctx.e = 5;
console.log(vm.runInContext('e + typeof Object + Object.keys(globalThis).join()', ctx));
console.log(vm.runInNewContext('Object') === Object, vm.runInThisContext('Object') === Object);
console.log(vm.runInContext('delete a; typeof a', ctx), 'a' in ctx);

const sb = {};
vm.runInNewContext('function f() { return 1 } var v = 2; let l = 3; const k = 4; class C {}', sb);
console.log(Object.keys(sb), typeof sb.f, sb.v);
console.log(vm.runInNewContext('x', { x: 2 }), vm.runInNewContext('var y = 1; y', {}));
console.log(vm.runInNewContext('"use strict"; try { undeclared = 1 } catch (e) { e.name }'));
console.log(vm.runInNewContext('typeof undefined + NaN'));

// The same script in two contexts, and twice in one.
const s = new vm.Script('x = (typeof x === "number" ? x : 0) + 1');
const c1 = vm.createContext({});
const c2 = vm.createContext({ x: 10 });
s.runInContext(c1); s.runInContext(c1); s.runInContext(c2);
console.log(c1.x, c2.x);

// Errors come from the context's own constructors.
try {
  vm.runInContext('throw new TypeError("x")', ctx);
} catch (e) {
  console.log(e instanceof TypeError, e.name, e.message);
}
try {
  vm.runInNewContext('while (true) {}', {}, { timeout: 20 });
} catch (e) {
  console.log(e.code, e.message);
}

// Objects made in a context keep working outside it.
const foreign = vm.runInNewContext('({ list: [1, 2, 3], sum() { return this.list.reduce((a, b) => a + b) } })');
console.log(Array.isArray(foreign.list), foreign.sum(), JSON.stringify(foreign));
console.log(vm.runInNewContext('a + b', { a: 'x', b: 'y' }));

// codeGeneration: { strings: false } forbids eval.
const noEval = vm.createContext({}, { codeGeneration: { strings: false } });
try {
  vm.runInContext('eval("1")', noEval);
} catch (e) {
  console.log(e.name);
}
