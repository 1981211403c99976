// differential
'use strict';
// tls.checkServerIdentity: DNS names with wildcards, IP addresses, the CN fallback and
// node's error code, message and properties.
const tls = require('tls');

const cert = { subject: { CN: 'b.com' }, subjectaltname: 'DNS:b.com, DNS:*.c.com, IP Address:127.0.0.1' };
const checks = [
  ['b.com', cert], ['B.COM.', cert], ['x.c.com', cert], ['y.x.c.com', cert], ['c.com', cert],
  ['a.com', cert], ['127.0.0.1', cert], ['127.0.0.2', cert],
  ['b.com', { subject: { CN: 'b.com' } }], ['a.com', { subject: { CN: 'b.com' } }],
  ['a.com', { subject: {} }],
  ['localhost', { subject: { CN: 'localhost' }, subjectaltname: 'IP Address:127.0.0.1' }],
];
for (const [host, c] of checks) {
  const err = tls.checkServerIdentity(host, c);
  if (!err) {
    console.log(host, 'ok');
  } else {
    console.log(host, err.name, err.code, err.message, '|', err.reason, '|', err.host, err.cert === c);
  }
}
