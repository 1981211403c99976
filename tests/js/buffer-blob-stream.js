// differential
'use strict';
// Blob.prototype.stream(): a byte stream with one chunk per source part, read
// lazily, in node's microtask order; arrayBuffer()/text() settle in node's order.

async function chunks(label, blob) {
  const out = [];
  for await (const c of blob.stream()) out.push(`${c.constructor.name}(${Buffer.from(c)})`);
  console.log(label, out.join(' '));
}

// Reads with a counter running beside, to show on which microtask each read lands.
async function timed(label, blob) {
  const log = [];
  let n = 0;
  let stop = false;
  (async () => { while (!stop) { await null; n++; } })();
  const r = blob.stream().getReader();
  for (;;) {
    const { value, done } = await r.read();
    log.push(`${n}:${done ? 'done' : value.byteLength}`);
    if (done) break;
  }
  stop = true;
  console.log(label, log.join(' '));
}

async function ticks(label, promise) {
  let n = 0;
  let done = false;
  promise.then(() => { done = true; });
  while (!done && n < 50) { await null; n++; }
  console.log(label, n);
}

(async () => {
  const parts = new Blob(['ab', '', 'cde', new Uint8Array([0x66]), new ArrayBuffer(0)]);
  await chunks('parts', parts);
  await chunks('nested', new Blob([parts, 'gh', parts]));
  await chunks('slice', parts.slice(1, 5));
  await chunks('slice across nested', new Blob([parts, 'gh', parts]).slice(3, 9));
  await chunks('empty', new Blob(['', '']));
  await chunks('file', new File(['x', 'yz'], 'f.txt'));
  await chunks('big', new Blob([new Uint8Array(100000).fill(0x61)]).slice(99998));

  const s = parts.stream();
  console.log(Object.prototype.toString.call(s), s.locked, s === parts.stream());

  const cancelled = new Blob(['abc']).stream().getReader();
  console.log(await cancelled.cancel('why'), await cancelled.read());

  const byob = new Blob(['abc', 'def']).stream().getReader({ mode: 'byob' });
  for (let i = 0; i < 4; i++) console.log('byob', await byob.read(new Uint8Array(2)));

  await timed('timed one', new Blob(['abc']));
  await timed('timed three', new Blob(['ab', 'cde', 'f']));
  await timed('timed empties', new Blob(['', 'ab', '', 'c']));
  await timed('timed slice', new Blob(['ab', 'cde', 'f']).slice(2, 5));
  await timed('timed none', new Blob([]));

  for (const p of [[], [''], ['a'], ['a', 'b'], ['a', '', 'b']]) {
    await ticks(`arrayBuffer ${JSON.stringify(p)}`, new Blob(p).arrayBuffer());
    await ticks(`text ${JSON.stringify(p)}`, new Blob(p).text());
  }
  const ab = new Blob(['ab', 'cd']);
  for (const [from, to] of [[0, 0], [0, 2], [1, 1], [1, 3], [2, 3]]) {
    await ticks(`slice(${from}, ${to})`, ab.slice(from, to).arrayBuffer());
  }
  await ticks('empty then a, sliced', new Blob(['', 'a']).slice(0, 1).arrayBuffer());

  for (const self of [{}, null, undefined, new Uint8Array(1)]) {
    try {
      Blob.prototype.stream.call(self);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
})();
