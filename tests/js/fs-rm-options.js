// differential: rm/rmdir check their options as node 20 does; recursive rmdir of a file fails ENOTDIR (rmdir), of a missing path ENOENT (lstat)
'use strict';
const fs = require('fs');
const path = require('path');

const dir = process.env.TEST_TMPDIR;
const rel = (s) => String(s).split(dir).join('<tmp>');
process.on('warning', (w) => console.log('warning', w.code));
const show = (name, f) => {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, e.name, e.code, e.syscall, rel(e.message));
  }
};
const file = path.join(dir, 'file');
const missing = path.join(dir, 'missing');
fs.writeFileSync(file, '');
fs.mkdirSync(path.join(dir, 'd'));

show('rmdirSync file recursive', () => fs.rmdirSync(file, { recursive: true }));
show('rmdirSync missing recursive', () => fs.rmdirSync(missing, { recursive: true }));
show('rmdirSync recursive string', () => fs.rmdirSync(file, { recursive: 'x' }));
show('rmdirSync maxRetries string', () => fs.rmdirSync(file, { maxRetries: 'x' }));
show('rmdirSync maxRetries negative', () => fs.rmdirSync(file, { maxRetries: -1 }));
show('rmdirSync retryDelay negative', () => fs.rmdirSync(file, { retryDelay: -1 }));
show('rmdirSync options string', () => fs.rmdirSync(file, 'x'));
show('rmdirSync options null', () => fs.rmdirSync(file, null));
show('rmSync options null', () => fs.rmSync(file, null));
show('rmSync force string', () => fs.rmSync(file, { force: 'x' }));
show('rmSync force undefined', () => fs.rmSync(file, { force: undefined }));
show('rmSync directory', () => fs.rmSync(path.join(dir, 'd')));
show('rmSync missing', () => fs.rmSync(missing));
show('rmSync missing forced', () => fs.rmSync(missing, { force: true }));
show('rmSync missing forced recursive', () => fs.rmSync(missing, { force: true, recursive: true }));

fs.mkdirSync(path.join(dir, 'tree', 'a', 'b'), { recursive: true });
fs.writeFileSync(path.join(dir, 'tree', 'a', 'f'), 'x');
fs.rmSync(path.join(dir, 'tree'), { recursive: true });
console.log('tree removed', !fs.existsSync(path.join(dir, 'tree')));

fs.rmdir(file, { recursive: true }, (err) => {
  console.log('rmdir file recursive', err.code, err.syscall);
  fs.rmdir(missing, { recursive: true }, (err) => {
    console.log('rmdir missing recursive', err.code, err.syscall);
    fs.rm(path.join(dir, 'd'), (err) => {
      console.log('rm directory', err.code, rel(err.message));
      fs.rm(missing, { force: true }, (err) => {
        console.log('rm missing forced', err);
        fs.promises.rmdir(file, { recursive: true }).catch((err) => {
          console.log('promises rmdir file recursive', err.code);
        });
      });
    });
  });
});
