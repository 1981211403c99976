// differential
'use strict';
// --redirect-warnings=file and NODE_REDIRECT_WARNINGS append process warnings to the file
// instead of stderr; when the file cannot be opened they go to stderr.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-warn-'));
const file = path.join(dir, 'warnings.txt');
const script = "process.emitWarning('a bad practice warning');" +
  "process.emitWarning('second', 'DeprecationWarning', 'DEP0X');" +
  "console.log('done')";
const normal = (s) => s.replace(/\(node:\d+\)/g, '(node:PID)').replace(/\(Use `\S+ /g, '(Use `EXE ');

function run(label, args, env) {
  const r = spawnSync(process.execPath, [...args, '-e', script],
                      { env: { ...process.env, ...env }, encoding: 'utf8' });
  const inFile = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '<no file>';
  console.log(`${label}: status ${r.status}, stdout ${JSON.stringify(r.stdout)}`);
  console.log(`  stderr ${JSON.stringify(normal(r.stderr))}`);
  console.log(`  file ${JSON.stringify(normal(inFile))}`);
}

run('flag', [`--redirect-warnings=${file}`], {});
run('flag again (appends)', [`--redirect-warnings=${file}`], {});
fs.rmSync(file);
run('env', [], { NODE_REDIRECT_WARNINGS: file });
fs.rmSync(file);
run('unopenable file', [`--redirect-warnings=${path.join(dir, 'missing', 'w.txt')}`], {});
run('with --no-warnings', ['--no-warnings', `--redirect-warnings=${file}`], {});
fs.rmSync(dir, { recursive: true });
