// differential: everyday fs calls, sync and callback, give node's results
'use strict';
const fs = require('fs');
const path = require('path');

const tmp = process.env.TEST_TMPDIR;
const p = (...parts) => path.join(tmp, ...parts);
const rel = (s) => s.split(tmp).join('<tmp>');

fs.writeFileSync(p('a.txt'), 'hello\nworld\n');
fs.appendFileSync(p('a.txt'), Buffer.from('more'));
console.log(JSON.stringify(fs.readFileSync(p('a.txt'), 'utf8')));
console.log(fs.readFileSync(p('a.txt')).length, fs.readFileSync(p('a.txt'), { encoding: 'base64' }));
console.log(fs.readFileSync(p('a.txt'), 'latin1').length, fs.existsSync(p('a.txt')), fs.existsSync(p('no')));

const st = fs.statSync(p('a.txt'));
console.log(st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size, (st.mode & 0o777).toString(8));
console.log(typeof st.mtimeMs, st.mtime instanceof Date, st.atime.getTime() === Math.round(st.atimeMs));
const bst = fs.statSync(p('a.txt'), { bigint: true });
console.log(typeof bst.size, bst.size, typeof bst.mtimeNs, bst.isFile(), bst.constructor.name, st.constructor.name);

console.log(fs.mkdirSync(p('x', 'y', 'z'), { recursive: true }) === p('x'));
console.log(fs.mkdirSync(p('x', 'y'), { recursive: true }));
fs.writeFileSync(p('x', 'y', 'f1'), '1');
fs.writeFileSync(p('x', 'f2'), '22');
console.log(fs.readdirSync(p('x')).sort());
console.log(fs.readdirSync(p('x'), { withFileTypes: true }).map((d) => `${d.name}:${d.isDirectory()}:${d.isFile()}:${rel(d.path)}`).sort());
console.log(fs.readdirSync(p('x'), { recursive: true }).sort());
console.log(fs.readdirSync(p('x'), 'buffer').map((b) => Buffer.isBuffer(b)));

fs.renameSync(p('x', 'f2'), p('x', 'f3'));
fs.copyFileSync(p('x', 'f3'), p('x', 'f4'));
console.log(fs.readFileSync(p('x', 'f4'), 'utf8'), fs.readdirSync(p('x')).sort());
fs.symlinkSync(p('a.txt'), p('link'));
console.log(rel(fs.readlinkSync(p('link'))), fs.lstatSync(p('link')).isSymbolicLink(), fs.statSync(p('link')).isFile());
console.log(rel(fs.realpathSync(p('link'))), rel(fs.realpathSync.native(p('x', '..', 'link'))));
fs.linkSync(p('a.txt'), p('hard'));
console.log(fs.statSync(p('a.txt')).nlink);
fs.truncateSync(p('hard'), 3);
console.log(JSON.stringify(fs.readFileSync(p('a.txt'), 'utf8')));
fs.chmodSync(p('a.txt'), 0o600);
console.log((fs.statSync(p('a.txt')).mode & 0o777).toString(8));
fs.utimesSync(p('a.txt'), 1000, new Date(2000000));
console.log(fs.statSync(p('a.txt')).atimeMs, fs.statSync(p('a.txt')).mtime.toISOString());
fs.accessSync(p('a.txt'), fs.constants.R_OK | fs.constants.W_OK);

const fd = fs.openSync(p('fd.bin'), 'w+');
console.log(fs.writeSync(fd, 'abcdef'), fs.writeSync(fd, Buffer.from('XYZ'), 0, 3, 1));
const buf = Buffer.alloc(6);
console.log(fs.readSync(fd, buf, 0, 6, 0), buf.toString());
console.log(fs.readSync(fd, buf, { position: 2, length: 2 }), buf.toString());
console.log(fs.writevSync(fd, [Buffer.from('12'), Buffer.from('34')], 0), fs.readFileSync(p('fd.bin'), 'utf8'));
console.log(fs.fstatSync(fd).size);
fs.ftruncateSync(fd, 2);
fs.fsyncSync(fd);
fs.closeSync(fd);
console.log(fs.readFileSync(p('fd.bin'), 'utf8'));
const tmpDir = fs.mkdtempSync(p('tmp-'));
console.log(path.basename(tmpDir).length, fs.statSync(tmpDir).isDirectory());
fs.rmSync(p('x'), { recursive: true });
console.log(fs.existsSync(p('x')));
fs.rmdirSync(tmpDir);

// callback forms, in order
fs.writeFile(p('cb.txt'), 'cb data', (err) => {
  console.log('writeFile', err);
  fs.readFile(p('cb.txt'), 'utf8', (err2, data) => {
    console.log('readFile', err2, data);
    fs.stat(p('cb.txt'), (err3, s) => {
      console.log('stat', err3, s.size, s.isFile());
      fs.readdir(tmp, (err4, names) => {
        console.log('readdir', err4, names.sort().filter((n) => !n.startsWith('tmp-')));
        fs.mkdir(p('m', 'n'), { recursive: true }, (err5, first) => {
          console.log('mkdir', err5, rel(first));
          fs.rm(p('m'), { recursive: true }, (err6) => {
            console.log('rm', err6, fs.existsSync(p('m')));
            fs.exists(p('cb.txt'), (ok) => console.log('exists', ok));
          });
        });
      });
    });
  });
});
