// differential
'use strict';
// stream.finished() settles for web streams (close, error, abort after close is a no-op)
// and the stream utilities read their state; compose() takes web streams at either end.
const { finished, compose, isErrored, isReadable, isDisturbed, Readable, Writable } = require('stream');
const fp = require('stream/promises').finished;

(async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.close(); } });
  const ac = new AbortController();
  const seen = new Promise((resolve) => finished(rs, { signal: ac.signal }, (err) => resolve(err)));
  console.log('readable before', isReadable(rs), isDisturbed(rs));
  for await (const x of rs) console.log('chunk', x);
  console.log('readable after', await seen, isReadable(rs), isDisturbed(rs));
  ac.abort();

  const ws = new WritableStream({ write(c) { console.log('sink', c); } });
  const wp = fp(ws).then(() => 'writable finished');
  const w = ws.getWriter();
  await w.write('x');
  await w.close();
  console.log(await wp);

  const bad = new ReadableStream({ start(c) { c.error(new Error('boom')); } });
  console.log('errored', await fp(bad).catch((e) => e.message), isErrored(bad));
  const aborted = new WritableStream();
  aborted.abort(new Error('stop'));
  console.log('aborted', await fp(aborted).catch((e) => e.message));
  const ac2 = new AbortController();
  const pending = new ReadableStream();
  const cut = fp(pending, { signal: ac2.signal }).catch((e) => `${e.name} ${e.code}`);
  ac2.abort();
  console.log('signal', await cut);

  // compose(): node Readable -> TransformStream -> node Transform-like Writable, and
  // a Duplex with web streams at both ends.
  const upper = new TransformStream({ transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); } });
  const out = [];
  const d = compose(upper, new TransformStream({ transform(chunk, c) { c.enqueue(`<${chunk}>`); } }));
  d.on('data', (c) => out.push(String(c)));
  const ended = new Promise((resolve) => d.on('end', resolve));
  d.write('ab');
  d.write('cd');
  d.end();
  await ended;
  console.log('compose web-web', out);

  const collected = [];
  const sink = new WritableStream({ write(c) { collected.push(String(c)); } });
  const d2 = compose(new TransformStream({ transform(chunk, c) { c.enqueue(`${chunk}!`); } }), sink);
  await new Promise((resolve, reject) => {
    Readable.from(['x', 'y']).pipe(d2).on('finish', resolve).on('error', reject);
  });
  console.log('compose web-sink', collected);

  const d3 = compose(Readable.from(['p', 'q']), new TransformStream({
    transform(chunk, c) { c.enqueue(chunk + chunk); },
  }));
  const got = [];
  for await (const c of d3) got.push(c);
  console.log('compose node-web', got);

  const failing = compose(new TransformStream({ transform() { throw new Error('bad chunk'); } }),
                          new Writable({ write(c, e, cb) { cb(); } }));
  failing.on('error', (e) => console.log('compose error', e.message));
  failing.write('z');
})();
