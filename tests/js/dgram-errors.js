// differential: dgram argument validation and socket-state errors (codes and messages) and EADDRINUSE from bind
'use strict';
const dgram = require('dgram');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? '' : typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.syscall, e.errno);
  }
}

const sockets = [];
function sock(t = 'udp4') {
  const s = dgram.createSocket(t);
  sockets.push(s);
  return s;
}

attempt('bad type', () => dgram.createSocket('udp5'));
attempt('no type', () => dgram.createSocket());
attempt('bad type obj', () => dgram.createSocket({ type: 'tcp' }));
attempt('bad lookup', () => dgram.createSocket({ type: 'udp4', lookup: 5 }));
attempt('bad recvBufferSize', () => dgram.createSocket({ type: 'udp4', recvBufferSize: -1 }));
attempt('get recv size unbound', () => sock().getRecvBufferSize());
attempt('get send size unbound', () => sock().getSendBufferSize());
attempt('set recv size bad', () => sock().setRecvBufferSize(-1));
attempt('set send size str', () => sock().setSendBufferSize('1'));
attempt('address unbound', () => sock().address());
attempt('remoteAddress', () => sock().remoteAddress());
attempt('disconnect', () => sock().disconnect());
attempt('send port 0', () => sock().send('x', 0));
attempt('send port big', () => sock().send('x', 65536, '127.0.0.1'));
attempt('send number', () => sock().send(5, 10));
attempt('send object', () => sock().send({}, 10, '127.0.0.1'));
attempt('send bad list', () => sock().send([5], 10));
attempt('send bad offset', () => sock().send('abc', 5, 1, 10, '127.0.0.1'));
attempt('send bad length', () => sock().send('abc', 1, 9, 10, '127.0.0.1'));
attempt('send bad address', () => sock().send('abc', 10, 5));
attempt('addMembership none', () => sock().addMembership());
attempt('dropMembership none', () => sock().dropMembership());
attempt('ssm bad source', () => sock().addSourceSpecificMembership(5, '232.1.1.1'));
attempt('ssm bad group', () => sock().addSourceSpecificMembership('10.0.0.1', 5));
attempt('setTTL str', () => sock().setTTL('x'));
attempt('setTTL unbound', () => sock().setTTL(5));
attempt('setMulticastTTL str', () => sock().setMulticastTTL('x'));
attempt('setBroadcast unbound', () => sock().setBroadcast(true));
attempt('setMulticastInterface num', () => sock().setMulticastInterface(5));
attempt('close twice', () => { const s = dgram.createSocket('udp4'); s.close(); s.close(); });
attempt('bind after close', () => { const s = dgram.createSocket('udp4'); s.close(); s.bind(0); });
attempt('send after close', () => { const s = dgram.createSocket('udp4'); s.close(); s.send('x', 9, '127.0.0.1'); });
attempt('bind twice', () => { const s = sock(); s.bind(0); s.bind(0); });
for (const s of sockets) s.close();

const a = dgram.createSocket('udp4');
a.bind(0, '127.0.0.1', () => {
  const port = a.address().port;
  attempt('setTTL 0', () => a.setTTL(0));
  attempt('setTTL 64', () => a.setTTL(64));
  attempt('setMulticastTTL 300', () => a.setMulticastTTL(300));
  attempt('setMulticastTTL 8', () => a.setMulticastTTL(8));
  attempt('setBroadcast', () => a.setBroadcast(true));
  attempt('setMulticastLoopback', () => a.setMulticastLoopback(true));
  attempt('addMembership bad', () => a.addMembership('256.1.1.1'));
  attempt('addMembership not mcast', () => a.addMembership('127.0.0.1'));
  attempt('setMulticastInterface bad', () => a.setMulticastInterface('nonsense'));
  const b = dgram.createSocket('udp4');
  b.on('error', (e) => {
    console.log('b error', e.code, e.message === `bind EADDRINUSE 127.0.0.1:${port}`, e.syscall,
                e.address, e.port === port, Object.keys(e));
    b.close();
    const c = dgram.createSocket('udp4');
    c.on('error', (e2) => {
      console.log('c error', e2.code, e2.syscall, e2.hostname);
      c.close();
      a.close();
    });
    c.bind(0, 'no.such.host.invalid');
  });
  b.bind(port, '127.0.0.1');
});
