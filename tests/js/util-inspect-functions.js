// differential
'use strict';
const util = require('util');
function named() {}
const anon = [function() {}][0];
console.log(named, anon, () => {}, async function af() {}, async () => {}, function* gen() {}, async function* ag() {});
const withProps = function wp() {};
withProps.a = 1;
withProps.b = { c: 2 };
console.log(withProps);
console.log(Math.max, Array.prototype.push, Function.prototype, Object, Symbol);
const bound = named.bind(null);
console.log(bound, { method() {} }.method, { 'quoted name'() {} }['quoted name']);
const nullProto = function np() {};
Object.setPrototypeOf(nullProto, null);
console.log(nullProto);
const tagged = function tg() {};
tagged[Symbol.toStringTag] = 'T';
console.log(tagged);
Object.defineProperty(named, 'name', { value: 'renamed' });
console.log(named);
const noName = () => {};
Object.defineProperty(noName, 'name', { value: '' });
console.log(noName, [noName]);
console.log(util.inspect(class A { static m() {} }, { showHidden: true }));
console.log({ f: function inner() {}, g: class G {} });
console.log(util.format('%s %s', named, () => 1), util.format('%o', function fo() {}).split('\n')[0]);
console.log(util.types.isAsyncFunction(async () => {}), util.types.isGeneratorFunction(function* () {}), util.types.isGeneratorObject((function* () {})()));
