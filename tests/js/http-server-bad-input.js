// differential
'use strict';
// Malformed requests get node's answers: 400 + close + clientError (with node's code,
// message and bytesParsed), 431 for oversized headers (default 16 KiB and the
// maxHeaderSize option), invalid chunked bodies, missing Host; and a clientError
// listener that answers itself.
const http = require('http');
const net = require('net');

function scrub(s) {
  return s.replace(/Date: [^\r]*\r\n/g, 'Date: X\r\n');
}

function run(server, payload, cb) {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write(payload));
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('error', (e) => console.log('client error', e.code));
  c.on('close', () => {
    console.log('  ->', JSON.stringify(scrub(out)));
    cb();
  });
}

const cases = [
  ['bad method', 'BLAH / HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['bad version', 'GET / HTTP/9.9\r\nHost: x\r\n\r\n'],
  ['garbage', '\x00\x01\x02 hello\r\n\r\n'],
  ['space in header name', 'GET / HTTP/1.1\r\nHost: x\r\nBad Header: v\r\n\r\n'],
  ['bad content-length', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'],
  ['two content-lengths', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab'],
  ['bad chunk size', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n'],
  ['oversized headers', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(17 * 1024)}\r\n\r\n`],
  ['missing host', 'GET / HTTP/1.1\r\n\r\n'],
  ['bad url char', 'GET /a b HTTP/1.1\r\nHost: x\r\n\r\n'],
];

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end('ok'));
});
server.on('clientError', (err, socket) => {
  console.log('  clientError', err.code, err.message, err.bytesParsed,
    JSON.stringify(err.rawPacket && err.rawPacket.toString('latin1').slice(0, 40)));
  // The default answer, by hand: node's defaults are tested by `small` below.
  if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  else socket.destroy();
});

// No clientError listener: node's own answers (400/431) and close.
const small = http.createServer({ maxHeaderSize: 100 }, (req, res) => res.end('small ok'));

server.listen(0, '127.0.0.1', () => small.listen(0, '127.0.0.1', () => {
  let i = 0;
  const next = () => {
    if (i < cases.length) {
      const [name, payload] = cases[i++];
      console.log(name);
      run(server, payload, next);
    } else if (i === cases.length) {
      i++;
      console.log('maxHeaderSize 100, short');
      run(small, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', next);
    } else if (i === cases.length + 1) {
      i++;
      console.log('maxHeaderSize 100, long');
      run(small, `GET / HTTP/1.1\r\nHost: x\r\nX: ${'b'.repeat(200)}\r\n\r\n`, next);
    } else if (i === cases.length + 2) {
      i++;
      console.log('default handler, bad method');
      run(small, 'BLAH / HTTP/1.1\r\nHost: x\r\n\r\n', next);
    } else {
      server.close();
      small.close(() => console.log('done'));
    }
  };
  next();
}));
