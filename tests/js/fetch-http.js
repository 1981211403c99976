// differential
'use strict';
// fetch() against a local http server: methods, request bodies of each kind, the
// headers fetch adds, streamed responses, redirects of each kind, decoded content
// codings, aborts before and during the body, and a refused connection.
const http = require('http');
const zlib = require('zlib');

const show = (label) => (e) => console.log(label, e.name, e.code, e.message,
  e.cause ? `cause: ${[e.cause.name, e.cause.code, e.cause.message, e.cause.syscall].join('|')}` : '');

const server = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://h');
  switch (u.pathname) {
    case '/echo': {
      const chunks = [];
      req.on('data', (d) => chunks.push(d));
      req.on('end', () => {
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.end(`${req.method} ${req.headers['content-type']} ${req.headers['content-length']} ` +
          `${req.headers['transfer-encoding']} ${req.headers['x-custom']} [${Buffer.concat(chunks)}]`);
      });
      return;
    }
    case '/defaults':
      return res.end(JSON.stringify([req.headers['user-agent'], req.headers.accept,
        req.headers['accept-encoding'], req.headers['accept-language'], req.headers['sec-fetch-mode']]));
    case '/slow':
      res.write('part1');
      setTimeout(() => res.end('part2'), 200);
      return;
    case '/redirect':
      res.writeHead(Number(u.searchParams.get('status')), { location: u.searchParams.get('to') });
      return res.end();
    case '/loop':
      res.writeHead(302, { location: '/loop' });
      return res.end();
    case '/gzip':
      res.writeHead(200, { 'content-encoding': 'gzip' });
      return res.end(zlib.gzipSync('gzipped body'));
    case '/deflate':
      res.writeHead(200, { 'content-encoding': 'deflate' });
      return res.end(zlib.deflateSync('deflated body'));
    case '/br':
      res.writeHead(200, { 'content-encoding': 'br' });
      return res.end(zlib.brotliCompressSync('brotli body'));
    case '/status':
      res.writeHead(418, 'Teapot', { 'x-b': '1' });
      return res.end('short');
    case '/empty':
      res.writeHead(204);
      return res.end();
    default:
      res.end('root');
  }
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const strip = (s) => s.split(base).join('BASE');

  for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
    const r = await fetch(`${base}/echo`, { method });
    console.log(method, r.status, await r.text());
  }
  const head = await fetch(`${base}/echo`, { method: 'HEAD' });
  console.log('HEAD', head.status, head.body, head.headers.get('content-length'));

  const bodies = {
    string: 'text body',
    bytes: new Uint8Array([65, 66]),
    params: new URLSearchParams({ q: 'a b' }),
    blob: new Blob(['blobby'], { type: 'x/y' }),
    stream: new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('streamed '));
        c.enqueue(new TextEncoder().encode('body'));
        c.close();
      },
    }),
  };
  for (const [name, body] of Object.entries(bodies)) {
    const r = await fetch(`${base}/echo`, { method: 'POST', body, duplex: 'half', headers: { 'X-Custom': name } });
    console.log('body', name, await r.text());
  }
  const viaRequest = new Request(`${base}/echo`, { method: 'PUT', body: 'from request' });
  console.log('request object', await (await fetch(viaRequest)).text(), viaRequest.bodyUsed);

  const d = await fetch(`${base}/defaults`);
  console.log('defaults', await d.text());

  const st = await fetch(`${base}/status`);
  console.log('status', st.status, st.statusText, st.ok, st.type, strip(st.url), st.redirected,
    [...st.headers.keys()].join(), st.headers.get('x-b'), st.bodyUsed, await st.text(), st.bodyUsed);
  const echo = await fetch(`${base}/echo`);
  console.log('set-cookie', echo.headers.get('set-cookie'), JSON.stringify(echo.headers.getSetCookie()));
  try { echo.headers.set('a', 'b'); } catch (e) { show('immutable')(e); }
  const cloned = echo.clone();
  console.log('clone', await echo.text() === await cloned.text());
  const empty = await fetch(`${base}/empty`);
  console.log('204', empty.status, empty.body);

  // Streaming: the first chunk arrives before the server has finished.
  const slow = await fetch(`${base}/slow`);
  const reader = slow.body.getReader();
  console.log('first chunk', new TextDecoder().decode((await reader.read()).value));
  let rest = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    rest += new TextDecoder().decode(value);
  }
  console.log('rest', rest);

  for (const coding of ['gzip', 'deflate', 'br']) {
    const r = await fetch(`${base}/${coding}`);
    console.log(coding, r.headers.get('content-encoding'), await r.text());
  }

  for (const status of [301, 302, 303, 307, 308]) {
    const r = await fetch(`${base}/redirect?status=${status}&to=/echo`, { method: 'POST', body: 'payload' });
    console.log('redirect', status, r.status, r.redirected, strip(r.url), await r.text());
  }
  const abs = await fetch(`${base}/redirect?status=302&to=${encodeURIComponent(`${base}/defaults`)}`);
  console.log('absolute redirect', strip(abs.url), abs.redirected);
  const manual = await fetch(`${base}/redirect?status=301&to=/echo`, { redirect: 'manual' });
  console.log('manual', manual.status, manual.type, manual.redirected, strip(manual.url), manual.headers.get('location'));
  await fetch(`${base}/redirect?status=302&to=/echo`, { redirect: 'error' }).catch(show('redirect error'));
  await fetch(`${base}/loop`).catch(show('loop'));
  await fetch(`${base}/redirect?status=307&to=/echo`, {
    method: 'POST', duplex: 'half', body: new ReadableStream({ start(c) { c.enqueue(new Uint8Array(1)); c.close(); } }),
  }).catch((e) => console.log('stream body redirect', e.name, e.message));

  const pre = new AbortController();
  pre.abort();
  await fetch(base, { signal: pre.signal }).catch(show('aborted before'));
  const preReason = new AbortController();
  preReason.abort(new Error('my reason'));
  await fetch(base, { signal: preReason.signal }).catch(show('aborted with reason'));
  const mid = new AbortController();
  const r = await fetch(`${base}/slow`, { signal: mid.signal });
  const rd = r.body.getReader();
  await rd.read();
  mid.abort();
  await rd.read().catch(show('aborted during body'));
  const early = new AbortController();
  const p = fetch(`${base}/slow`, { signal: early.signal });
  early.abort();
  await p.catch(show('aborted during request'));

  server.close();
  const closed = http.createServer().listen(0, '127.0.0.1', () => {
    const port = closed.address().port;
    closed.close(() => {
      fetch(`http://127.0.0.1:${port}/`).catch((e) => {
        console.log('refused', e.name, e.message, e.cause.name, e.cause.code, e.cause.syscall,
          e.cause.errno, e.cause.message === `connect ECONNREFUSED 127.0.0.1:${port}`);
      });
    });
  });
});
