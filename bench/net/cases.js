'use strict';
// net benchmark cases, one per process run: node cases.js <case>
//   stream:   256 MiB from a client to a server over 127.0.0.1 in 64 KiB writes
//   pingpong: 20,000 small request/response round trips on one connection
//   connect:  2,000 connections opened and closed one after the other
const net = require('net');
const which = process.argv[2];

function server(onSocket, cb) {
  const s = net.createServer(onSocket);
  s.listen(0, '127.0.0.1', () => cb(s, s.address().port));
}

if (which === 'stream') {
  const total = 256 * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024, 'x');
  server((sock) => {
    let got = 0;
    sock.on('data', (d) => { got += d.length; });
    sock.on('end', () => {
      if (got !== total) throw new Error(`got ${got}`);
      sock.end();
    });
  }, (s, port) => {
    const c = net.connect(port, '127.0.0.1', () => {
      let sent = 0;
      const pump = () => {
        while (sent < total) {
          sent += chunk.length;
          if (!c.write(chunk)) return c.once('drain', pump);
        }
        c.end();
      };
      pump();
    });
    c.resume();
    c.on('close', () => s.close());
  });
} else if (which === 'pingpong') {
  const rounds = 20000;
  server((sock) => sock.on('data', (d) => sock.write(d)), (s, port) => {
    const c = net.connect(port, '127.0.0.1', () => c.write('ping'));
    let n = 0;
    c.on('data', () => {
      if (++n === rounds) c.end();
      else c.write('ping');
    });
    c.on('close', () => s.close());
  });
} else if (which === 'connect') {
  const count = 2000;
  server((sock) => sock.end('x'), (s, port) => {
    let n = 0;
    const next = () => {
      if (n++ === count) return s.close();
      const c = net.connect(port, '127.0.0.1');
      c.resume();
      c.on('close', next);
    };
    next();
  });
} else {
  throw new Error(`unknown case ${which}`);
}
