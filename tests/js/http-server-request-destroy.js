// differential
'use strict';
// req.destroy() in a handler (with or without an error) resets the connection; stream's
// destroy(req) leaves the socket to the response, which still arrives.
const http = require('http');
const { destroy } = require('stream');
const server = http.createServer((req, res) => {
  const mode = req.url;
  req.on('error', () => {});
  req.on('close', () => { try { res.end('resp'); } catch (e) { console.log('end threw', e.code); } });
  if (mode === '/destroy-err') req.destroy(new Error('x'));
  else if (mode === '/destroy') req.destroy();
  else if (mode === '/stream-destroy') destroy(req);
});
server.listen(0, async () => {
  const port = server.address().port;
  for (const path of ['/destroy-err', '/destroy', '/stream-destroy']) {
    for (const method of ['GET', 'POST']) {
      await new Promise((resolve) => {
        const r = http.request({ port, path, method, agent: false }, (res) => {
          let b = ''; res.on('data', (d) => b += d); res.on('end', () => { console.log(path, method, 'got', b); resolve(); });
        });
        r.on('error', (e) => { console.log(path, method, 'client error', e.code); resolve(); });
        r.end(method === 'POST' ? 'body' : undefined);
      });
    }
  }
  server.close();
});
