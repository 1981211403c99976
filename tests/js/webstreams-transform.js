// differential: TransformStream: transform/flush, backpressure, terminate, errors, cancel; the text streams.
'use strict';
const { TransformStream, TextEncoderStream, TextDecoderStream } = require('stream/web');

const log = (...a) => console.log(...a);

async function collect(readable) {
  const out = [];
  for await (const c of readable) out.push(c);
  return out;
}

async function basic() {
  const ts = new TransformStream({
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); c.enqueue(c.desiredSize); },
    flush(c) { c.enqueue('END'); },
  });
  log(ts);
  const w = ts.writable.getWriter();
  w.write('a');
  w.write('b');
  w.close();
  log(await collect(ts.readable));
}

async function identity() {
  const ts = new TransformStream();
  const w = ts.writable.getWriter();
  log('desired', w.desiredSize, ts.readable.locked);
  w.write(1);
  w.close();
  log(await collect(ts.readable));
}

async function terminate() {
  const ts = new TransformStream({ transform(chunk, c) { c.enqueue(chunk); c.terminate(); } });
  const w = ts.writable.getWriter();
  const r = ts.readable.getReader();
  await w.write('only');
  log(await r.read(), await r.read());
  await w.write('more').catch((e) => log(e.name, e.code, e.message));
}

async function errors() {
  const e = new Error('bad chunk');
  const ts = new TransformStream({ transform() { throw e; } });
  const w = ts.writable.getWriter();
  await w.write(1).catch((err) => log('write', err === e));
  await ts.readable.getReader().read().catch((err) => log('read', err === e));
  log(ts.readable, ts.writable);
  const ts2 = new TransformStream({ cancel(reason) { log('transformer.cancel', reason); } });
  await ts2.readable.cancel('nope');
  await ts2.writable.getWriter().write(1).catch((err) => log('write after cancel', err));
}

async function text() {
  const enc = new TextEncoderStream();
  const ew = enc.writable.getWriter();
  ew.write('h\u00e9');
  ew.write('\ud83d');
  ew.write('\ude00!');
  ew.close();
  const bytes = await collect(enc.readable);
  log(bytes.map((b) => Array.from(b).join(' ')));
  const dec = new TextDecoderStream('utf-8');
  log(dec.encoding, dec.fatal, dec.ignoreBOM);
  const dw = dec.writable.getWriter();
  for (const b of bytes) dw.write(b);
  dw.close();
  log(await collect(dec.readable));
  try { new TextDecoderStream('nope'); } catch (err) { log(err.name, err.code, err.message); }
}

(async () => {
  for (const t of [basic, identity, terminate, errors, text]) {
    log(`-- ${t.name}`);
    await t();
  }
})();
