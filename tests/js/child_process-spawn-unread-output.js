// differential: a child's piped output that nobody reads is drained after it exits, so
// 'close' still comes; a stream with a 'readable' listener is left alone (no 'close'),
// as in node. stdio with 'ipc' in spawn() gives the child a channel too.
'use strict';
const { spawn } = require('child_process');

if (process.argv[2] === 'ipc-child') {
  process.send({ pid: typeof process.pid, argv: process.argv.slice(3) });
} else {
  const a = spawn('sh', ['-c', 'echo out; echo err >&2; head -c 100000 /dev/zero']);
  a.on('exit', (code) => console.log('a exit', code));
  a.on('close', (code) => {
    console.log('a close', code);
    const b = spawn('sh', ['-c', 'echo out2']);
    b.stdout.on('readable', () => {});
    b.on('exit', (code) => {
      console.log('b exit', code);
      setTimeout(() => {
        console.log('b closed:', b.stdout.destroyed);
        b.stdout.destroy();
        const c = spawn(process.execPath, [__filename, 'ipc-child', 'x'], { stdio: ['pipe', 'inherit', 'inherit', 'ipc'] });
        console.log('c stdio', c.stdio.map((s) => (s === null ? null : typeof s)));
        c.on('message', (m) => console.log('c message', m));
        c.on('close', (code) => console.log('c close', code));
      }, 100);
    });
    b.on('close', () => console.log('b close, after destroy()'));
  });
}
