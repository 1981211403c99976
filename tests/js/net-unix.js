// differential: Unix domain socket server and client (path listen, address(), echo, close, unlink-free EADDRINUSE)
'use strict';
const net = require('net');
const path = require('path');
const os = require('os');
const fs = require('fs');

const dir = fs.mkdtempSync(path.join(process.env.TEST_TMPDIR || os.tmpdir(), 'net-unix-'));
const sockPath = path.join(dir, 's.sock');
const server = net.createServer((sock) => {
  server.seen = `remoteAddress ${sock.remoteAddress} address ${JSON.stringify(sock.address())}`;
  sock.pipe(sock);
});
server.listen(sockPath, () => {
  console.log('address is path', server.address() === sockPath);
  const s2 = net.createServer().listen(sockPath);
  s2.on('error', (e) => {
    console.log('second listen', e.code, e.syscall, e.message === `listen EADDRINUSE: address already in use ${sockPath}`);
    const c = net.connect(sockPath, () => {
      console.log('client connected');
      c.end('over unix');
    });
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('close', () => {
      console.log('client got', got);
      console.log('server connection:', server.seen);
      server.close(() => {
        console.log('socket file removed', !fs.existsSync(sockPath));
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
