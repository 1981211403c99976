// differential
'use strict';
// execFileSync/execSync: without a stdio option the child's stderr is captured, copied to
// our stderr and put in the error's message; with one it goes where stdio says.
const cp = require('child_process');

const exe = process.execPath;
const failing = ['-e', 'console.error("E1"); console.log("O1"); process.exit(3)'];
const shown = (msg) => JSON.stringify(msg.split(exe).join('<exe>'));

for (const opts of [undefined, { stdio: 'pipe' }, { stdio: ['pipe', 'pipe', 'pipe'] },
  { stdio: ['pipe', 'pipe', 'inherit'] }, { encoding: 'utf8' }]) {
  try {
    cp.execFileSync(exe, failing, opts);
    console.log('execFileSync did not throw');
  } catch (e) {
    console.log('execFileSync', JSON.stringify(opts), shown(e.message), e.status,
      e.stdout === null ? null : String(e.stdout), e.stderr === null ? null : String(e.stderr));
  }
  try {
    cp.execSync(`${exe} -e 'console.error("E2"); process.exit(2)'`, opts);
    console.log('execSync did not throw');
  } catch (e) {
    console.log('execSync', JSON.stringify(opts), shown(e.message), e.status);
  }
}
// A child that succeeds: stdout is returned, stderr still reaches ours.
console.log(JSON.stringify(String(cp.execFileSync(exe, ['-e', 'console.error("E3"); console.log("ok")']))));
// A missing entry point: node's "Cannot find module" is in the message.
try {
  cp.execFileSync(exe, ['no-such-entry-point.js'], { stdio: 'pipe' });
} catch (e) {
  console.log(/Error: Cannot find module/.test(e.message), e.status);
}
