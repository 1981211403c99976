// differential: destroy with an error ('error' then 'close' with hadError), destroy while connecting, write after destroy, setTimeout/'timeout'
'use strict';
const net = require('net');

const server = net.createServer((sock) => {
  // The server side's events race with the client's: only checked not to throw.
  sock.on('error', () => {});
  sock.resume();
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect(port, '127.0.0.1', () => {
    c.destroy(new Error('boom'));
    console.log('destroyed', c.destroyed, c.readyState);
    c.write('x', (err) => console.log('write after destroy cb', err && err.code));
  });
  c.on('error', (e) => console.log('client error', e.message));
  c.on('close', (hadError) => {
    console.log('client close', hadError);
    const c2 = net.connect(port, '127.0.0.1');
    console.log('connecting', c2.connecting, c2.pending, c2.readyState);
    c2.on('connect', () => console.log('c2 connect (not expected)'));
    c2.on('close', (h) => {
      console.log('c2 close', h);
      const c3 = net.connect(port, '127.0.0.1');
      c3.setTimeout(50, () => {
        console.log('timeout fired; still open', !c3.destroyed, c3.timeout);
        c3.setTimeout(0);
        c3.destroy();
        server.close(() => console.log('server closed'));
      });
    });
    c2.destroy();
  });
});
