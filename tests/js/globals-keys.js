// differential: which globals exist, their order and attributes
'use strict';
const keys = Object.keys(globalThis).filter((k) => k !== 'fetch');
console.log(keys.join(' '));
for (const name of ['global', 'globalThis', 'process', 'console', 'setTimeout', 'queueMicrotask',
  'structuredClone', 'performance', 'DOMException', 'EventTarget', 'Event', 'CustomEvent',
  'AbortController', 'AbortSignal', 'TextEncoder', 'TextDecoder', 'navigator']) {
  const value = globalThis[name];
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof value, d === undefined ? 'absent' : `enumerable=${d.enumerable}`);
}
console.log(global === globalThis, globalThis.global === global);
// Globals can be replaced by the program.
globalThis.structuredClone = 5;
console.log(structuredClone);
