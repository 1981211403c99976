// differential: Buffer() warns DEP0005 once, only for code outside node_modules (the warning's stack names the caller)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-buffer-dep-'));
fs.mkdirSync(path.join(dir, 'node_modules', 'dep'), { recursive: true });
fs.writeFileSync(path.join(dir, 'node_modules', 'dep', 'index.js'),
                 'module.exports = () => new Buffer(4).length;\n');
fs.writeFileSync(path.join(dir, 'app_caller.js'),
                 'module.exports = () => Buffer("ab").length;\n');
let warnings = 0;
process.on('warning', (w) => {
  warnings++;
  console.log(w.name, w.code, w.stack.includes('app_caller.js'));
});
console.log(require(path.join(dir, 'node_modules', 'dep'))());
setImmediate(() => {
  console.log('after dependency call:', warnings);
  const app = require(path.join(dir, 'app_caller.js'));
  console.log(app(), app());
  setImmediate(() => {
    console.log('after app calls:', warnings);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
