// differential
'use strict';
// process.stdout and stderr are stream.Writable instances (a Socket on a pipe, a
// SyncWriteStream on a file): the stream API works on them, listeners added before the
// stream API is first touched stay, and end() finishes it.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const child = `
const stream = require('stream');
const out = process.stdout;
out.on('custom', (v) => console.error('custom listener still there', v));
console.log('kind', out.constructor.name, process.stderr.constructor.name, out.fd, out.isTTY);
console.log('state', out.writable, out.writableEnded, out.writableLength, out.writableHighWaterMark,
  out.writableObjectMode, out.writableCorked, out.destroyed);
console.log('instanceof', out instanceof stream.Writable, out instanceof stream.Stream,
  process.stderr instanceof stream.Writable);
out.emit('custom', 1);
out.write(Buffer.from('a buffer\\n'));
out.write('hex 6869\\n'.replace('6869', Buffer.from('hi').toString('hex')));
out.write('cb\\n', (err) => console.error('write cb', err));
stream.Readable.from(['piped ', 'chunks\\n']).pipe(out, { end: false }).on('unpipe', () => {
  console.error('unpiped');
});
stream.pipeline(stream.Readable.from(['pipeline\\n']), new stream.PassThrough(), (err) => {
  console.error('pipeline done', err);
  out.on('finish', () => console.error('finish'));
  out.once('close', () => console.error('close'));
  out.end('last line\\n', () => {
    console.error('end cb', out.writableEnded);
    out.write('too late\\n', (err) => console.error('late write', err.code));
  });
}).pipe(out, { end: false });
out.on('error', (err) => console.error('error event', err.code));
`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stdio-writable-'));
try {
  const file = path.join(dir, 'out.txt');
  for (const target of ['pipe', 'file']) {
    console.log(`--- stdout is a ${target}`);
    const fd = target === 'file' ? fs.openSync(file, 'w') : 'pipe';
    const r = spawnSync(process.execPath, ['-e', child], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    if (target === 'file') fs.closeSync(fd);
    process.stdout.write(target === 'file' ? fs.readFileSync(file, 'utf8') : r.stdout);
    console.log('stderr:');
    process.stdout.write(r.stderr);
    console.log('exit', r.status);
  }
} finally {
  fs.rmSync(dir, { recursive: true });
}
