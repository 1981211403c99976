// differential: intervals repeat until cleared, from inside or outside their callback
'use strict';
let n = 0;
const iv = setInterval((a, b) => {
  n++;
  console.log('interval', n, a, b);
  if (n === 4) clearInterval(iv);
}, 2, 'x', 'y');
let m = 0;
const iv2 = setInterval(() => {
  m++;
  // Cleared with clearTimeout; checked at exit (its timing against `iv` is not under test).
  if (m === 2) clearTimeout(iv2);
}, 1);
const iv3 = setInterval(() => console.log('never'), 1);
clearInterval(iv3);
// clearTimeout and clearInterval are interchangeable, and take ids.
const t = setTimeout(() => console.log('never: cleared by number'), 1);
clearInterval(+t);
const t2 = setTimeout(() => console.log('never: cleared by string id'), 1);
clearTimeout(String(t2[Symbol.toPrimitive]()));
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearInterval(12345);
clearImmediate(undefined);
clearImmediate({});
process.on('exit', () => console.log('done', n, m, iv._destroyed, iv._idleTimeout));
