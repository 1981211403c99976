// differential: pipeTo and pipeThrough: data order, close/abort/cancel propagation, prevent* options, AbortSignal, the locks they take.
'use strict';
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');

const log = (...a) => console.log(...a);

function source(chunks, extra = {}) {
  return new ReadableStream({
    start(c) { for (const x of chunks) c.enqueue(x); if (!extra.open) c.close(); },
    cancel(r) { log('source cancel', r instanceof Error ? `${r.name} ${r.code} ${r.message}` : r); },
  });
}

function sink(name, extra = {}) {
  const got = [];
  return {
    got,
    ws: new WritableStream({
      write(chunk) { got.push(chunk); if (extra.failOn === chunk) throw new Error(`fail ${chunk}`); },
      close() { log(name, 'close', got); },
      abort(r) { log(name, 'abort', r instanceof Error ? r.message : r); },
    }),
  };
}

async function simple() {
  const rs = source([1, 2, 3]);
  const { ws } = sink('simple');
  const p = rs.pipeTo(ws);
  log('locked during pipe', rs.locked, ws.locked);
  log('result', await p, rs.locked, ws.locked);
}

async function through() {
  const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(c * 10); } });
  const out = [];
  for await (const v of source([1, 2]).pipeThrough(ts)) out.push(v);
  log('pipeThrough', out);
}

async function preventClose() {
  const { ws } = sink('pc');
  await source(['x']).pipeTo(ws, { preventClose: true });
  log('preventClose: writable still', ws.locked, ws);
}

async function sourceError() {
  const e = new Error('src broke');
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); setTimeout(() => c.error(e), 5); } });
  const { ws } = sink('se');
  await rs.pipeTo(ws).catch((err) => log('pipe rejects', err === e, ws));
  const { ws: ws2 } = sink('se2');
  const rs2 = new ReadableStream({ start(c) { c.error(e); } });
  await rs2.pipeTo(ws2, { preventAbort: true }).catch((err) => log('preventAbort', err === e, ws2));
}

async function destError() {
  const { ws } = sink('de', { failOn: 2 });
  await source([1, 2, 3], { open: true }).pipeTo(ws).catch((err) => log('dest error', err.message));
}

async function signal() {
  const ac = new AbortController();
  const rs = source([1], { open: true });
  const { ws } = sink('sig');
  const p = rs.pipeTo(ws, { signal: ac.signal });
  setTimeout(() => ac.abort(), 5);
  await p.catch((err) => log('aborted', err.name, err.message));
  log(rs, ws);
  const already = AbortSignal.abort('pre');
  await source([1]).pipeTo(sink('pre').ws, { signal: already, preventAbort: true }).catch((err) => log('pre-aborted', err));
}

async function closedDest() {
  const ws = new WritableStream();
  await ws.close();
  await source([1], { open: true }).pipeTo(ws).catch((err) => log('closed dest', err.name, err.code, err.message));
}

(async () => {
  for (const t of [simple, through, preventClose, sourceError, destError, signal, closedDest]) {
    log(`-- ${t.name}`);
    await t();
  }
})();
