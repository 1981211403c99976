// differential
'use strict';
// A client that disconnects mid-body: the request says 'aborted' then 'close', the
// response 'close', and nothing crashes. A client that never finishes its headers is
// cut off by headersTimeout with 408; an idle keep-alive connection by keepAliveTimeout;
// server.timeout fires 'timeout'.
const http = require('http');
const net = require('net');

const server = http.createServer({
  headersTimeout: 300, requestTimeout: 600, connectionsCheckingInterval: 50,
  keepAliveTimeout: 200,
}, (req, res) => {
  console.log('request', req.url);
  if (req.url === '/abort') {
    req.on('data', (d) => console.log('data', d.length));
    req.on('aborted', () => console.log('req aborted', req.aborted, req.complete));
    req.on('error', (e) => console.log('req error', e.code, e.message));
    req.on('close', () => console.log('req close'));
    res.on('close', () => {
      console.log('res close', res.writableEnded);
      step();
    });
  } else {
    res.end('ok');
  }
});

function scrub(s) {
  return s.replace(/Date: [^\r]*\r\n/g, 'Date: X\r\n');
}

const steps = [
  () => {
    console.log('-- disconnect mid-body');
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.write('POST /abort HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nhello');
      setTimeout(() => c.destroy(), 100);
    });
  },
  () => {
    console.log('-- headers never finish');
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.write('GET /slow HTTP/1.1\r\nHost: x\r\nX-Partial: ');
    });
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('close', () => {
      console.log('closed with', JSON.stringify(scrub(out)));
      step();
    });
  },
  () => {
    console.log('-- idle keep-alive');
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.write('GET /ka HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('end', () => console.log('server ended the idle connection'));
    c.on('close', () => {
      console.log('closed with', JSON.stringify(scrub(out)));
      step();
    });
  },
  () => {
    console.log('-- server.setTimeout');
    server.setTimeout(100, (socket) => {
      console.log('server timeout');
      socket.destroy();
    });
    const c = net.connect(server.address().port, '127.0.0.1');
    c.on('close', () => step());
  },
  () => server.close(() => console.log('done')),
];

let i = 0;
function step() { steps[i++](); }
server.listen(0, '127.0.0.1', step);
