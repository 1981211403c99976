// differential: exec/execFile output: decoded with the encoding (multi-byte characters
// split across chunks survive), as Buffers with 'buffer', joined strings after the user's
// own setEncoding(), and maxBuffer cutting the output and killing the child
'use strict';
const cp = require('child_process');

// 3-byte characters written one byte at a time: chunks split inside characters.
const split = `printf '\\344\\270'; sleep 0.05; printf '\\255\\346'; sleep 0.05; printf '\\226\\207\\n'`;
cp.exec(split, (err, stdout) => {
  console.log('utf8', err, JSON.stringify(stdout));
  cp.exec(split, { encoding: 'buffer' }, (err, stdout) => {
    console.log('buffer', err, stdout);
    const c = cp.exec('echo one; echo two >&2', { encoding: 'buffer' }, (err, stdout, stderr) => {
      console.log('setEncoding', err, JSON.stringify(stdout), stderr);
      cp.execFile('sh', ['-c', 'echo 1234567890; sleep 5'], { maxBuffer: 4 }, (err, stdout, stderr) => {
        console.log('maxBuffer', err.code, err.message, err.killed, err.signal, JSON.stringify(stdout), JSON.stringify(stderr));
        cp.exec('printf 中文测试', { maxBuffer: 6 }, (err, stdout) => {
          console.log('maxBuffer utf8', err && err.code, JSON.stringify(stdout));
        });
      });
    });
    c.stdout.setEncoding('latin1');
  });
});
