// differential: fs error paths give node's code, errno, syscall, path, dest and message
'use strict';
const fs = require('fs');
const path = require('path');

const tmp = process.env.TEST_TMPDIR;
const file = path.join(tmp, 'file.txt');
const dir = path.join(tmp, 'dir');
fs.writeFileSync(file, 'data');
fs.mkdirSync(dir);
fs.writeFileSync(path.join(dir, 'inside'), 'x');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    const props = ['code', 'errno', 'syscall', 'path', 'dest'].map((k) => `${k}=${e[k]}`).join(' ');
    console.log(`${label}: ${e.name}: ${e.message} | ${props}`);
  }
}

// missing file
show('open missing', () => fs.openSync(path.join(tmp, 'nope'), 'r'));
show('readFile missing', () => fs.readFileSync(path.join(tmp, 'nope')));
show('readFile utf8 missing', () => fs.readFileSync(path.join(tmp, 'nope'), 'utf8'));
show('stat missing', () => fs.statSync(path.join(tmp, 'nope')));
show('lstat missing', () => fs.lstatSync(path.join(tmp, 'nope')));
show('stat throwIfNoEntry', () => console.log(fs.statSync(path.join(tmp, 'nope'), { throwIfNoEntry: false })));
show('unlink missing', () => fs.unlinkSync(path.join(tmp, 'nope')));
show('rename missing', () => fs.renameSync(path.join(tmp, 'nope'), path.join(tmp, 'other')));
show('copyFile missing', () => fs.copyFileSync(path.join(tmp, 'nope'), path.join(tmp, 'other')));
show('readdir missing', () => fs.readdirSync(path.join(tmp, 'nope')));
show('rmdir missing', () => fs.rmdirSync(path.join(tmp, 'nope')));
show('readlink missing', () => fs.readlinkSync(path.join(tmp, 'nope')));
show('realpath missing', () => fs.realpathSync(path.join(tmp, 'nope', 'deeper')));
show('realpath.native missing', () => fs.realpathSync.native(path.join(tmp, 'nope')));
show('access missing', () => fs.accessSync(path.join(tmp, 'nope')));
show('truncate missing', () => fs.truncateSync(path.join(tmp, 'nope')));
show('rm missing', () => fs.rmSync(path.join(tmp, 'nope')));
show('rm missing force', () => fs.rmSync(path.join(tmp, 'nope'), { force: true }));
show('chmod missing', () => fs.chmodSync(path.join(tmp, 'nope'), 0o644));
show('utimes missing', () => fs.utimesSync(path.join(tmp, 'nope'), 1, 1));
show('link missing', () => fs.linkSync(path.join(tmp, 'nope'), path.join(tmp, 'l')));
show('mkdtemp missing', () => fs.mkdtempSync(path.join(tmp, 'nope', 'x-')));
// permission denied / not permitted (as root too)
show('open EACCES', () => fs.writeFileSync('/sys/kernel/nodus-test', 'y'));
show('unlink EPERM', () => fs.unlinkSync('/proc/version'));
// not a directory
show('readdir file', () => fs.readdirSync(file));
show('open through file', () => fs.openSync(path.join(file, 'x'), 'r'));
show('mkdir recursive through file', () => fs.mkdirSync(path.join(file, 'a', 'b'), { recursive: true }));
// directory not empty, exists, is a directory
show('rmdir not empty', () => fs.rmdirSync(dir));
show('mkdir exists', () => fs.mkdirSync(dir));
show('rm dir', () => fs.rmSync(dir));
show('readFile dir', () => fs.readFileSync(dir));
show('open dir for writing', () => fs.openSync(dir, 'w'));
show('symlink exists', () => fs.symlinkSync(file, dir));
show('open wx exists', () => fs.openSync(file, 'wx'));
show('copyFile excl', () => fs.copyFileSync(file, path.join(dir, 'inside'), fs.constants.COPYFILE_EXCL));
// bad fd
show('close bad fd', () => fs.closeSync(9999));
show('fstat bad fd', () => fs.fstatSync(9999));
show('read bad fd', () => fs.readSync(9999, Buffer.alloc(4), 0, 4, 0));
show('write bad fd', () => fs.writeSync(9999, 'x'));
show('fsync bad fd', () => fs.fsyncSync(9999));
// bad arguments
show('path number', () => fs.statSync(1));
show('path null', () => fs.readFileSync(null));
show('path object', () => fs.openSync({}));
show('path null byte', () => fs.statSync('a\u0000b'));
show('fd negative', () => fs.closeSync(-1));
show('fd string', () => fs.fstatSync('3'));
show('fd float', () => fs.closeSync(1.5));
show('flags', () => fs.openSync(file, 'xyz'));
show('mode string', () => fs.openSync(file, 'r', 'abc'));
show('mode range', () => fs.chmodSync(file, -1));
show('encoding', () => fs.readFileSync(file, 'xyz'));
show('options type', () => fs.readFileSync(file, 42));
show('data type', () => fs.writeFileSync(path.join(tmp, 'w'), 5));
show('callback missing', () => fs.stat(file));
show('callback not function', () => fs.readFile(file, 'utf8', 'nope'));
show('read offset', () => fs.readSync(0, Buffer.alloc(1), 5, 1));
show('access mode', () => fs.accessSync(file, 8));
show('rm options', () => fs.rmSync(file, { recursive: 'yes' }));
show('mkdir options', () => fs.mkdirSync(dir, { recursive: 1 }));
show('symlink type', () => fs.symlinkSync(file, path.join(tmp, 's'), 'weird'));
show('utimes time', () => fs.utimesSync(file, 'x', 1));
show('chown uid', () => fs.chownSync(file, -2, 0));
show('truncate len', () => fs.truncateSync(file, 'x'));

// the same errors through callbacks and promises
fs.open(path.join(tmp, 'nope'), 'r', (err) => {
  console.log('async open:', err.code, err.errno, err.syscall, err.message);
  fs.rename(path.join(tmp, 'nope'), path.join(tmp, 'other'), (err2) => {
    console.log('async rename:', err2.code, err2.message, err2.dest);
    fs.readdir(file, (err3) => {
      console.log('async readdir:', err3.code, err3.message);
      fs.promises.readFile(path.join(tmp, 'nope')).catch((err4) => {
        console.log('promise readFile:', err4.code, err4.message);
        return fs.promises.rmdir(dir);
      }).catch((err5) => console.log('promise rmdir:', err5.code, err5.message));
    });
  });
});
