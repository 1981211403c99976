// differential
'use strict';
// fill() checks the end against the bytes the Buffer really has, even when its `length`
// was redefined: ERR_BUFFER_OUT_OF_BOUNDS for every kind of value.
for (const v of ['ab', Buffer.from('xy'), 'a', 5, '']) {
  const buf = Buffer.from('w00t');
  Object.defineProperty(buf, 'length', { value: 1337, enumerable: true });
  try {
    buf.fill(v);
    console.log('filled', buf);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const b = Buffer.alloc(8);
console.log(b.fill('ab', 1, 6), b.fill(Buffer.from([1, 2, 3]), 5));
try { b.fill('x', 0, 9); } catch (e) { console.log(e.code, e.message); }
