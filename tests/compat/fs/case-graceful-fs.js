'use strict';
const fs = require('graceful-fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-gfs-'));
// Many concurrent opens: graceful-fs queues and retries on EMFILE.
let pending = 300;
const results = [];
for (let i = 0; i < 300; i++) {
  fs.writeFile(path.join(dir, `f${i}`), `file ${i}`, (err) => {
    if (err) throw err;
    fs.readFile(path.join(dir, `f${i}`), 'utf8', (err2, data) => {
      if (err2) throw err2;
      results[i] = data;
      if (--pending === 0) {
        console.log(results.length, results[0], results[299], results.every((r, j) => r === `file ${j}`));
        console.log(fs.readdirSync(dir).length, typeof fs.gracefulify, fs.close.name);
        fs.rmSync(dir, { recursive: true });
        console.log(fs.existsSync(dir));
      }
    });
  });
}
