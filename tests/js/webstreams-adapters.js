// differential: Readable/Writable/Duplex .toWeb() and .fromWeb(): data, end, errors and cancel across the bridge.
'use strict';
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const { ReadableStream, WritableStream } = require('stream/web');

const log = (...a) => console.log(...a);

async function readableToWeb() {
  const out = [];
  for await (const c of Readable.toWeb(Readable.from(['a', 'b'], { objectMode: true }))) out.push(c);
  log('toWeb objectMode', out);
  const bytes = [];
  for await (const c of Readable.toWeb(Readable.from([Buffer.from('hi')], { objectMode: false }))) {
    bytes.push(c.constructor.name, Array.from(c));
  }
  log('toWeb bytes', bytes);
  const r = new Readable({ read() {} });
  r.on('error', (e) => log('node side error', e.name, e.code));
  r.on('close', () => log('node side closed', r.destroyed));
  await Readable.toWeb(r).cancel();
}

async function readableFromWeb() {
  const rs = new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); } });
  const r = Readable.fromWeb(rs, { objectMode: true });
  const out = [];
  for await (const c of r) out.push(c);
  log('fromWeb', out, rs.locked);
  const bad = Readable.fromWeb(new ReadableStream({ start(c) { c.error(new Error('web broke')); } }));
  await new Promise((resolve) => bad.on('error', (e) => { log('fromWeb error', e.message); resolve(); }));
  try { Readable.fromWeb({}); } catch (e) { log(e.code, e.message); }
}

async function writable() {
  const got = [];
  const w = new Writable({ write(chunk, enc, cb) { got.push(chunk.toString()); cb(); } });
  const ws = Writable.toWeb(w);
  const writer = ws.getWriter();
  await writer.write(new TextEncoder().encode('one'));
  await writer.close();
  log('toWeb writable', got, w.writableFinished);
  const sunk = [];
  const nodeW = Writable.fromWeb(new WritableStream({ write(c) { sunk.push(c); } }), { decodeStrings: false });
  nodeW.write('p');
  nodeW.end('q', () => log('fromWeb writable', sunk));
  await new Promise((r) => nodeW.on('close', r));
  try { Writable.fromWeb(1); } catch (e) { log(e.code, e.message); }
}

async function duplex() {
  const { readable, writable: w } = Duplex.toWeb(new PassThrough());
  const writer = w.getWriter();
  writer.write(new TextEncoder().encode('echo'));
  writer.close();
  const out = [];
  for await (const c of readable) out.push(Buffer.from(c).toString());
  log('Duplex.toWeb', out);
  const pair = new TransformStream();
  const d = Duplex.fromWeb(pair, { encoding: 'utf8' });
  d.end('through');
  let text = '';
  for await (const c of d) text += c;
  log('Duplex.fromWeb', text);
}

(async () => {
  for (const t of [readableToWeb, readableFromWeb, writable, duplex]) {
    log(`-- ${t.name}`);
    await t();
  }
})();
