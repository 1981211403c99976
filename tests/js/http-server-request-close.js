// differential
'use strict';
// A server request closes once, on its own: right after 'end' when read to the end (even
// with its response still pending), after the response when nobody read it (the server
// dumps it then), and at once, after 'aborted' and 'error', when the handler destroys it.
// Five requests on one keep-alive socket.
const http = require('http');
const { destroy } = require('stream');
const log = [];
let n = 0;
const server = http.createServer((req, res) => {
  const id = req.url;
  for (const e of ['end', 'close', 'aborted', 'error']) req.on(e, () => log.push(`${id} req ${e} d=${req.destroyed}`));
  for (const e of ['finish', 'close']) res.on(e, () => log.push(`${id} res ${e}`));
  if (id === '/a') res.end('a');
  else if (id === '/b') { req.resume(); req.on('end', () => res.end('b')); }
  else if (id === '/c') { destroy(req); req.on('close', () => res.end('c')); }
  else if (id === '/d') { req.resume(); setTimeout(() => res.end('d'), 20); }
  else if (id === '/e') { setTimeout(() => res.end('e'), 20); }
});
server.listen(0, async () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const go = (path, method, body) => new Promise((resolve) => {
    const r = http.request({ port, path, method, agent }, (res) => { res.resume(); res.on('end', resolve); });
    r.on('error', () => resolve());
    r.end(body);
  });
  await go('/a', 'GET');
  await go('/b', 'POST', 'xyz');
  await go('/c', 'POST', 'asd');
  await go('/d', 'POST', 'later');
  await go('/e', 'GET');
  setTimeout(() => { console.log(log.join('\n')); server.close(); agent.destroy(); }, 50);
});
