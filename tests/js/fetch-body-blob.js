// differential
'use strict';
// A Response or Request made from a Blob: its body streams one chunk per part
// of the Blob, as node's does, and reads whole the same.

async function chunks(label, stream) {
  const out = [];
  for await (const c of stream) out.push(`${c.constructor.name}(${Buffer.from(c)})`);
  console.log(label, out.join(' '));
}

(async () => {
  const blob = new Blob(['ab', 'cde', '', 'f'], { type: 'Text/X' });
  const res = new Response(blob);
  console.log(res.headers.get('content-type'), res.bodyUsed);
  await chunks('response', res.body);
  console.log('used', res.bodyUsed);
  await chunks('request', new Request('http://localhost/', { method: 'POST', body: blob }).body);
  const original = new Response(blob);
  const copy = original.clone();
  await chunks('original', original.body);
  await chunks('clone', copy.body);
  await chunks('empty', new Response(new Blob([])).body);
  await chunks('sliced', new Response(blob.slice(1, 5)).body);
  console.log(await new Response(blob).text());
  console.log((await new Response(blob).arrayBuffer()).byteLength);
  const again = await new Response(blob).blob();
  console.log(again.size, JSON.stringify(again.type), await again.text());

  const byob = new Response(blob).body.getReader({ mode: 'byob' });
  for (let i = 0; i < 5; i++) {
    const { value, done } = await byob.read(new Uint8Array(2));
    console.log('byob', done, Buffer.from(value).toString());
  }

  const cancelled = new Response(blob);
  const reader = cancelled.body.getReader();
  console.log(await reader.read());
  await reader.cancel('enough');
  console.log(await reader.read(), cancelled.bodyUsed);
  try {
    await cancelled.text();
  } catch (e) {
    console.log(e.name, e.message);
  }
})();
