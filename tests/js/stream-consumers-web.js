// differential
'use strict';
// stream/consumers over web streams, node streams and async iterables, with
// every kind of chunk a Blob takes; text() decodes across chunk boundaries
// and rejects chunks TextDecoder cannot take.

const { arrayBuffer, blob, buffer, text, json } = require('stream/consumers');
const { Readable } = require('stream');

const euro = Buffer.from('€');
const web = (chunks) => new ReadableStream({
  start(c) {
    for (const chunk of chunks) c.enqueue(chunk);
    c.close();
  },
});
const bytes = () => [euro.subarray(0, 1), new Uint8Array(euro.subarray(1)), new TextEncoder().encode('ab')];

async function show(label, promise) {
  try {
    const v = await promise;
    if (v instanceof ArrayBuffer) console.log(label, 'ArrayBuffer', Buffer.from(v).toString());
    else if (v instanceof Blob) console.log(label, 'Blob', v.size, JSON.stringify(await v.text()));
    else console.log(label, Buffer.isBuffer(v) ? 'Buffer' : typeof v, JSON.stringify(v));
  } catch (e) {
    console.log(label, 'rejects', e.name, e.code, e.message);
  }
}

(async () => {
  for (const [name, fn] of Object.entries({ arrayBuffer, blob, buffer, text })) {
    await show(`${name} web bytes`, fn(web(bytes())));
    await show(`${name} web strings`, fn(web(['x', 'y'])));
    await show(`${name} web mixed`, fn(web(['x', new Uint8Array([0x79]), new ArrayBuffer(1)])));
    await show(`${name} web blob chunk`, fn(web([new Blob(['bl', 'ob'])])));
    await show(`${name} readable`, fn(Readable.from(bytes())));
    await show(`${name} generator`, fn((async function* () { yield* bytes(); })()));
    await show(`${name} cut char`, fn(web([euro.subarray(0, 2)])));
    await show(`${name} number chunk`, fn(web([1, 2])));
    await show(`${name} object chunk`, fn(Readable.from([{ a: 1 }])));
    await show(`${name} empty`, fn(web([])));
  }
  await show('json web', json(web(['{"a":', new TextEncoder().encode('[1,"€"]}')])));
  await show('locked', text((() => { const s = web(['x']); s.getReader(); return s; })()));
  await show('not iterable', text(5));
  const errored = new ReadableStream({ pull(c) { c.error(new Error('boom')); } });
  await show('errored', buffer(errored));
})();
