'use strict';
// fs.cp and fs.rm on a 1,000-file tree, sync and async, checked file by file.
const fs = require('fs');
const path = require('path');
const os = require('os');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-tree-'));
const src = path.join(root, 'src');
for (let d = 0; d < 10; d++) {
  for (let s = 0; s < 10; s++) {
    const dir = path.join(src, `d${d}`, `s${s}`);
    fs.mkdirSync(dir, { recursive: true });
    for (let f = 0; f < 10; f++) fs.writeFileSync(path.join(dir, `f${f}.txt`), `${d}/${s}/${f}`);
  }
}
const list = (dir) => fs.readdirSync(dir, { recursive: true }).sort();
const files = list(src).filter((p) => p.endsWith('.txt'));
console.log('files', files.length);

fs.cpSync(src, path.join(root, 'copy-sync'), { recursive: true });
const same = (dst) => files.every((f) => fs.readFileSync(path.join(dst, f), 'utf8') === fs.readFileSync(path.join(src, f), 'utf8'));
console.log('cpSync', list(path.join(root, 'copy-sync')).length, same(path.join(root, 'copy-sync')));

fs.cp(src, path.join(root, 'copy-async'), { recursive: true }, (err) => {
  console.log('cp', err, list(path.join(root, 'copy-async')).length, same(path.join(root, 'copy-async')));
  fs.rmSync(path.join(root, 'copy-sync'), { recursive: true });
  console.log('rmSync', fs.existsSync(path.join(root, 'copy-sync')));
  fs.rm(path.join(root, 'copy-async'), { recursive: true }, (err2) => {
    console.log('rm', err2, fs.existsSync(path.join(root, 'copy-async')));
    fs.promises.cp(src, path.join(root, 'copy-promise'), { recursive: true, filter: (s) => !s.endsWith('f9.txt') })
      .then(() => {
        console.log('promises.cp filtered', list(path.join(root, 'copy-promise')).filter((p) => p.endsWith('.txt')).length);
        return fs.promises.rm(root, { recursive: true });
      })
      .then(() => console.log('cleaned', fs.existsSync(root)));
  });
});
