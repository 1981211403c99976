// differential
'use strict';
// Resolution caches do not hide files that appear later: a failed require() is not
// remembered, a file written afterwards is found, and after deleting its require.cache
// entry a changed file is read again (node caches hits only).
const fs = require('fs');
const path = require('path');
const dir = path.join(process.env.TEST_TMPDIR || require('os').tmpdir(), 'module-files-change');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const norm = (s) => String(s).split(dir).join('<dir>');
const target = path.join(dir, 'late.js');

try {
  require(target);
} catch (err) {
  console.log('before:', err.code, norm(err.message.split('\n')[0]));
}
fs.writeFileSync(target, 'module.exports = "first";');
console.log('after write:', require(target));
fs.writeFileSync(target, 'module.exports = "second";');
console.log('cached:', require(target));
delete require.cache[target];
console.log('after delete:', require(target));

// A directory that gains an index.js, and a package that gains a package.json.
const pkg = path.join(dir, 'pkg');
fs.mkdirSync(pkg);
try {
  require(pkg);
} catch (err) {
  console.log('empty dir:', err.code);
}
fs.writeFileSync(path.join(pkg, 'index.js'), 'module.exports = "index";');
console.log('dir index:', require(pkg));
setTimeout(() => {
  // Later, outside the main module's body.
  fs.writeFileSync(path.join(dir, 'later.js'), 'module.exports = "later";');
  console.log('in a timer:', require(path.join(dir, 'later.js')));
  fs.rmSync(dir, { recursive: true, force: true });
}, 1);
