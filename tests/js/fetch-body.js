// differential
'use strict';
// The Body mixin: every body source with its default Content-Type, every consumer,
// bodyUsed, the errors for a used or locked body, streams and tee'd clones.
const show = (label) => (e) => console.log(label, e.name, e.code, e.message);

(async () => {
  const sources = {
    string: 'héllo',
    arraybuffer: new Uint8Array([104, 105]).buffer,
    view: new Uint16Array([0x6968]),
    dataview: new DataView(new Uint8Array([1, 104, 105]).buffer, 1),
    blob: new Blob(['blob!'], { type: 'Text/Foo' }),
    typelessBlob: new Blob(['b']),
    params: new URLSearchParams({ a: '1', b: 'two words' }),
    number: 42,
    object: {},
    stream: new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('str'));
        c.enqueue(new TextEncoder().encode('eam'));
        c.close();
      },
    }),
  };
  for (const [name, src] of Object.entries(sources)) {
    const r = new Response(src);
    console.log(name, r.headers.get('content-type'), r.bodyUsed, JSON.stringify(await r.text()), r.bodyUsed);
  }
  console.log('null body', new Response(null).body, new Response().body, await new Response().text() === '');
  console.log('body is stream', new Response('x').body instanceof ReadableStream);

  const ab = await new Response('abc').arrayBuffer();
  console.log('arrayBuffer', ab instanceof ArrayBuffer, ab.byteLength);
  const bytes = await new Response('abc').bytes();
  console.log('bytes', bytes instanceof Uint8Array, [...bytes].join());
  console.log('json', JSON.stringify(await new Response('{"a":[1,2]}').json()));
  const blob = await new Response('{}', { headers: { 'content-type': 'application/json' } }).blob();
  console.log('blob', blob.constructor.name, blob.type, blob.size);
  const blob2 = await new Response(new Uint8Array(3)).blob();
  console.log('blob typeless', JSON.stringify(blob2.type), blob2.size);
  console.log('bom', (await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text()).length);

  // Reading the stream directly.
  const r = new Response('chunked body');
  const reader = r.body.getReader();
  const chunks = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(new TextDecoder().decode(value));
  }
  console.log('read', chunks.join(''), r.bodyUsed);

  const used = new Response('abc');
  await used.text();
  await used.text().catch(show('used text'));
  await used.json().catch(show('used json'));
  try { used.clone(); } catch (e) { show('used clone')(e); }
  const locked = new Response('abc');
  locked.body.getReader();
  console.log('locked bodyUsed', locked.bodyUsed);
  await locked.arrayBuffer().catch(show('locked'));
  await new Response('{').json().catch((e) => console.log('bad json', e.name));
  await Response.prototype.text.call({}).catch(show('illegal'));

  const disturbed = new ReadableStream({ pull(c) { c.enqueue(new Uint8Array(1)); } });
  await disturbed.getReader().read();
  try { new Response(disturbed); } catch (e) { show('disturbed stream')(e); }
  const lockedStream = new ReadableStream();
  lockedStream.getReader();
  try { new Response(lockedStream); } catch (e) { show('locked stream')(e); }
  await new Response(new ReadableStream({
    start(c) { c.enqueue('not bytes'); c.close(); },
  })).text().catch((e) => console.log('string chunk', e.name));

  // Clones read independently, from strings and from streams.
  const a = new Response('same');
  const b = a.clone();
  console.log('clone', await a.text(), await b.text());
  const s = new Response(new ReadableStream({
    start(c) { c.enqueue(new TextEncoder().encode('teed')); c.close(); },
  }));
  const s2 = s.clone();
  console.log('clone stream', ...(await Promise.all([s.text(), s2.text()])));
})();
