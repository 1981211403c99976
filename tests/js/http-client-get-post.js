// differential
'use strict';
// GET and POST against a local server: status, headers, streamed body, chunked and
// Content-Length request bodies, the request's own header block as the server saw it.
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    const seen = {
      method: req.method, url: req.url, body,
      host: req.headers.host === `127.0.0.1:${server.address().port}`,
      te: req.headers['transfer-encoding'] || null,
      cl: req.headers['content-length'] || null,
      x: req.headers['x-test'] || null,
      auth: req.headers.authorization || null,
      connection: req.headers.connection,
    };
    res.setHeader('X-Reply', 'yes');
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.writeHead(201, 'Made', { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(seen));
  });
});

function request(options, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, ...options },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ res, body: Buffer.concat(chunks).toString() }));
      });
    req.on('error', reject);
    if (body !== undefined) {
      for (const part of body) req.write(part);
    }
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const get = await request({ path: '/get?q=1', headers: { 'X-Test': 'one' } });
  console.log(get.res.statusCode, get.res.statusMessage, get.res.httpVersion);
  console.log(get.res.headers['content-type'], get.res.headers['x-reply'],
    get.res.headers['set-cookie']);
  console.log(get.res.complete, get.res.rawHeaders.filter((h, i) => i % 2 === 0 && h !== 'Date'));
  console.log(JSON.parse(get.body));

  const chunked = await request({ method: 'post', path: '/chunked', auth: 'user:pw' },
    ['hello ', 'world']);
  console.log(JSON.parse(chunked.body));

  const sized = await request({
    method: 'PUT', path: '/sized', headers: { 'Content-Length': 5, Connection: 'close' },
  }, ['abcde']);
  console.log(JSON.parse(sized.body));

  const url = new URL(`http://127.0.0.1:${server.address().port}/from-url`);
  http.get(url, (res) => {
    res.setEncoding('utf8');
    let text = '';
    res.on('data', (d) => { text += d; });
    res.on('end', () => {
      console.log('url form', res.statusCode, JSON.parse(text).url);
      http.get(`http://127.0.0.1:${server.address().port}/string`, { headers: { 'x-test': 'two' } },
        (res2) => {
          res2.setEncoding('utf8');
          let t2 = '';
          res2.on('data', (d) => { t2 += d; });
          res2.on('end', () => {
            const j = JSON.parse(t2);
            console.log('string form', j.url, j.x);
            http.globalAgent.destroy();
            server.close(() => console.log('closed'));
          });
        });
    });
  });
});
