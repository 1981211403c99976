// differential
'use strict';
// fs/promises readFile/writeFile (on a path or a FileHandle) stop with AbortError when
// the signal aborts during the call; the handle stays usable.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { Readable } = require('stream');

const file = path.join(process.env.TEST_TMPDIR, 'abort.txt');
const big = Buffer.alloc(8 * 1024 * 1024, 'x');
const show = (label) => (e) => console.log(label, e.name, e.code, e.message, e.cause?.message);

(async () => {
  fs.writeFileSync(file, big);
  let ac = new AbortController();
  process.nextTick(() => ac.abort(new Error('tick')));
  await fsp.readFile(file, { signal: ac.signal }).then(() => console.log('read whole'), show('readFile path'));

  const fh = await fsp.open(file, 'r+');
  ac = new AbortController();
  process.nextTick(() => ac.abort());
  await fh.readFile({ signal: ac.signal }).then(() => console.log('read whole'), show('fh.readFile'));
  ac = new AbortController();
  process.nextTick(() => ac.abort());
  await fsp.writeFile(fh, big, { signal: ac.signal }).then(() => console.log('wrote whole'), show('writeFile handle'));
  ac = new AbortController();
  process.nextTick(() => ac.abort());
  await fh.writeFile(Readable.from(['a', 'b', 'c']), { signal: ac.signal }).then(() => console.log('wrote whole'), show('writeFile stream'));
  console.log('handle still open', fh.fd !== -1, (await fh.stat()).isFile());
  await fh.close();

  // Iterables, with the encoding applied to string chunks.
  const h2 = await fsp.open(file, 'w+');
  await h2.writeFile(Readable.from(['ümlaut', ' ', 'sechzig']), 'latin1');
  await h2.writeFile({ *[Symbol.iterator]() { yield 'x'; yield Buffer.from('y'); } });
  await h2.writeFile({ async *[Symbol.asyncIterator]() { yield 'z'; } });
  await h2.writeFile({ *[Symbol.iterator]() { yield 42; } }).catch(show('bad chunk'));
  await h2.close();
  console.log(fs.readFileSync(file, 'latin1'));
})();
