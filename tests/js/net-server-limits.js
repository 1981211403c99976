// differential: maxConnections drops the extra connection ('drop' event), getConnections counts, unref'd server lets the process exit, Socket({ fd }) of a file is refused
'use strict';
const net = require('net');
const fs = require('fs');

try {
  new net.Socket({ fd: fs.openSync(__filename, 'r') });
} catch (e) {
  console.log('file fd:', e.code, e.message);
}

const server = net.createServer((sock) => {
  server.getConnections((err, n) => {
    console.log('connection; count', err, n);
    const second = net.connect(server.address().port, '127.0.0.1');
    second.on('close', () => {
      console.log('second closed by server');
      sock.end();
      first.end();
    });
    second.resume();
  });
});
server.maxConnections = 1;
server.on('drop', (data) => console.log('drop', data.localAddress, data.remoteFamily, typeof data.remotePort));
let first;
server.listen(0, '127.0.0.1', () => {
  first = net.connect(server.address().port, '127.0.0.1');
  first.resume();
  first.on('close', () => {
    server.close(() => {
      console.log('server closed');
      // An unref'd listening server does not keep the process alive.
      net.createServer().listen(0, '127.0.0.1').unref();
    });
  });
});
process.on('exit', () => console.log('exit'));
