// differential
'use strict';
// Writes to a stdout pipe whose reader has gone: console.log ignores the EPIPE (the
// process ends normally), a plain write's callback sees it before the one 'error'
// event, and an unhandled 'error' event ends the process with code 1.
const { spawn } = require('child_process');

const scripts = {
  console: 'for (let i = 0; i < 20000; i++) console.log(i); console.error("loop done")',
  order: `setTimeout(() => {
    process.stdout.on('error', (e) => console.error('error event', e.code));
    process.stdout.write('x\\n', (e) => console.error('cb', e && e.code));
    process.stdout.write('y\\n', (e) => console.error('cb2', e && e.code));
    console.error('sync done');
  }, 300);`,
  unhandled: 'setTimeout(() => { process.stdout.write("x\\n"); console.error("written"); }, 300)',
};

function run(name) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', scripts[name]], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader goes away before the child writes
    let err = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => { err += d; });
    child.on('close', (code, signal) => {
      // Only the first stderr line of an uncaught error: its stack differs by runtime.
      const lines = err.split('\n').filter((l) => /^(loop done|cb|error event|sync done|written|Error: write EPIPE)/.test(l));
      console.log(name, 'exit', code, signal, JSON.stringify(lines));
      resolve();
    });
  });
}

(async () => {
  for (const name of Object.keys(scripts)) await run(name);
})();
