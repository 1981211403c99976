// differential
'use strict';
// Many rejections left unhandled in one turn are reported in order, once each; those
// handled late in the same turn are not; a rejection made while reporting is reported in a
// later round; in the default (throw) mode each goes to 'uncaughtException' in turn.
let made = 0;
process.on('uncaughtException', (err, origin) => {
  console.log('uncaught', origin, err.code || err.message);
  if (err.message === 'r2' && made++ === 0) {
    Promise.reject(new Error('made while reporting'));
    console.log('made a new rejection');
  }
});
process.on('exit', (code) => console.log('exit', code));

const late = [];
for (let i = 0; i < 6; i++) {
  const p = Promise.reject(new Error(`r${i}`));
  if (i % 2 === 1) late.push(p);
}
for (const p of late) p.catch(() => {});
Promise.reject('not an error');

// A long burst of rejections that are all handled: nothing is reported for them.
(async () => {
  for (let i = 0; i < 20000; i++) {
    await new Promise((resolve, reject) => reject(i)).then(() => {}, () => {});
  }
  console.log('burst done');
})();
