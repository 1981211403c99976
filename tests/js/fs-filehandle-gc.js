// differential
'use strict';
// A FileHandle dropped without close() has its descriptor closed when it is collected,
// with a warning naming the descriptor and DEP0137 (once); a closed handle warns nothing.
const { spawnSync } = require('child_process');

if (typeof globalThis.gc !== 'function') {
  // --no-warnings: the default printout names descriptor numbers, which differ by runtime.
  const r = spawnSync(process.execPath, ['--expose-gc', '--no-warnings', __filename], { stdio: 'inherit' });
  process.exitCode = r.status;
  return;
}

const fsp = require('fs/promises');
const fs = require('fs');
let fds = [];
process.on('warning', (w) => {
  const text = w.message.replace(/descriptor \d+/, (m) => (fds.includes(+m.split(' ')[1]) ? 'descriptor N' : m));
  console.log('warning', w.name, w.code, text);
});

async function openAndDrop() {
  const a = await fsp.open(__filename);
  const b = await fsp.open(__filename);
  const closed = await fsp.open(__filename);
  await closed.close();
  fds = [a.fd, b.fd];
}

openAndDrop().then(() => {
  setImmediate(() => {
    gc();
    setImmediate(() => {
      setImmediate(() => {
        // The descriptors are free again: fstat fails on both.
        for (const fd of fds) {
          try { fs.fstatSync(fd); console.log('still open'); } catch (e) { console.log('closed', e.code); }
        }
      });
    });
  });
});
