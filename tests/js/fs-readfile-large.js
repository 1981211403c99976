// differential
'use strict';
// readFile in its three forms on a file above the size where reads are prefaulted and
// made in one pool job (8 MiB), at a position, on a bad fd; files whose fstat size is 0
// (/proc) or that are empty; and readdir/stat through the binding's shared arrays.
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-readfile-'));
const file = path.join(dir, 'big.bin');
const size = 9 * 1024 * 1024 + 123;
const data = Buffer.alloc(size);
for (let i = 0; i < size; i += 4096) data.writeUInt32LE((i * 2654435761) >>> 0, i);
fs.writeFileSync(file, data);
const digest = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
fs.writeFileSync(path.join(dir, 'empty'), '');

const sync = fs.readFileSync(file);
console.log('sync', sync.length, digest(sync), sync.buffer.byteLength === size);
console.log('sync latin1', fs.readFileSync(file, 'latin1').length);
console.log('empty', fs.readFileSync(path.join(dir, 'empty')).length);
console.log('proc', fs.readFileSync('/proc/self/status', 'utf8').startsWith('Name:'));
console.log('stat', fs.statSync(file).size, fs.statSync(file, { bigint: true }).size,
  fs.lstatSync(dir).isDirectory());

fs.readFile(file, (err, buf) => {
  console.log('callback', err, buf.length, digest(buf));
  fs.readFile('/proc/self/status', 'utf8', (err2, s) => {
    console.log('callback proc', err2, s.startsWith('Name:'));
    fs.promises.readFile(file).then(async (b) => {
      console.log('promise', b.length, digest(b));
      console.log('promise empty', (await fs.promises.readFile(path.join(dir, 'empty'))).length);
      const fd = fs.openSync(file, 'r');
      const into = Buffer.alloc(8 * 1024 * 1024 + 7);
      fs.read(fd, into, 0, into.length, 4096, (err3, n) => {
        console.log('read at 4096', err3, n, into.equals(data.subarray(4096, 4096 + into.length)));
        fs.closeSync(fd);
        fs.read(fd, into, 0, into.length, 0, (err4) => {
          console.log(err4.code, err4.errno, err4.syscall, err4.message);
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  });
});
