// differential
'use strict';
// A SyntaxError from require() gets its "file:line / source / caret" header at the top
// of its stack once, and an uncaught one is reported without repeating it.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arrow-'));
fs.writeFileSync(path.join(dir, 'bad.js'), 'var x = 1;\nfoo bar;\n');
fs.writeFileSync(path.join(dir, 'main.js'),
                 "try { require('./bad.js'); } catch (e) { console.log(e.stack.split('\\n').slice(0, 5).join('|')); }\n" +
                 "require('./bad.js');\n");
const r = spawnSync(process.execPath, ['main.js'], { cwd: dir, encoding: 'utf8' });
const clean = (s) => s.split(dir).join('<dir>').split('\n').filter((l) => !/^\s+at |^Node\.js/.test(l))
  .map((l) => l.replace(/Unexpected identifier.*/, 'Unexpected identifier')).join('\n');
console.log(clean(r.stdout));
console.log(clean(r.stderr));
console.log('status', r.status);
fs.rmSync(dir, { recursive: true });
