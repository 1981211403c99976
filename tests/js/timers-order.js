// differential: timers run by delay, equal delays in the order they were set
'use strict';
const log = (m) => console.log(m);
for (const d of [30, 10, 20, 0, 1, 10, 25, 0, 15]) setTimeout(() => log(`delay ${d}`), d);
setTimeout(() => log('negative'), -10);
setTimeout(() => log('NaN'), NaN);
setTimeout(() => log('string "3"'), '3');
// Within one duration timers run in start order even when another duration's timer
// expires earlier: node keeps one list per duration.
const s = Date.now();
setTimeout(() => log('list 40, first'), 40);
setTimeout(() => log('list 41'), 41);
while (Date.now() - s < 3);
setTimeout(() => log('list 40, started 3ms later'), 40);
// Everything is due by the time the loop starts, so the order is the lists' order, not
// how late the loop happens to be.
while (Date.now() - s < 60);
