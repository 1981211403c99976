// differential
'use strict';
// process.stdin's class as node's: a Socket on a pipe, an fs ReadStream on a file; a
// stream.Readable either way, read to its end.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const child = `
const { Readable } = require('stream');
const chunks = [];
console.log(process.stdin.constructor.name, process.stdin instanceof Readable, process.stdin.fd);
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => console.log('read', JSON.stringify(Buffer.concat(chunks).toString())));
`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stdio-stdin-'));
try {
  const file = path.join(dir, 'in.txt');
  fs.writeFileSync(file, 'from a file\n');
  const fd = fs.openSync(file, 'r');
  for (const [label, stdin, input] of [['pipe', 'pipe', 'from a pipe\n'], ['file', fd, undefined]]) {
    const r = spawnSync(process.execPath, ['-e', child], { stdio: [stdin, 'pipe', 'pipe'], input, encoding: 'utf8' });
    console.log(label, r.status, r.stdout.trim().split('\n').join(' | '), r.stderr);
  }
  fs.closeSync(fd);
} finally {
  fs.rmSync(dir, { recursive: true });
}
