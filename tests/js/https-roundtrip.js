// differential
'use strict';
// https GET and POST round trips through the global agent and agent: false, then a
// request to a server its CA does not trust fails with node's code.
const https = require('https');
const fs = require('fs');
const F = (n) => fs.readFileSync(require('path').join(__dirname, '..', 'fixtures', 'tls', n));
const server = https.createServer({ key: F('agent-key.pem'), cert: F('agent-cert.pem') }, (req, res) => {
  let body = '';
  req.on('data', (d) => body += d);
  req.on('end', () => {
    console.log('server', req.method, req.url, req.headers.host.replace(/:\d+$/, ':PORT'), body, req.socket.encrypted);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ ok: true, body }));
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  https.get(`https://localhost:${port}/hello`, { ca: F('ca-cert.pem') }, (res) => {
    console.log('GET', res.statusCode, res.headers['content-type']);
    res.setEncoding('utf8');
    let b = '';
    res.on('data', (d) => b += d);
    res.on('end', () => {
      console.log('GET body', b);
      const req = https.request({ host: '127.0.0.1', port, method: 'POST', path: '/post', ca: F('ca-cert.pem'), agent: false }, (res) => {
        let b = '';
        res.on('data', (d) => b += d);
        res.on('end', () => {
          console.log('POST', res.statusCode, b);
          https.get({ host: 'localhost', port, path: '/x', ca: F('self-cert.pem') }).on('error', (e) => {
            console.log('error', e.code, e.message);
            server.close();
            https.globalAgent.destroy();
          });
        });
      });
      req.end('data=1');
    });
  });
});
