// differential: a kept-alive server connection switches its idle timer off for every request and back on after every response; after several requests on one socket the keep-alive timeout still closes the idle connection, and a slow handler is not cut off by it
'use strict';
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  if (req.url === '/slow') {
    // Longer than the keep-alive timeout: that timer is off while a request is served.
    setTimeout(() => res.end('slow done'), 250);
  } else {
    res.end(`hello ${req.url}`);
  }
});
server.keepAliveTimeout = 100;

server.listen(0, '127.0.0.1', () => {
  // One raw connection, so every request surely goes over the same socket.
  const c = net.connect(server.address().port, '127.0.0.1');
  const paths = ['/1', '/2', '/slow', '/3', '/4'];
  let buf = '';
  let i = 0;
  const next = () => c.write(`GET ${paths[i]} HTTP/1.1\r\nHost: x\r\n\r\n`);
  c.setEncoding('latin1');
  c.on('connect', next);
  c.on('data', (d) => {
    buf += d;
    for (;;) {
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buf.slice(0, end);
      const len = Number(/content-length: (\d+)/i.exec(head)[1]);
      if (buf.length < end + 4 + len) return;
      const body = buf.slice(end + 4, end + 4 + len);
      buf = buf.slice(end + 4 + len);
      console.log(`${paths[i]}: ${head.split('\r\n')[0]} ` +
        `${/keep-alive: (.*)/i.exec(head)?.[1]} ${body}`);
      if (++i < paths.length) next();
    }
  });
  c.on('end', () => console.log(`server ended the idle connection after ${i} responses`));
  c.on('close', () => server.close(() => console.log('server closed')));
});
