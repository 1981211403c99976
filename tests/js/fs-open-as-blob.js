// differential
'use strict';
// fs.openAsBlob(): a file-backed Blob read afresh on every use (64 KiB stream chunks,
// slices and Blobs built around it stay file-backed) that rejects with NotReadableError
// once the file changed (same size or not, restored or deleted), also mid-stream; bad
// arguments throw synchronously with node's codes and messages.
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-oab-'));
const p = path.join(dir, 'a.txt');
const why = (e) => `${e.name}: ${e.message}`;

(async () => {
  fs.writeFileSync(p, 'hello world');
  const b = await fs.openAsBlob(p, { type: 'Text/Plain' });
  console.log(b.constructor.name, b instanceof Blob, b.size, b.type, await b.text(), util.inspect(b));
  console.log('twice', await b.text(), Buffer.from(await b.arrayBuffer()).toString());
  const s = b.slice(2, 9, 'x/y');
  console.log('slice', s.size, s.type, await s.text(), await s.slice(1, -1).text());
  const mixed = new Blob(['<', b.slice(0, 5), '|', b, '>']);
  const sizes = [];
  for await (const c of mixed.stream()) sizes.push(c.length);
  console.log('mixed', mixed.size, sizes.join(','), await mixed.text());
  console.log('file', await new File([b], 'f.txt', { lastModified: 1 }).text());
  console.log('url', await require('buffer').resolveObjectURL(URL.createObjectURL(b)).text());

  fs.writeFileSync(p, 'HELLO WORLD');
  console.log('same size', await b.text().catch(why));
  console.log('slice after', await s.text().catch(why), await mixed.arrayBuffer().catch(why));
  fs.writeFileSync(p, 'hello world');
  console.log('restored', await b.text().catch(why));
  fs.unlinkSync(p);
  console.log('deleted', await b.text().catch(why));

  const big = path.join(dir, 'big.bin');
  fs.writeFileSync(big, Buffer.alloc(300000, 7));
  const bb = await fs.openAsBlob(big);
  const chunks = [];
  for await (const c of bb.stream()) chunks.push(`${c.constructor.name}:${c.length}`);
  console.log('chunks', chunks.join(','));
  const midway = [];
  try {
    for await (const c of bb.stream()) {
      midway.push(c.length);
      fs.appendFileSync(big, 'x');
    }
  } catch (e) {
    console.log('mid-stream', midway.join(','), why(e));
  }

  const empty = path.join(dir, 'empty');
  fs.writeFileSync(empty, '');
  const eb = await fs.openAsBlob(empty);
  console.log('empty', eb.size, JSON.stringify(await eb.text()));
  fs.writeFileSync(empty, 'abc');
  console.log('empty grown', await eb.text().catch(why));
  const reader = eb.stream().getReader();
  console.log('reader', await reader.read().catch(why));

  const db = await fs.openAsBlob(dir);
  console.log('directory', await db.text().catch(why));

  const bad = [[undefined], [42], [path.join(dir, 'missing')], ['/nonexistent/x'], [big, { type: 5 }],
    [big, 'str'], [big, null], [`${big}\u0000`]];
  for (const args of bad) {
    try {
      const r = fs.openAsBlob(...args);
      console.log('returned', r instanceof Promise);
    } catch (e) {
      console.log('threw', e.name, e.code, e.message.replace(dir, '<dir>'));
    }
  }
  console.log('url path', (await fs.openAsBlob(new URL(`file://${big}`))).size,
              (await fs.openAsBlob(Buffer.from(big), { type: 'a/b' })).type);
  fs.rmSync(dir, { recursive: true });
})();
