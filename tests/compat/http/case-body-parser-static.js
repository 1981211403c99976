'use strict';
// body-parser, serve-static and send in a plain http server: a JSON body parsed, a
// static file served with an ETag and then answered 304 for If-None-Match, a Range
// request, a missing file falling through to 404.
const http = require('http');
const path = require('path');
const bodyParser = require('body-parser');
const serveStatic = require('serve-static');
const send = require('send');

const json = bodyParser.json();
const statics = serveStatic(path.join(__dirname, 'public'));

const server = http.createServer((req, res) => {
  if (req.url.startsWith('/api')) {
    json(req, res, (err) => {
      if (err) {
        res.statusCode = err.status;
        res.end(`bad body: ${err.type}`);
        return;
      }
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ got: req.body }));
    });
  } else if (req.url.startsWith('/send/')) {
    send(req, req.url.slice(5), { root: path.join(__dirname, 'public') }).pipe(res);
  } else {
    statics(req, res, () => {
      res.statusCode = 404;
      res.end('not here');
    });
  }
});

function call(method, url, headers, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, method, path: url, headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { text += d; });
        res.on('end', () => resolve({ res, text }));
      });
    req.on('error', reject);
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', async () => {
  let r = await call('POST', '/api/x', { 'content-type': 'application/json' }, '{"a":1,"b":[true,null]}');
  console.log('json', r.res.statusCode, r.text);
  r = await call('POST', '/api/x', { 'content-type': 'application/json' }, '{"a":');
  console.log('bad json', r.res.statusCode, r.text);

  r = await call('GET', '/hello.txt', {});
  const etag = r.res.headers.etag;
  console.log('static', r.res.statusCode, JSON.stringify(r.text), r.res.headers['content-type'],
    r.res.headers['content-length'], typeof etag, r.res.headers['accept-ranges']);
  r = await call('GET', '/hello.txt', { 'if-none-match': etag });
  console.log('conditional', r.res.statusCode, JSON.stringify(r.text), r.res.headers.etag === etag);
  r = await call('GET', '/hello.txt', { range: 'bytes=0-4' });
  console.log('range', r.res.statusCode, JSON.stringify(r.text), r.res.headers['content-range']);
  r = await call('HEAD', '/hello.txt', {});
  console.log('head', r.res.statusCode, JSON.stringify(r.text), r.res.headers['content-length']);
  r = await call('GET', '/nothing.txt', {});
  console.log('missing', r.res.statusCode, r.text);
  r = await call('GET', '/send/hello.txt', {});
  console.log('send', r.res.statusCode, JSON.stringify(r.text), r.res.headers['cache-control']);
  server.close(() => console.log('closed'));
});
