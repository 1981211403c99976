// differential: unref'd timers and immediates do not keep the process alive
'use strict';
let ticks = 0;
const iv = setInterval(() => { ticks++; }, 2).unref();
console.log('unref returns the timer', iv.hasRef() === false);
setTimeout(() => {
  console.log('ref timeout fired; interval ran', ticks > 0 ? 'before it' : 'never');
  // Now only the unref'd interval is left: the process exits.
}, 30);
const never = setTimeout(() => console.log('never: unref timeout'), 10000);
never.unref();
// An unref'd immediate still runs while timers keep the loop alive; its order against
// the timers is not under test here.
let immediateRan = false;
const imm = setImmediate(() => { immediateRan = true; });
imm.unref();
console.log(imm.hasRef(), imm.ref().hasRef(), imm.unref().hasRef());
const t = setTimeout(() => console.log('ref again, runs'), 5);
t.unref();
t.ref();
console.log(t.hasRef());
process.on('exit', (c) => console.log('exit', c, immediateRan));
