// differential
'use strict';
// fetch()'s rejections for bad input and unsupported URLs, and data: URLs.
const show = (label) => (e) => console.log(label, e.name, e.code, e.message,
  e.cause ? `cause: ${e.cause.name} ${e.cause.code} ${e.cause.message}` : '');

(async () => {
  const p = fetch('/relative');
  console.log('returns promise', p instanceof Promise);
  await p.catch(show('relative'));
  await fetch().catch(show('no args'));
  await fetch('http://x', 5).catch(show('bad init'));
  await fetch('http://x', { method: 'GET', body: 'x' }).catch(show('GET body'));
  await fetch('http://x', { method: 'CONNECT' }).catch(show('CONNECT'));
  await fetch('http://u:p@x/').catch(show('credentials'));
  for (const url of ['ftp://x/', 'file:///etc/passwd', 'blob:abc', 'about:blank', 'ws://x/', 'http://127.0.0.1:1/', 'http://127.0.0.1:6000/']) {
    await fetch(url).catch(show(url));
  }
  for (const url of ['data:text/plain;base64,aGk=', 'data:,a%20b', 'data:application/json,{"a":1}',
    'data:;charset=utf-8,x', 'data:text/html,<b>#frag', 'data:image/png;base64,iVBORw0K']) {
    const r = await fetch(url);
    console.log(url, r.status, r.statusText, r.ok, r.type, r.url, r.redirected,
      r.headers.get('content-type'), JSON.stringify((await r.bytes()).length), r.bodyUsed);
  }
  console.log('data text', await (await fetch('data:,Hello%2C%20World!')).text());
  await fetch('data:bad').catch(show('data no comma'));
  await fetch('data:;base64,a').catch(show('data bad base64'));
})();
