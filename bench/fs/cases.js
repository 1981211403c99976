'use strict';
// One fs benchmark case per run: node cases.js <case> <dir>. bench/fs/run times each
// case under node and nodus with hyperfine. The data (a 100 MB file, a 10k-entry
// directory) is made once by `run`.
const fs = require('fs');
const path = require('path');

const [which, dir] = process.argv.slice(2);
const big = path.join(dir, 'big.bin');
const many = path.join(dir, 'many');

const cases = {
  readFileSync() {
    if (fs.readFileSync(big).length !== 100 * 1024 * 1024) throw new Error('short read');
  },
  async promisesReadFile() {
    if ((await fs.promises.readFile(big)).length !== 100 * 1024 * 1024) throw new Error('short read');
  },
  writeFileSync() {
    const data = Buffer.alloc(32 * 1024 * 1024, 7);
    for (let i = 0; i < 4; i++) fs.writeFileSync(path.join(dir, 'out.bin'), data);
  },
  statSync() {
    let total = 0;
    for (let i = 0; i < 10000; i++) total += fs.statSync(big).size;
    if (total === 0) throw new Error('no size');
  },
  readdirSync() {
    for (let i = 0; i < 10; i++) {
      if (fs.readdirSync(many).length !== 10000) throw new Error('short listing');
    }
  },
  streamPipe() {
    return new Promise((resolve, reject) => {
      const out = fs.createWriteStream(path.join(dir, 'piped.bin'));
      fs.createReadStream(big).pipe(out).on('finish', resolve).on('error', reject);
    });
  },
};

Promise.resolve(cases[which]()).catch((err) => {
  console.error(err);
  process.exit(1);
});
