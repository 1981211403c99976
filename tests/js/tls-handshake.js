// differential
'use strict';
// A TLS server and client over loopback: handshake, events in order, data both ways,
// ALPN, SNI servername, protocol and the peer certificate's basics.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', n));

const server = tls.createServer({
  key: F('agent-key.pem'), cert: F('agent-cert.pem'), ALPNProtocols: ['h2', 'foo'],
}, (s) => {
  console.log('server secureConnection', s.getProtocol(), s.alpnProtocol, s.servername,
    s.authorized, s.encrypted);
  s.on('data', (d) => {
    console.log('server got', d.toString());
    s.end('pong');
  });
});
server.on('connection', () => console.log('server connection'));
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({
    port: server.address().port, host: '127.0.0.1', servername: 'localhost',
    ca: F('ca-cert.pem'), ALPNProtocols: ['foo'],
  }, () => {
    console.log('client secureConnect', c.authorized, c.authorizationError, c.alpnProtocol,
      c.getProtocol(), c.encrypted, c instanceof tls.TLSSocket);
    const cert = c.getPeerCertificate();
    console.log(cert.subject, cert.issuer, cert.subjectaltname, cert.bits, cert.exponent);
    console.log(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(cert.fingerprint256),
      /^([0-9A-F]{2}:){19}[0-9A-F]{2}$/.test(cert.fingerprint),
      typeof cert.valid_from, cert.valid_to.endsWith('GMT'), Buffer.isBuffer(cert.raw));
    console.log('cipher version', c.getCipher().version);
    c.write('ping');
  });
  c.on('connect', () => console.log('client connect'));
  c.on('data', (d) => console.log('client got', d.toString()));
  c.on('end', () => console.log('client end'));
  c.on('close', () => {
    console.log('client close');
    server.close(() => console.log('server closed'));
  });
});
