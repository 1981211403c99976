// differential
'use strict';
// Connection management: closeIdleConnections closes only idle keep-alive sockets,
// closeAllConnections the rest; maxHeadersCount and joinDuplicateHeaders; a large body
// written with backpressure ('drain') arrives whole.
const http = require('http');
const net = require('net');

let pending;
const server = http.createServer({ joinDuplicateHeaders: true }, (req, res) => {
  console.log('request', req.url, JSON.stringify(req.headers));
  if (req.url === '/hold') {
    pending = res;
    console.log('holding');
    server.closeIdleConnections();
    return;
  }
  if (req.url === '/big') {
    const chunk = Buffer.alloc(64 * 1024, 'y');
    let left = 64;
    let drains = 0;
    const pump = () => {
      while (left > 0) {
        left--;
        if (!res.write(chunk)) {
          drains++;
          res.once('drain', pump);
          return;
        }
      }
      res.end(() => console.log('big sent', drains >= 0));
    };
    pump();
    return;
  }
  res.end('ok');
});
server.maxHeadersCount = 3;

function connect(payload, label, cb, onFirstData) {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write(payload));
  let bytes = 0;
  c.on('data', (d) => {
    if (bytes === 0 && onFirstData) onFirstData();
    bytes += d.length;
  });
  c.on('close', () => {
    console.log(label, 'closed after', bytes > 0 ? 'a response' : 'nothing');
    if (cb) cb(bytes);
  });
  return c;
}

server.listen(0, '127.0.0.1', () => {
  // An idle keep-alive connection (answered), then one holding a request.
  connect('GET /idle HTTP/1.1\r\nHost: x\r\nA: 1\r\nA: 2\r\nB: 3\r\nC: 4\r\n\r\n', 'idle', () => {
    server.closeAllConnections();
  }, () => {
    // Answered and now idle: the next request's handler closes it.
    connect('GET /hold HTTP/1.1\r\nHost: x\r\n\r\n', 'busy', () => {
      console.log('pending response finished:', pending.writableEnded);
      const c = net.connect(server.address().port, '127.0.0.1', () => {
        c.write('GET /big HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      });
      let n = 0;
      c.pause();
      setTimeout(() => c.resume(), 50);
      c.on('data', (d) => { n += d.length; });
      c.on('close', () => {
        console.log('big response bytes > 4 MiB:', n > 64 * 64 * 1024);
        server.close(() => console.log('done'));
      });
    });
  });
});
