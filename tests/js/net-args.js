// differential: argument validation of net (bad ports, missing args, listen twice, close when not running, isIP)
'use strict';
const net = require('net');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

attempt('port 70000', () => net.connect(70000, '127.0.0.1'));
attempt('port -1', () => net.connect(-1, '127.0.0.1'));
attempt('port obj', () => net.connect({ port: {}, host: '127.0.0.1' }));
attempt('port true', () => net.connect({ port: true }));
attempt('no args', () => net.connect({}));
attempt('listen 65536', () => net.createServer().listen(65536));
attempt('listen {}', () => net.createServer().listen({}));
attempt('server opts', () => net.createServer(5));
attempt('timeout -1', () => new net.Socket().setTimeout(-1));
attempt('timeout str', () => new net.Socket().setTimeout('1'));
attempt('localAddress', () => net.connect({ port: 80, localAddress: 'foo' }));
attempt('objectMode', () => new net.Socket({ objectMode: true }));
attempt('getConnections', () => net.createServer().getConnections());

for (const v of ['127.0.0.1', '::1', 'fe80::1%eth0', '1.2.3', '01.2.3.4', '::ffff:1.2.3.4',
  'x', '', 5, null, '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '256.1.1.1']) {
  console.log(JSON.stringify(v), net.isIP(v), net.isIPv4(v), net.isIPv6(v));
}

const sock = new net.Socket();
console.log('new socket', sock.readyState, sock.pending, sock.connecting, sock.remoteAddress,
  sock.localPort, sock.bytesRead, sock.bytesWritten, JSON.stringify(sock.address()));

const server = net.createServer();
console.log('before listen', server.listening, server.address());
server.close((err) => console.log('close not running:', err.code, err.message));
server.listen(0, '127.0.0.1', () => {
  attempt('listen twice', () => server.listen(0));
  console.log('listening', server.listening);
  server.getConnections((err, n) => {
    console.log('connections', err, n);
    server.close(() => console.log('closed', server.listening, server.address()));
  });
});
