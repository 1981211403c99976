// differential: refresh() restarts the countdown and revives a timeout that has fired
'use strict';
const s = Date.now();
const log = (m) => console.log(m);
let fired = 0;
const t = setTimeout(() => {
  fired++;
  log(`fired ${fired}, late enough: ${Date.now() - s >= 219}`);
  if (fired === 1) t.refresh();
}, 200);
setTimeout(() => {
  log('refreshing at 20ms');
  t.refresh();
  console.log(t.refresh() === t);
}, 20);
const cleared = setTimeout(() => log('never'), 1);
clearTimeout(cleared);
cleared.refresh();
process.on('exit', () => log(`exit, fired ${fired}`));
