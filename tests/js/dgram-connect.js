// differential: connected udp sockets: connect/remoteAddress/disconnect, send without an address, and the connected-state errors
'use strict';
const dgram = require('dgram');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? '' : typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  attempt('remoteAddress before', () => client.remoteAddress());
  attempt('disconnect before', () => client.disconnect());
  client.connect(port, '127.0.0.1', () => {
    console.log('connected', client.remoteAddress().port === port, client.remoteAddress().address);
    attempt('connect again', () => client.connect(port));
    attempt('send with port', () => client.send('x', port));
    attempt('send with port+addr', () => client.send('x', port, '127.0.0.1'));
    server.once('message', (msg, rinfo) => {
      console.log('server got', msg.toString(), rinfo.port === client.address().port);
      server.once('message', (msg2) => {
        console.log('server got', msg2.toString());
        client.disconnect();
        attempt('remoteAddress after', () => client.remoteAddress());
        attempt('send no port after disconnect', () => client.send('x'));
        client.send('after', port, '127.0.0.1', (err, n) => {
          console.log('sent after', err, n);
        });
        server.once('message', (m3) => {
          console.log('server got', m3.toString());
          client.close();
          server.close();
          badHost(); // after the exchange: a lookup failure's timing is not the test's order

        });
      });
      client.send(Buffer.from('--part--'), 2, 4, (err, n) => console.log('sent part', err, n));
    });
    client.send('first', (err, n) => console.log('sent first', err, n));
  });
  client.on('connect', () => console.log('connect event'));
});

const s3 = dgram.createSocket('udp4');
attempt('connect port 0', () => s3.connect(0));
attempt('connect port str', () => s3.connect('abc'));
attempt('connect bad addr', () => s3.connect(9, 5));
s3.close();

function badHost() {
  const s2 = dgram.createSocket('udp4');
  s2.connect(9, 'no.such.host.invalid', (err) => {
    console.log('bad host', err.code, err.syscall, err.hostname);
    s2.close();
  });
}
