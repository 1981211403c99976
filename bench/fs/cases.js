'use strict';
// One fs benchmark case per run: node cases.js <case> <dir>. bench/fs/run times each
// case under node and nodus with hyperfine (whole processes, start-up included; the
// same script and the same files for both; warmup runs leave the files in the page
// cache, so the cases measure the runtime and the kernel's copies, not the disk). The
// data (a 100 MB file of random bytes, a directory of 10k empty files) is made once by
// `run`. What each case does:
//   readFileSync       read the 100 MB file into one Buffer
//   promisesReadFile   the same with fs.promises.readFile
//   writeFileSync      make a 32 MB Buffer, write it to a file 4 times (truncating)
//   statSync           10,000 fs.statSync of one file
//   readdirSync        list the 10k-entry directory 10 times
//   streamPipe         createReadStream(100 MB file).pipe(createWriteStream), 64 KiB chunks
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
