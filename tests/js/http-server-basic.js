// differential
'use strict';
// Server basics over raw sockets: keep-alive, pipelining (answers in order), a POST
// body in chunks, chunked request bodies with trailers, duplicate headers, HTTP/1.0,
// response header API and implicit chunked encoding vs Content-Length.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  const h = req.headers;
  console.log('req', req.method, req.url, req.httpVersion, JSON.stringify(h),
    JSON.stringify(req.rawHeaders), JSON.stringify(req.headersDistinct));
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('body', JSON.stringify(body), 'complete', req.complete,
      'trailers', JSON.stringify(req.trailers), JSON.stringify(req.rawTrailers));
    if (req.url === '/chunked') {
      res.setHeader('X-A', 'a');
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      console.log(res.getHeader('x-a'), JSON.stringify(res.getHeaders()), res.getHeaderNames(),
        res.hasHeader('X-A'), res.headersSent);
      res.removeHeader('x-a');
      res.write('part1;');
      console.log('headersSent', res.headersSent);
      res.end('part2');
    } else if (req.url === '/trailers') {
      res.writeHead(200, { 'Trailer': 'X-T' });
      res.write('x');
      res.addTrailers({ 'X-T': 'done' });
      res.end();
    } else if (req.url === '/status') {
      res.statusCode = 404;
      res.statusMessage = 'Nope';
      res.end();
    } else if (req.url === '/head') {
      res.end('not sent');
    } else {
      res.end(`echo ${req.method} ${body.length}`);
    }
  });
  res.on('finish', () => console.log('finish', req.url, res.writableEnded, res.finished));
});

function scrub(s) {
  return s.replace(/Date: [^\r]*\r\n/g, 'Date: X\r\n');
}

function exchange(payload, cb) {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    for (const p of payload) c.write(p);
  });
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('end', () => c.end());
  c.on('close', () => {
    console.log(JSON.stringify(scrub(out)));
    cb();
  });
}

const steps = [
  ['GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b?q=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
  ['POST /post HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\nConnection: close\r\n\r\nhello', ' world'],
  ['POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
   '5\r\nhello\r\n6\r\n world\r\n0\r\nX-Trail: yes\r\n\r\n'],
  ['GET /dups HTTP/1.1\r\nHost: x\r\nHost: y\r\nAccept: a\r\nAccept: b\r\nCookie: c=1\r\n' +
   'Cookie: d=2\r\nSet-Cookie: s1\r\nSet-Cookie: s2\r\nX-Custom:  padded  \r\nConnection: close\r\n\r\n'],
  ['GET /old HTTP/1.0\r\n\r\n'],
  ['GET /trailers HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
  ['GET /status HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
  ['HEAD /head HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
];

server.listen(0, '127.0.0.1', () => {
  let i = 0;
  const next = () => {
    if (i === steps.length) {
      server.close(() => console.log('closed'));
      return;
    }
    exchange(steps[i++], next);
  };
  next();
});
