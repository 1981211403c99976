// differential: allowHalfOpen keeps the write side open after the peer's FIN; without it the socket ends itself; write after end errors
'use strict';
const net = require('net');

const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  sock.on('end', () => {
    console.log('server: peer ended; still writable', sock.writable, sock.readyState);
    setImmediate(() => {
      sock.write('late reply');
      sock.end();
    });
  });
  sock.resume();
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true }, () => {
    c.end('bye');
    console.log('client after end: readyState', c.readyState);
    c.write('more', (err) => console.log('write after end cb:', err && err.code));
    c.on('error', (e) => console.log('client error', e.code, e.message));
  });
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => console.log('client got', got));
  c.on('close', () => {
    // Second case: a plain server socket ends itself when the client ends.
    const s2 = net.createServer((sock) => {
      sock.on('end', () => console.log('plain server end; writable', sock.writable));
      sock.on('finish', () => console.log('plain server finish'));
      sock.on('close', () => {
        console.log('plain server close');
        s2.close();
        server.close();
      });
      sock.resume();
    }).listen(0, '127.0.0.1', () => {
      const c2 = net.connect(s2.address().port, '127.0.0.1', () => c2.end());
      c2.resume();
    });
  });
});
