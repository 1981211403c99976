'use strict';
// console.time/timeLog/timeEnd print node's duration format ("label: 1.234ms", with
// trailing zeros dropped) and extra timeLog data; labels are stringified.
const { Console } = require('console');
const EventEmitter = require('events');
const lines = [];
const sink = Object.assign(new EventEmitter(), { write(s) { lines.push(s); } });
const c = new Console(sink);
c.time('t');
c.timeLog('t', 'extra', { a: 1 });
c.timeEnd('t');
c.time();
c.timeEnd();
c.time(42);
c.timeEnd(42);
const start = Date.now();
c.time('slow');
while (Date.now() - start < 1100);
c.timeEnd('slow');
const patterns = [
  /^t: \d+(\.\d{1,3})?ms extra \{ a: 1 \}\n$/,
  /^t: \d+(\.\d{1,3})?ms\n$/,
  /^default: \d+(\.\d{1,3})?ms\n$/,
  /^42: \d+(\.\d{1,3})?ms\n$/,
  /^slow: 1\.\d{3}s\n$/,
];
let failed = lines.length !== patterns.length;
patterns.forEach((re, i) => {
  if (!re.test(lines[i] || '')) {
    failed = true;
    console.log(`FAIL line ${i}: expected ${re}, saw ${JSON.stringify(lines[i])}`);
  }
});
if (failed) {
  console.log('saw', lines);
  process.exit(1);
}
console.log('console time ok');
