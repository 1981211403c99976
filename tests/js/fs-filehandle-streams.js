// differential
'use strict';
// fs.ReadStream/WriteStream on a FileHandle: I/O goes through the handle's own methods
// (replacing them is seen), the handle stays open under the stream, closing the handle
// closes the stream, and bad options throw with node's codes.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');

const file = path.join(process.env.TEST_TMPDIR, 'streams.txt');
fs.writeFileSync(file, 'hello world');
const ended = (s) => new Promise((resolve) => s.on('close', resolve));

(async () => {
  {
    const fh = await fsp.open(file, 'r');
    const read = fh.read;
    let reads = 0;
    fh.read = function(...args) { reads++; return Reflect.apply(read, this, args); };
    fh.on('close', () => console.log('handle close event'));
    const s = fs.createReadStream(null, { fd: fh });
    let out = '';
    s.on('data', (d) => { out += d; });
    s.on('end', () => console.log('end', out));
    await ended(s);
    console.log('stream closed, reads > 0:', reads > 0, 'fd', fh.fd);
  }
  {
    // Closing the handle first: the stream closes without reading.
    const fh = await fsp.open(file, 'r');
    const s = fs.createReadStream(null, { fd: fh });
    s.on('data', () => console.log('unexpected data'));
    s.on('close', () => console.log('stream close after handle.close()'));
    const closed = ended(s);
    await fh.close();
    await closed;
    console.log('fd', fh.fd);
  }
  {
    const fh = await fsp.open(file, 'r');
    try { fs.createReadStream(null, { fd: fh, fs }); } catch (e) { console.log(e.code, e.message); }
    for (const signal of [1, null, false, '', {}]) {
      try { fh.createReadStream({ signal }); } catch (e) { console.log(e.code, e.message); }
    }
    await fh.close();
    try { fh.createReadStream(); } catch (e) { console.log(e.code, e.message); }
    try { fh.createWriteStream(); } catch (e) { console.log(e.code, e.message); }
  }
  {
    const fh = await fsp.open(file, 'r');
    const reason = new Error('stop');
    const ac = new AbortController();
    const s = fh.createReadStream({ signal: ac.signal });
    s.on('data', () => console.log('unexpected data'));
    s.on('error', (e) => console.log('error', e.name, e.cause === reason));
    const closed = ended(s);
    ac.abort(reason);
    await closed;
    console.log('aborted stream closed the handle:', fh.fd === -1);
  }
  {
    const fh = await fsp.open(file, 'w+');
    let calls = 0;
    const { write, writev } = fh;
    fh.write = function(...args) { calls++; return Reflect.apply(write, this, args); };
    fh.writev = function(...args) { calls++; return Reflect.apply(writev, this, args); };
    const s = fh.createWriteStream();
    s.write('abc');
    s.end('def');
    await ended(s);
    console.log('written through handle', calls > 0, fs.readFileSync(file, 'utf8'), fh.fd);
  }
})();
