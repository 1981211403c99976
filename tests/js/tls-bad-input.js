// differential
'use strict';
// Invalid keys and certificates: node's error codes and messages.
const tls = require('tls');

const cases = [
  { key: 'garbage' }, { cert: 'garbage' }, { key: 1 }, { cert: {} }, { ca: 'garbage' },
  { minVersion: 'TLSv0' }, { maxVersion: 'SSLv3' }, { ciphers: 5 },
];
for (const opts of cases) {
  try {
    tls.createSecureContext(opts);
    console.log(JSON.stringify(opts), 'ok');
  } catch (e) {
    console.log(JSON.stringify(opts), e.name, e.code, e.message, e.library, e.reason);
  }
}
console.log(tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, tls.DEFAULT_ECDH_CURVE);
console.log(Array.isArray(tls.rootCertificates), tls.rootCertificates.length > 10,
  tls.rootCertificates[0].startsWith('-----BEGIN CERTIFICATE-----'), Object.isFrozen(tls.rootCertificates));
const out = {};
tls.convertALPNProtocols(['h2', 'http/1.1'], out);
console.log(out.ALPNProtocols);
