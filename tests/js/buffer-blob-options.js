// differential
'use strict';
// Blob's options dictionary (null, functions, inherited getters) and endings
// checks; the prototype's property order and enumerability.

for (const options of [undefined, null, 1, 'x', () => {}, [], { type: undefined }, { type: 3 },
  { endings: 'native' }, { endings: 'NATIVE' }, { endings: 1 }, { endings: {} }, { endings: null }]) {
  try {
    const b = new Blob(['a\r\nb'], options);
    console.log('ok', options, JSON.stringify(b.type), b.size);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
Object.defineProperty(Object.prototype, 'type', { configurable: true, get() { return 'Inherited'; } });
console.log(JSON.stringify(new Blob([], {}).type));
delete Object.prototype.type;

for (const C of [Blob, File]) {
  console.log(C.name, Object.getOwnPropertyNames(C.prototype), Object.keys(C.prototype));
  for (const name of Object.getOwnPropertyNames(C.prototype)) {
    const d = Object.getOwnPropertyDescriptor(C.prototype, name);
    console.log(name, d.enumerable, typeof d.value, typeof d.get, d.value && d.value.constructor.name);
  }
}
new Blob(['x']).text.call({}).catch((e) => console.log('text', e.code, e.message));
