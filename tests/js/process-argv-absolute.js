// differential
'use strict';
// process.argv[1] is the script path made absolute (resolved, not realpath'd), whatever
// form it was given in; -e code and stdin keep their argv as given.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'argv-'));
fs.mkdirSync(path.join(dir, 'sub'));
fs.writeFileSync(path.join(dir, 'main.js'), 'console.log(JSON.stringify(process.argv.slice(1)));');
const strip = (s) => s.split(dir).join('<dir>').trim();
for (const arg of ['main.js', './main.js', 'sub/../main.js', path.join(dir, 'main.js')]) {
  console.log(arg.startsWith(dir) ? '<abs>' : arg,
              strip(execFileSync(process.execPath, [arg, 'x'], { cwd: dir, encoding: 'utf8' })));
}
console.log(strip(execFileSync(process.execPath, ['-e', 'console.log(process.argv.length)', 'a'], { encoding: 'utf8' })));
console.log(strip(execFileSync(process.execPath, ['-', 'y'], { input: 'console.log(process.argv[1])', encoding: 'utf8' })));
fs.rmSync(dir, { recursive: true });
