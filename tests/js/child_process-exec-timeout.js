// differential: exec() with a timeout calls back as soon as the shell is killed, even
// while the command it started (which holds the output pipes) is still running; same for
// maxBuffer. The error says killed, SIGTERM, and carries the output so far.
'use strict';
const cp = require('child_process');

const t0 = Date.now();
cp.exec('echo early; sleep 3; echo late', { timeout: 300 }, (err, stdout, stderr) => {
  console.log('timeout: quick', Date.now() - t0 < 2000, err.killed, err.signal, err.code,
    JSON.stringify(stdout), JSON.stringify(stderr), err.message);
  const t1 = Date.now();
  cp.exec('yes | head -c 100000; sleep 3', { maxBuffer: 1000 }, (err, stdout) => {
    console.log('maxBuffer: quick', Date.now() - t1 < 2000, err.code, err.message, stdout.length);
  });
});
