// differential: truncate/ftruncate and their Sync forms check len as node 20 does, clamp negative lengths to 0 and warn once about fds
'use strict';
const fs = require('fs');
const path = require('path');

const file = path.join(process.env.TEST_TMPDIR, 'trunc.txt');
const show = (name, f) => {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
};
const size = () => fs.statSync(file).size;
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));

fs.writeFileSync(file, 'Hello');
const fd = fs.openSync(file, 'r+');
for (const len of ['', false, null, {}, [], 1.5, -1.5, 2 ** 53]) {
  show(`truncate ${String(len)}`, () => fs.truncate(file, len, () => {}));
  show(`truncateSync ${String(len)}`, () => fs.truncateSync(file, len));
  show(`ftruncate ${String(len)}`, () => fs.ftruncate(fd, len, () => {}));
  show(`ftruncateSync ${String(len)}`, () => fs.ftruncateSync(fd, len));
}
for (const bad of ['', null, undefined, {}]) {
  show(`ftruncate fd ${String(bad)}`, () => fs.ftruncate(bad, 1, () => {}));
}
show('truncateSync missing', () => fs.truncateSync(path.join(process.env.TEST_TMPDIR, 'none'), 'x'));

fs.truncateSync(file, 3);
console.log('truncateSync 3', size());
fs.truncateSync(file, -1);
console.log('truncateSync -1', size());
fs.truncateSync(file, 8);
console.log('truncateSync 8', size());
fs.truncateSync(file);
console.log('truncateSync default', size());
fs.writeFileSync(file, 'Hello');
fs.truncateSync(fd, 2);
fs.truncateSync(fd, 1);
console.log('truncateSync fd', size());

fs.truncate(file, undefined, (err) => {
  console.log('truncate undefined', err, size());
  fs.truncate(path.join(process.env.TEST_TMPDIR, 'none'), 0, (err) => {
    console.log('truncate missing', err.code, err.syscall, path.basename(err.path));
    fs.ftruncate(fd, undefined, (err) => {
      console.log('ftruncate undefined', err, size());
      fs.closeSync(fd);
    });
  });
});
