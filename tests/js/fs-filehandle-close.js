// differential
'use strict';
// FileHandle.close(): an own property bound to its handle, 'close' emitted at once, the
// descriptor closed only when operations in flight settle, one promise for repeated
// calls; afterwards every operation rejects with EBADF naming its syscall.
const fsp = require('fs/promises');
const fs = require('fs');
const path = require('path');

const file = path.join(process.env.TEST_TMPDIR, 'close.txt');
fs.writeFileSync(file, 'hello world');

function show(label, err) {
  console.log(label, err.name, err.code, err.syscall, err.message.split('\n')[0]);
}

(async () => {
  const fh = await fsp.open(file, 'r');
  const own = Object.getOwnPropertyDescriptor(fh, 'close');
  console.log('own close', typeof own.value, own.value.name, own.enumerable);
  fh.on('close', () => console.log('close event, fd open:', fh.fd !== -1));
  const reading = fh.read(Buffer.alloc(5), 0, 5, 0);
  const c1 = fh.close();
  console.log('same promise', c1 === fh.close());
  console.log('read in flight', (await reading).buffer.toString());
  console.log('close result', await c1, 'fd', fh.fd);
  console.log('close again', await fh.close());

  const ops = {
    appendFile: (h) => h.appendFile('x'),
    chmod: (h) => h.chmod(0o644),
    chown: (h) => h.chown(1, 1),
    datasync: (h) => h.datasync(),
    sync: (h) => h.sync(),
    read: (h) => h.read(Buffer.alloc(1)),
    readv: (h) => h.readv([Buffer.alloc(1)]),
    readFile: (h) => h.readFile(),
    stat: (h) => h.stat(),
    truncate: (h) => h.truncate(),
    utimes: (h) => h.utimes(1, 1),
    write: (h) => h.write(Buffer.alloc(0)),
    writeBadArg: (h) => h.write(1),
    writev: (h) => h.writev([]),
    writeFile: (h) => h.writeFile('x'),
  };
  for (const [name, op] of Object.entries(ops)) {
    await op(fh).then(() => console.log(name, 'resolved'), (e) => show(name, e));
  }
  try { fh.createReadStream(); } catch (e) { show('createReadStream', e); }
  try { fh.readableWebStream(); } catch (e) { show('readableWebStream', e); }

  // Not a FileHandle as `this`.
  for (const name of ['stat', 'read', 'write', 'readFile', 'writeFile', 'chmod', 'sync']) {
    await fh[name].call({}).then(() => console.log(name, 'resolved'), (e) => show(`${name}.call({})`, e));
  }

  // close is bound: called on another object it still closes its own handle.
  const fh2 = await fsp.open(file, 'r');
  await fh2.close.call({});
  console.log('bound close fd', fh2.fd);

  // The descriptor closed behind the handle's back: close() reports EBADF, once.
  const fh3 = await fsp.open(file, 'r');
  fs.closeSync(fh3.fd);
  await fh3.close().catch((e) => show('close', e));
  console.log('after failed close', fh3.fd, await fh3.close());
})();
