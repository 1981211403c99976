// differential
'use strict';
// https with bad input: a key that is not PEM, the wrong protocol for the agent, an
// unreachable port (ECONNREFUSED reaches the request), and a plain-http server answering
// a TLS client.
const https = require('https');
const http = require('http');

for (const f of [
  () => https.createServer({ key: 'not a key', cert: 'not a cert' }),
  () => https.createServer({ cert: 'not a cert' }),
  () => https.request('http://127.0.0.1/'),
  () => https.request({ protocol: 'ftp:', host: '127.0.0.1' }),
]) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const plain = http.createServer((req, res) => res.end('plain'));
plain.listen(0, '127.0.0.1', () => {
  const port = plain.address().port;
  https.get({ host: '127.0.0.1', port, rejectUnauthorized: false }).on('error', (e) => {
    console.log('tls to http:', e.code);
    plain.close(() => {
      https.get({ host: '127.0.0.1', port, agent: false }).on('error', (e2) => {
        console.log('closed port:', e2.code, e2.syscall);
      });
    });
  });
});
