// differential: a udp4 echo over 127.0.0.1: strings, Buffers, arrays of chunks, offset/length, rinfo and send callbacks
'use strict';
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket({ type: 'udp4' });
const expected = 5;
let got = 0;

server.on('message', (msg, rinfo) => {
  console.log('server got', JSON.stringify(msg.toString()), Object.keys(rinfo), rinfo.family,
              rinfo.address, rinfo.size, rinfo.port === client.address().port);
  server.send(msg, rinfo.port, rinfo.address);
});
server.on('listening', () => console.log('server listening'));
server.bind(0, '127.0.0.1', () => {
  const { port, family, address } = server.address();
  console.log('bound', family, address, port > 0);
  client.on('message', (msg, rinfo) => {
    console.log('client got', JSON.stringify(msg.toString()), rinfo.port === port);
    if (++got === expected) {
      client.close(() => console.log('client closed'));
      server.close();
    }
  });
  client.send('hello', port, '127.0.0.1', (err, bytes) => {
    console.log('sent 1', err, bytes);
    client.send(Buffer.from('buffer'), port, '127.0.0.1', (e, n) => {
      console.log('sent 2', e, n);
      client.send(['a', Buffer.from('bc'), new Uint8Array([100, 101])], port, '127.0.0.1', (e2, n2) => {
        console.log('sent 3', e2, n2);
        client.send(Buffer.from('0123456789'), 2, 4, port, '127.0.0.1', (e3, n3) => {
          console.log('sent 4', e3, n3);
          client.send('xyz', 1, 1, port, (e4, n4) => console.log('sent 5', e4, n4));
        });
      });
    });
  });
});
server.on('close', () => console.log('server close event'));
