// differential: nothing lost under faults: a failing write stream closes its fd, a file
// that shrinks while read gives what is there, rm -r with an undeletable part reports
// the first error and leaves the rest (fs-faults.setup.sh makes the immutable file)
'use strict';
const fs = require('fs');
const path = require('path');

const tmp = process.env.TEST_TMPDIR;

// 1. /dev/full: every write fails with ENOSPC.
// Open descriptors are counted through /proc/self/fd.
const openOnDevFull = () => fs.readdirSync('/proc/self/fd').filter((n) => {
  try {
    return fs.readlinkSync(`/proc/self/fd/${n}`) === '/dev/full';
  } catch {
    return false;
  }
}).length;
const ws = fs.createWriteStream('/dev/full');
ws.on('open', () => console.log('open on /dev/full:', openOnDevFull()));
ws.on('error', (err) => console.log('write error', err.code, err.syscall, ws.destroyed));
ws.on('close', () => {
  console.log('after close, open on /dev/full:', openOnDevFull(), ws.fd);
  shrink();
});
ws.write('data that cannot be written');

// 2. A file truncated between stat and read: readFileSync returns what is there.
function shrink() {
  const file = path.join(tmp, 'shrinking');
  fs.writeFileSync(file, 'x'.repeat(100000));
  const fd2 = fs.openSync(file, 'r');
  fs.truncateSync(file, 10);
  const data = fs.readFileSync(fd2);
  fs.closeSync(fd2);
  console.log('read after shrink', data.length);
  fs.readFile(file, (err, d) => {
    console.log('async read', err, d.length);
    removeTree();
  });
}

// 3. rm -r of a tree with an immutable file inside.
function removeTree() {
  const root = path.join(tmp, 'tree');
  try {
    fs.rmSync(root, { recursive: true });
  } catch (err) {
    console.log('rm error', err.code, err.syscall, path.relative(tmp, err.path));
  }
  console.log('left', fs.readdirSync(root, { recursive: true }).sort());
  fs.rm(path.join(tmp, 'tree2'), { recursive: true }, (err) => {
    console.log('async rm error', err && err.code, err && path.relative(tmp, err.path));
    // The removals started beside the one that failed are still in flight when the error
    // comes (in node too): list what is left once they have settled.
    setTimeout(() => {
      console.log('left', fs.readdirSync(path.join(tmp, 'tree2'), { recursive: true }).sort());
    }, 300);
  });
}
