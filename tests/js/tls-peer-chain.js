// differential
'use strict';
// getPeerCertificate(true): the chain up to the trusted root through issuerCertificate,
// the self-signed root being its own issuer; without `detailed` there is no link.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', n));

const server = tls.createServer({ key: F('agent-key.pem'), cert: F('agent-cert.pem') }, (s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost',
    ca: F('ca-cert.pem') }, () => {
    const plain = c.getPeerCertificate();
    console.log('plain', plain.subject.CN, 'issuerCertificate' in plain);
    let cert = c.getPeerCertificate(true);
    for (let i = 0; i < 4 && cert; i++) {
      console.log(i, cert.subject.CN, cert.issuer.CN, cert.ca, cert.issuerCertificate === cert);
      if (cert.issuerCertificate === cert) break;
      cert = cert.issuerCertificate;
    }
    c.end();
  });
  c.on('close', () => server.close());
  c.resume();
});
