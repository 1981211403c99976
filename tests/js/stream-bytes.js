// differential: byte streams: Buffer chunks, setEncoding across split UTF-8, highWaterMark and backpressure, pipe with drain
'use strict';
const { Readable, Writable, PassThrough, pipeline } = require('stream');

const r = new Readable({ read() {} });
r.setEncoding('utf8');
const euro = Buffer.from('€');
r.push(euro.subarray(0, 1));
r.push(euro.subarray(1));
r.push('abc');
r.push(null);
r.on('data', (d) => console.log('data', JSON.stringify(d)));
r.on('end', () => console.log('end'));

const w = new Writable({ highWaterMark: 4, write(chunk, enc, cb) { console.log('write', chunk, enc); setImmediate(cb); } });
console.log('write returns', w.write('ab'), w.write('cd'), w.writableLength, w.writableNeedDrain);
w.on('drain', () => console.log('drain', w.writableLength));
w.end(Buffer.from('ef'), () => console.log('finished'));

const src = new Readable({
  highWaterMark: 2,
  read() {
    this.n = (this.n || 0) + 1;
    this.push(this.n <= 3 ? `chunk${this.n}` : null);
  },
});
const pt = new PassThrough({ highWaterMark: 1 });
const sink = new Writable({ highWaterMark: 1, write(c, e, cb) { console.log('sink', c.toString()); setImmediate(cb); } });
pipeline(src, pt, sink, (err) => console.log('pipeline', err));

const rb = new Readable({ read() {} });
rb.push(Buffer.from('hello '));
rb.push('world');
console.log(rb.read(3).toString(), rb.read().toString(), rb.readableLength);
try { rb.push(5); } catch (e) { console.log('sync', e.code); }
rb.on('error', (e) => console.log('error', e.code, e.message));
