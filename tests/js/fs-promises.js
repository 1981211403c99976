// differential: fs/promises and FileHandle
'use strict';
const fsp = require('fs/promises');
const fs = require('fs');
const path = require('path');

const tmp = process.env.TEST_TMPDIR;
const p = (...parts) => path.join(tmp, ...parts);

(async () => {
  console.log(fsp === fs.promises);
  await fsp.writeFile(p('a.txt'), 'promised');
  await fsp.appendFile(p('a.txt'), ' data');
  console.log(await fsp.readFile(p('a.txt'), 'utf8'));
  const fh = await fsp.open(p('a.txt'), 'r+');
  console.log(typeof fh.fd, fh.constructor.name);
  const { bytesRead, buffer } = await fh.read(Buffer.alloc(8), 0, 8, 0);
  console.log(bytesRead, buffer.toString());
  console.log((await fh.write('XY', 0)).bytesWritten);
  console.log((await fh.stat()).size, await fh.readFile({ encoding: 'utf8' }));
  await fh.truncate(4);
  await fh.close();
  console.log(await fsp.readFile(p('a.txt'), 'utf8'));
  await fsp.mkdir(p('d', 'e'), { recursive: true });
  await fsp.writeFile(p('d', 'e', 'f'), 'deep');
  console.log((await fsp.readdir(p('d'), { withFileTypes: true })).map((x) => [x.name, x.isDirectory()]));
  console.log((await fsp.stat(p('d', 'e', 'f'))).size, (await fsp.lstat(p('d'))).isDirectory());
  await fsp.copyFile(p('d', 'e', 'f'), p('copy'));
  await fsp.rename(p('copy'), p('moved'));
  console.log(await fsp.readFile(p('moved'), 'utf8'));
  await fsp.rm(p('d'), { recursive: true });
  await fsp.unlink(p('moved'));
  console.log((await fsp.readdir(tmp)).sort());
  await fsp.writeFile(p('iter'), (function* () { yield 'a'; yield 'b'; yield 'c'; })());
  console.log(await fsp.readFile(p('iter'), 'utf8'));
  try {
    await fsp.access(p('missing'));
  } catch (err) {
    console.log(err.code, err.syscall);
  }
  const ac = new AbortController();
  ac.abort();
  try {
    await fsp.readFile(p('a.txt'), { signal: ac.signal });
  } catch (err) {
    console.log(err.name, err.code);
  }
  const dir = await fsp.opendir(tmp);
  const names = [];
  for await (const entry of dir) names.push(entry.name);
  console.log(names.sort());
})();
