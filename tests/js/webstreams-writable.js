// differential: WritableStream: write order, backpressure and ready, close, abort, errors from the sink.
'use strict';
const { WritableStream } = require('stream/web');

const log = (...a) => console.log(...a);

async function order() {
  const events = [];
  const ws = new WritableStream({
    start() { events.push('start'); },
    write(chunk, c) { events.push(`write ${chunk}`); return new Promise((r) => setTimeout(r, 1)); },
    close() { events.push('close'); },
  }, { highWaterMark: 2 });
  const w = ws.getWriter();
  log(w.desiredSize, ws);
  const ps = [w.write('a'), w.write('b'), w.write('c')];
  log('desiredSize after 3 writes', w.desiredSize);
  await w.ready;
  events.push('ready');
  await Promise.all(ps);
  const closing = w.close();
  // (a write here makes node 20 fail an internal assertion, so it is not tested)
  await w.close().catch((e) => log(e.name, e.code, e.message));
  await closing;
  await w.closed;
  log(events.join(' | '), w.desiredSize, ws);
}

async function abort() {
  let signal;
  const ws = new WritableStream({
    start(c) { signal = c.signal; },
    write() { return new Promise((r) => setTimeout(r, 20)); },
    abort(reason) { log('sink abort', reason, signal.aborted); },
  });
  signal.addEventListener('abort', () => log('signal abort', signal.reason));
  const w = ws.getWriter();
  const p = w.write('x');
  await new Promise((r) => setTimeout(r, 5));
  const a = w.abort('stop');
  await a.then(() => log('abort resolved'));
  await p.catch((e) => log('pending write', e));
  await w.closed.catch((e) => log('closed', e));
  log(ws);
}

async function sinkErrors() {
  const e = new Error('write failed');
  const ws = new WritableStream({ write() { throw e; } });
  const w = ws.getWriter();
  await w.write(1).catch((err) => log('write rejects', err === e));
  await w.ready.catch((err) => log('ready rejects', err === e));
  log(ws, w.desiredSize);
  const ws2 = new WritableStream({ start(c) { c.error('early'); } });
  await ws2.getWriter().write(1).catch((err) => log('after controller.error', err));
  const ws3 = new WritableStream({ close() { throw e; } });
  await ws3.close().catch((err) => log('close rejects', err === e, ws3));
}

async function release() {
  const ws = new WritableStream();
  const w = ws.getWriter();
  w.releaseLock();
  await w.closed.catch((e) => log(e.code, e.message));
  await w.write(1).catch((e) => log(e.code, e.message));
  try { log(w.desiredSize); } catch (e) { log(e.code, e.message); }
  const w2 = ws.getWriter();
  log(ws.locked, w2.desiredSize);
}

(async () => {
  for (const t of [order, abort, sinkErrors, release]) {
    log(`-- ${t.name}`);
    await t();
  }
})();
