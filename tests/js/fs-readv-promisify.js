// differential
'use strict';
// util.promisify(fs.readv / fs.writev) resolves to an object naming both callback values
// (writev's buffers are named "buffer", as node names them).
const fs = require('fs');
const path = require('path');
const { promisify } = require('util');

const file = path.join(process.env.TEST_TMPDIR, 'readv.txt');
(async () => {
  const fd = fs.openSync(file, 'w+');
  const w = await promisify(fs.writev)(fd, [Buffer.from('ab'), Buffer.from('cd')], 0);
  console.log(Object.keys(w), w.bytesWritten, w.buffer.map(String));
  const r = await promisify(fs.readv)(fd, [Buffer.alloc(3), Buffer.alloc(3)], 0);
  console.log(Object.keys(r), r.bytesRead, r.buffers.map(String));
  const empty = await promisify(fs.writev)(fd, []);
  console.log(empty);
  await promisify(fs.readv)(fd, 'x').catch((e) => console.log(e.code, e.message));
  fs.closeSync(fd);
})();
