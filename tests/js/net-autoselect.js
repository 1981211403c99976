// differential: autoSelectFamily tries the looked-up addresses one after the other, families alternating (events, attempted list, AggregateError when all fail)
'use strict';
const net = require('net');

function mockLookup(...addresses) {
  const all = addresses.map((address) => ({ address, family: net.isIP(address) }));
  return (host, opts, cb) => process.nextTick(() => (opts.all ? cb(null, all) : cb(null, all[0].address, all[0].family)));
}

const server = net.createServer((sock) => sock.end('hello'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.createConnection({
    host: 'example.org', port, autoSelectFamily: true,
    lookup: mockLookup('::1', '::2', '127.0.0.1', '127.0.0.2'),
  });
  const P = (p) => (p === port ? 'PORT' : p);
  c.on('lookup', (...a) => console.log('lookup', a));
  c.on('connectionAttempt', (ip, p, fam) => console.log('attempt', ip, P(p), fam));
  c.on('connectionAttemptFailed', (ip, p, fam, e) => console.log('failed', ip, P(p), fam, e.code));
  c.on('connect', () => console.log('connected to', c.remoteAddress,
    c.autoSelectFamilyAttemptedAddresses.map((a) => a.replace(`:${port}`, ':PORT'))));
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('data', d));
  c.on('close', () => {
    const bad = net.createConnection({ host: 'example.org', port: 10, autoSelectFamily: true,
      lookup: mockLookup('::1', '127.0.0.1') });
    bad.on('connectionAttemptFailed', (ip, p, fam, e) => console.log('failed', ip, p, fam, e.message));
    bad.on('error', (e) => {
      console.log(e.constructor.name, JSON.stringify(e.message), e.code, e.errors.map((x) => x.message),
        bad.autoSelectFamilyAttemptedAddresses);
      const off = net.createConnection({ host: 'example.org', port: 10, autoSelectFamily: false,
        lookup: mockLookup('::1', '127.0.0.1') });
      off.on('lookup', (...a) => console.log('lookup (off)', a));
      off.on('error', (e2) => {
        console.log('off', e2.message, off.autoSelectFamilyAttemptedAddresses);
        server.close();
      });
    });
  });
});
