// differential
'use strict';
// Certificate verification: node's codes and messages for a self-signed server
// certificate, an unknown issuer and a host-name mismatch; rejectUnauthorized: false
// connects and reports authorizationError instead.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', n));

const servers = {
  self: tls.createServer({ key: F('self-key.pem'), cert: F('self-cert.pem') }, (s) => s.end()),
  agent: tls.createServer({ key: F('agent-key.pem'), cert: F('agent-cert.pem') }, (s) => s.end()),
};
for (const s of Object.values(servers)) s.on('tlsClientError', () => {});

const cases = [
  ['self-signed', 'self', { host: '127.0.0.1', servername: 'localhost' }],
  ['unknown CA', 'agent', { host: '127.0.0.1', servername: 'localhost' }],
  ['wrong name', 'agent', { host: '127.0.0.1', servername: 'example.com', ca: F('ca-cert.pem') }],
  ['wrong ip', 'agent', { host: '127.0.0.1', servername: '', ca: F('ca-cert.pem'),
    checkServerIdentity: (h, c) => tls.checkServerIdentity('127.0.0.2', c) }],
  ['not rejected', 'self', { host: '127.0.0.1', servername: 'localhost', rejectUnauthorized: false }],
  ['trusted', 'agent', { host: '127.0.0.1', servername: 'localhost', ca: F('ca-cert.pem') }],
];

function next() {
  const c = cases.shift();
  if (!c) {
    for (const s of Object.values(servers)) s.close();
    return;
  }
  const [name, which, opts] = c;
  const sock = tls.connect({ port: servers[which].address().port, ...opts }, () => {
    console.log(name, 'secureConnect', sock.authorized, sock.authorizationError);
    sock.destroy();
    next();
  });
  sock.on('error', (e) => {
    console.log(name, 'error', e.code, e.message, e.reason);
    next();
  });
}

let listening = 0;
for (const s of Object.values(servers)) {
  s.listen(0, '127.0.0.1', () => {
    if (++listening === 2) next();
  });
}
