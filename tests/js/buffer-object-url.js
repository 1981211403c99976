// differential
'use strict';
// URL.createObjectURL / buffer.resolveObjectURL / URL.revokeObjectURL: a resolved Blob is a
// new Blob over the same bytes and type (a File comes back as a Blob), query and fragment
// are ignored, anything that is not a live blob:nodedata URL resolves to undefined, bad
// arguments throw node's errors. Also File's lastModified conversion and inspection.
const { Blob, File, resolveObjectURL } = require('buffer');
const util = require('util');

(async () => {
  const b = new Blob(['hel', 'lo'], { type: 'Text/Plain' });
  const u = URL.createObjectURL(b);
  console.log(typeof u, /^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u));
  const r = resolveObjectURL(u);
  console.log(r instanceof Blob, r === b, r.size, r.type, await r.text());
  const chunks = [];
  for await (const c of r.stream()) chunks.push(Buffer.from(c).toString());
  console.log('chunks', chunks);
  console.log(resolveObjectURL(`${u}?q=1`).size, resolveObjectURL(`${u}#f`).size);
  console.log(URL.createObjectURL(b) === u);

  const f = new File(['abc'], 'a.txt', { type: 'text/plain', lastModified: 7 });
  const fr = resolveObjectURL(URL.createObjectURL(f));
  console.log(fr instanceof File, fr instanceof Blob, fr.size, fr.type, util.inspect(fr));

  URL.revokeObjectURL(u);
  console.log(resolveObjectURL(u), resolveObjectURL(`${u}?q`));
  for (const bad of ['blob:nodedata:nope', 'http://x/', 'nodedata:x', 'blob:other:x', '', 42, undefined, {}]) {
    console.log(JSON.stringify(String(bad)), resolveObjectURL(bad));
  }
  console.log(resolveObjectURL());
  console.log(URL.revokeObjectURL('nonsense'), URL.revokeObjectURL('blob:nodedata:zzz'), URL.revokeObjectURL(5));

  const attempts = [
    () => URL.createObjectURL(),
    () => URL.createObjectURL('blob'),
    () => URL.createObjectURL({ size: 1, type: '' }),
    () => URL.createObjectURL(null),
    () => URL.createObjectURL(new Uint8Array(2)),
    () => URL.revokeObjectURL(),
    () => URL.revokeObjectURL(Symbol('s')),
    () => resolveObjectURL(Symbol('s')),
  ];
  for (const fn of attempts) {
    try { console.log('returned', fn()); } catch (e) { console.log(e.name, e.code, e.message); }
  }

  for (const lastModified of [null, 'string', false, 10.9, -3.5, new Number(4), 2 ** 64 + 2 ** 12, NaN, Infinity]) {
    console.log('lastModified', String(lastModified), new File([], '', { lastModified }).lastModified);
  }
  for (const lastModified of [3n, { [Symbol.toPrimitive]() { throw new TypeError('boom'); } }, Symbol('x')]) {
    try { new File([], '', { lastModified }); console.log('no throw'); } catch (e) { console.log(e.name, e.message); }
  }
  console.log(new File([], 'n', null).lastModified > 0);
  console.log(util.inspect({ a: { b: new File(['x'], 'f', { lastModified: 1 }) } }, { depth: 1 }));
  console.log(util.inspect([new File(['x'], 'f', { lastModified: 1 }), new Blob(['yy'])]));
})();
