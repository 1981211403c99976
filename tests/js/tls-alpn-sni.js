// differential
'use strict';
// Server-side SNI (SNICallback, answering at once or later, chooses the certificate), ALPN selection
// (server preference, no overlap, ALPNCallback), and a client certificate requested by
// the server (requestCert) with authorized/authorizationError on both sides.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', n));

const agent = { key: F('agent-key.pem'), cert: F('agent-cert.pem') };
const other = tls.createSecureContext({ key: F('other-key.pem'), cert: F('other-cert.pem') });

function run(serverOpts, clientOpts, label) {
  return new Promise((resolve) => {
    const server = tls.createServer({ ...agent, ...serverOpts }, (s) => {
      console.log(label, 'server:', s.servername, s.alpnProtocol, s.authorized, s.authorizationError,
        s.getPeerCertificate().subject ? s.getPeerCertificate().subject.CN : null);
      s.end();
    });
    server.on('tlsClientError', (e) => console.log(label, 'tlsClientError', e.code));
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: F('ca-cert.pem'),
        ...clientOpts }, () => {
        console.log(label, 'client:', c.authorized, c.alpnProtocol, c.getPeerCertificate().subject.CN);
      });
      c.on('error', (e) => console.log(label, 'client error', e.code));
      c.on('close', () => server.close(resolve));
      c.resume();
    });
  });
}

(async () => {
  await run({}, { servername: 'localhost' }, 'plain');
  await run({ SNICallback: (name, cb) => cb(null, name === 'other.test' ? other : null) },
    { servername: 'other.test' }, 'snicallback');
  await run({ SNICallback: (name, cb) => setTimeout(() => cb(null, other), 20) },
    { servername: 'x.wild.test' }, 'snicallback-async');
  const s = { ALPNProtocols: ['h2', 'http/1.1'] };
  await run(s, { servername: 'localhost', ALPNProtocols: ['http/1.1', 'h2'] }, 'alpn-pref');
  await run(s, { servername: 'localhost', ALPNProtocols: ['x'] }, 'alpn-none');
  await run({ ALPNCallback: ({ servername, protocols }) => protocols[protocols.length - 1] },
    { servername: 'localhost', ALPNProtocols: ['a', 'b'] }, 'alpn-callback');
  await run({ requestCert: true, rejectUnauthorized: false }, { servername: 'localhost' }, 'nocert');
  await run({ requestCert: true, rejectUnauthorized: false, ca: F('ca-cert.pem') },
    { servername: 'localhost', key: F('other-key.pem'), cert: F('other-cert.pem') }, 'clientcert');
})();
