// differential
'use strict';
// readdir lists names in byte order (libuv's scandir order): names sharing long
// prefixes, non-ASCII names, many entries, with and without file types, sync and async.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-readdir-'));
const names = ['b', 'a', 'B', 'Z', '_x', '.hidden', 'é', 'ü', '日本', 'a b',
  'prefix-common-0002', 'prefix-common-0010', 'prefix-common-001', 'prefix-common-',
  'prefixx', 'prefix', 'aaaaaaaab', 'aaaaaaaa', 'aaaaaaa', 'aaaaaaaaa'];
for (let i = 0; i < 300; i++) names.push(`n${(i * 7919) % 1000}`);
for (const n of new Set(names)) fs.writeFileSync(path.join(dir, n), '');
fs.mkdirSync(path.join(dir, 'sub'));
fs.symlinkSync('b', path.join(dir, 'link'));

const sync = fs.readdirSync(dir);
console.log(sync.length, JSON.stringify(sync.slice(0, 40)), JSON.stringify(sync.slice(-12)));
const typed = fs.readdirSync(dir, { withFileTypes: true });
console.log(typed.filter((d) => d.isDirectory()).map((d) => d.name),
  typed.filter((d) => d.isSymbolicLink()).map((d) => d.name),
  typed.filter((d) => d.isFile()).length);
console.log(JSON.stringify(fs.readdirSync(dir, 'buffer').slice(0, 3)));
console.log(fs.readdirSync(path.join(dir, 'sub')));
try {
  fs.readdirSync(path.join(dir, 'b'));
} catch (err) {
  console.log(err.code, err.syscall, err.message.replace(dir, 'DIR'));
}
try {
  fs.readdirSync(path.join(dir, 'missing'));
} catch (err) {
  console.log(err.code, err.errno, err.syscall, err.message.replace(dir, 'DIR'));
}
fs.readdir(dir, (err, list) => {
  console.log('async same order', err, JSON.stringify(list) === JSON.stringify(sync));
  fs.promises.readdir(dir, { withFileTypes: true }).then((ents) => {
    console.log('promise same order', JSON.stringify(ents.map((d) => d.name)) === JSON.stringify(sync));
    fs.rmSync(dir, { recursive: true });
  });
});
