// differential: a server without a host listens on '::' (both families); clients over ::1, 127.0.0.1 and 'localhost' (lookup event) reach it; ipv6Only
'use strict';
const net = require('net');

const server = net.createServer((sock) => {
  sock.end(`${sock.remoteFamily} ${sock.remoteAddress} ${sock.localAddress}`);
});
server.listen(0, () => {
  const { address, family } = server.address();
  console.log('listening on', address, family, server.listening);
  const port = server.address().port;
  const hosts = ['::1', '127.0.0.1', 'localhost'];
  const next = () => {
    const host = hosts.shift();
    if (!host) {
      server.close();
      const v6only = net.createServer().listen({ port: 0, host: '::1', ipv6Only: true }, () => {
        console.log('ipv6Only', JSON.stringify(v6only.address()).replace(/"port":\d+/, '"port":P'));
        const c = net.connect(v6only.address().port, '127.0.0.1');
        c.on('error', (e) => {
          console.log('v4 client of v6-only server:', e.code);
          v6only.close();
        });
      });
      return;
    }
    const c = net.connect({ port, host });
    c.on('lookup', (err, ip, type, h) => console.log('lookup', err, ip, type, h));
    let got = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { got += d; });
    c.on('end', () => {
      console.log(host, '->', got, c.remoteFamily, c.remoteAddress);
      next();
    });
  };
  next();
});
