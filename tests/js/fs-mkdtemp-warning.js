// differential: mkdtemp/mkdtempSync warn once per process about prefixes ending in X, and check prefix and encoding as node does
'use strict';
const fs = require('fs');
const path = require('path');

const dir = process.env.TEST_TMPDIR;
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const show = (name, f) => {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, e.name, e.code, e.message.replace(dir, '<tmp>'));
  }
};
const made = fs.mkdtempSync(path.join(dir, 'fooX'));
console.log('sync', path.basename(made).length);
show('encoding', () => fs.mkdtempSync(path.join(dir, 'x'), { encoding: 'bogus' }));
show('prefix type', () => fs.mkdtempSync(5));
show('missing parent', () => fs.mkdtempSync(path.join(dir, 'none', 'x')));
show('buffer result', () => Buffer.isBuffer(fs.mkdtempSync(path.join(dir, 'b'), 'buffer')));
fs.mkdtemp(path.join(dir, 'bar.X'), function(err, folder) {
  console.log('async', err, this, path.basename(folder).length);
  fs.mkdtemp(new URL(`file://${dir}/baz.X`), {}, (err, folder) => {
    console.log('async url', err, path.basename(folder).length);
  });
});
