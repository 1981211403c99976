// differential: ReadableStream: default readers, pull/backpressure order, tee, async iteration, from.
'use strict';
const { ReadableStream, CountQueuingStrategy } = require('stream/web');

const log = (...a) => console.log(...a);

async function basic() {
  const events = [];
  const rs = new ReadableStream({
    start(c) { events.push(`start ${c.desiredSize}`); c.enqueue('a'); },
    pull(c) { events.push(`pull ${c.desiredSize}`); if (events.length > 4) c.close(); else c.enqueue(events.length); },
    cancel() { events.push('cancel'); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const reader = rs.getReader();
  log(rs.locked, rs);
  for (;;) {
    const r = await reader.read();
    events.push(JSON.stringify(r));
    if (r.done) break;
  }
  await reader.closed;
  log(events.join(' | '));
  reader.releaseLock();
  log(rs.locked, rs);
}

async function errors() {
  const e = new Error('boom');
  const rs = new ReadableStream({ start(c) { c.error(e); } });
  const reader = rs.getReader();
  await reader.read().catch((err) => log('read rejects', err === e));
  await reader.closed.catch((err) => log('closed rejects', err === e));
  log(rs);
  const rs2 = new ReadableStream({ pull() { throw e; } });
  await rs2.getReader().read().catch((err) => log('pull throw', err === e));
}

async function cancel() {
  const rs = new ReadableStream({
    start(c) { c.enqueue(1); },
    cancel(reason) { log('cancel reason', reason); return 'ignored'; },
  });
  log('cancel ->', await rs.cancel('why'));
  log(await rs.getReader().read());
}

async function tee() {
  const rs = new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); } });
  const [a, b] = rs.tee();
  log(rs.locked, a.locked, b.locked);
  const out = [];
  for await (const v of a) out.push(`a:${v}`);
  for await (const v of b) out.push(`b:${v}`);
  log(out.join(','));
  let reasons;
  const [c, d] = new ReadableStream({ cancel(r) { reasons = r; } }).tee();
  await Promise.all([c.cancel('r1'), d.cancel('r2')]);
  log('tee cancel', reasons);
}

async function iteration() {
  const make = () => new ReadableStream({
    start(c) { for (const x of [1, 2, 3]) c.enqueue(x); c.close(); },
    cancel() { log('source canceled'); },
  });
  const rs = make();
  for await (const v of rs) { log('iter', v); if (v === 2) break; }
  log('after break', rs.locked, rs);
  const rs2 = make();
  for await (const v of rs2.values({ preventCancel: true })) { if (v === 1) break; }
  log('preventCancel', rs2.locked, await rs2.getReader().read());
  const it = make()[Symbol.asyncIterator]();
  log(await Promise.all([it.next(), it.next(), it.return('done'), it.next()]));
}

async function from() {
  const out = [];
  for await (const v of ReadableStream.from([1, Promise.resolve(2), 3])) out.push(v);
  async function* gen() { yield 'g1'; yield 'g2'; }
  for await (const v of ReadableStream.from(gen())) out.push(v);
  log(out);
  try { ReadableStream.from(1); } catch (e) { log(e.code, e.message); }
  try { ReadableStream.from({}); } catch (e) { log(e.code, e.message); }
}

async function strategy() {
  let c;
  const rs = new ReadableStream({ start(cc) { c = cc; } }, { highWaterMark: 10, size: (s) => s.length });
  log(c.desiredSize);
  c.enqueue('abcd');
  log(c.desiredSize);
  c.close();
  log(c.desiredSize, rs);
  const rs2 = new ReadableStream({ start(cc) { c = cc; } }, { size() { return -1; } });
  try { c.enqueue(1); } catch (e) { log(e.name, e.code); }
  log(rs2, c.desiredSize);
}

(async () => {
  for (const t of [basic, errors, cancel, tee, iteration, from, strategy]) {
    log(`-- ${t.name}`);
    await t();
  }
})();
