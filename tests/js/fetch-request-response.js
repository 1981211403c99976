// differential
'use strict';
// Request and Response construction: defaults, normalisation, validation errors,
// the static Response constructors and clone().
const t = (label, f) => {
  try {
    console.log(label, 'ok', JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.cause ? `cause: ${e.cause.name} ${e.cause.code} ${e.cause.message}` : '');
  }
};

for (const name of ['fetch', 'Request', 'Response', 'FormData']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, 'value' in d, typeof d.get, d.enumerable, d.configurable, d.writable);
}
console.log('fetch', typeof fetch, fetch.name, fetch.length, Request.length, Response.length);
console.log('Request proto', Object.getOwnPropertyNames(Request.prototype).filter((n) => n !== 'attribute').join());
console.log('Response proto', Object.getOwnPropertyNames(Response.prototype).join(), Object.getOwnPropertyNames(Response).join());

const r = new Request('http://x/a?b#c', { method: 'post', body: 'x' });
console.log('request', r.method, r.url, r.cache, r.mode, r.credentials, r.redirect, r.referrer,
  JSON.stringify(r.referrerPolicy), JSON.stringify(r.integrity), r.keepalive, JSON.stringify(r.destination),
  r.duplex, r.isHistoryNavigation, r.isReloadNavigation, r.headers.get('content-type'),
  r.signal instanceof AbortSignal, r.signal.aborted, r.bodyUsed);
const r2 = new Request('http://x', {
  method: 'delete', headers: { A: '1' }, cache: 'no-store', mode: 'same-origin', credentials: 'include',
  redirect: 'manual', referrer: 'http://y/z', referrerPolicy: 'no-referrer', integrity: 'sha1-x', keepalive: true,
});
console.log('request init', r2.method, r2.url, r2.cache, r2.mode, r2.credentials, r2.redirect, r2.referrer,
  r2.referrerPolicy, r2.integrity, r2.keepalive, JSON.stringify([...r2.headers]), r2.body);
console.log('methods', ['get', 'Head', 'options', 'put', 'PATCH', 'custom'].map((m) => new Request('http://x', { method: m }).method).join());
console.log('url normalised', new Request('http://X/é a/../b').url, new Request('ftp://x').url);
console.log('empty referrer', JSON.stringify(new Request('http://x', { referrer: '' }).referrer));
const fromReq = new Request(new Request('http://x/y', { method: 'POST', body: 'x', headers: { a: '1' } }), { headers: { b: '2' } });
console.log('from request', fromReq.method, fromReq.url, JSON.stringify([...fromReq.headers]));
const ac = new AbortController();
const withSignal = new Request('http://x', { signal: ac.signal });
ac.abort('why');
console.log('signal follows', withSignal.signal.aborted, withSignal.signal.reason);
const rc = new Request('http://x', { method: 'PUT', body: 'clone me', headers: { q: '1' } });
const rc2 = rc.clone();
rc2.headers.set('q', '2');
Promise.all([rc.text(), rc2.text()]).then(([a, b]) => console.log('request clone', a, b, rc.headers.get('q'), rc2.headers.get('q')));

t('no args', () => new Request());
t('relative', () => new Request('/x'));
t('credentials', () => new Request('http://u:p@x'));
t('CONNECT', () => new Request('http://x', { method: 'CONNECT' }));
t('trace', () => new Request('http://x', { method: 'trace' }));
t('bad method', () => new Request('http://x', { method: 'bad method' }));
t('GET body', () => new Request('http://x', { method: 'GET', body: 'a' }));
t('HEAD body', () => new Request('http://x', { method: 'HEAD', body: 'a' }));
t('GET null body', () => new Request('http://x', { body: null }).body);
t('navigate', () => new Request('http://x', { mode: 'navigate' }));
t('bad mode', () => new Request('http://x', { mode: 'bogus' }));
t('bad redirect', () => new Request('http://x', { redirect: 'bogus' }));
t('bad cache', () => new Request('http://x', { cache: 'bogus' }));
t('bad credentials', () => new Request('http://x', { credentials: 'bogus' }));
t('bad init', () => new Request('http://x', 5));
t('bad signal', () => new Request('http://x', { signal: 5 }));
t('window', () => new Request('http://x', { window: 5 }));
t('stream no duplex', () => new Request('http://x', { method: 'POST', body: new ReadableStream() }));
t('bad duplex', () => new Request('http://x', { method: 'POST', body: 'x', duplex: 'full' }));
t('illegal', () => Object.getOwnPropertyDescriptor(Request.prototype, 'url').get.call({}));
(async () => {
  const usedReq = new Request('http://x', { method: 'POST', body: 'x' });
  await usedReq.text();
  t('used request', () => new Request(usedReq));
  t('used request clone', () => usedReq.clone());

  const res = new Response('hi', { status: 201, statusText: 'Made', headers: { 'x-a': 'b' } });
  console.log('response', res.status, res.statusText, res.ok, res.type, JSON.stringify(res.url), res.redirected,
    JSON.stringify([...res.headers]));
  res.headers.set('x-b', 'c');
  console.log('response headers mutable', res.headers.get('x-b'));
  console.log('default response', new Response().status, JSON.stringify(new Response().statusText), new Response(null, { status: 404 }).ok);
  const err = Response.error();
  console.log('error', err.type, err.status, JSON.stringify(err.statusText), err.ok, err.body);
  const json = Response.json({ a: 1 }, { status: 202, headers: { 'x-j': '1' } });
  console.log('json', json.status, JSON.stringify([...json.headers]), await json.text());
  const red = Response.redirect('http://a/b?c', 307);
  console.log('redirect', red.status, red.headers.get('location'), red.type);
  console.log('redirect default', Response.redirect(new URL('http://q/')).status);
  const c = res.clone();
  console.log('response clone', c.status, c.statusText, c.headers.get('x-b'), await c.text(), await res.text());
  console.log('status coerced', new Response(null, { status: 200.9 }).status);

  t('status 99', () => new Response('x', { status: 99 }));
  t('status 600', () => new Response('x', { status: 600 }));
  t('status NaN', () => new Response(null, { status: 'abc' }));
  t('204 with body', () => new Response('x', { status: 204 }));
  t('204 null body', () => new Response(null, { status: 204 }).status);
  t('bad statusText', () => new Response('x', { statusText: 'a\nb' }));
  t('bad init', () => new Response('x', 5));
  t('bad headers', () => new Response('x', { headers: 5 }));
  t('json undefined', () => Response.json(undefined));
  t('redirect relative', () => Response.redirect('/x'));
  t('redirect status', () => Response.redirect('http://x/', 200));
  t('error immutable', () => Response.error().headers.set('a', 'b'));
  t('redirect immutable', () => Response.redirect('http://x/').headers.set('a', 'b'));
})();
