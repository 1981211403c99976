// differential
'use strict';
// Expect: 100-continue (default and checkContinue), other expectations (417 and
// checkExpectation), upgrade and CONNECT events, writeProcessing, flushHeaders,
// maxRequestsPerSocket, and the API errors (status codes, header names/values,
// headers sent, write after end).
const http = require('http');
const net = require('net');

function scrub(s) {
  return s.replace(/Date: [^\r]*\r\n/g, 'Date: X\r\n');
}

function tryIt(name, fn) {
  try {
    fn();
    console.log(name, 'ok');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}

tryIt('validateHeaderName', () => http.validateHeaderName('a b'));
tryIt('validateHeaderName ok', () => http.validateHeaderName('x-ok'));
tryIt('validateHeaderValue', () => http.validateHeaderValue('x', 'a\nb'));
tryIt('validateHeaderValue undefined', () => http.validateHeaderValue('x', undefined));
console.log(http.METHODS.length, http.METHODS.slice(0, 5), http.STATUS_CODES[418], http.maxHeaderSize);

const server = http.createServer({ maxRequestsPerSocket: 2 }, (req, res) => {
  console.log('request', req.method, req.url);
  if (req.url === '/errors') {
    tryIt('status 99', () => res.writeHead(99));
    tryIt('status 1000', () => res.writeHead(1000));
    tryIt('bad header name', () => res.setHeader('bad name', 'x'));
    tryIt('bad header value', () => res.setHeader('x', 'a\r\nb'));
    tryIt('undefined value', () => res.setHeader('x', undefined));
    tryIt('getHeader non-string', () => res.getHeader(1));
    res.writeProcessing();
    res.flushHeaders();
    console.log('headersSent', res.headersSent);
    tryIt('set after sent', () => res.setHeader('a', 'b'));
    tryIt('writeHead after sent', () => res.writeHead(200));
    tryIt('remove after sent', () => res.removeHeader('a'));
    res.end('done');
    res.on('error', (e) => console.log('res error', e.code, e.message));
    res.write('more', (err) => console.log('write cb', err && err.code));
  } else {
    req.resume();
    req.on('end', () => res.end(`got ${req.url}`));
  }
});
server.on('checkExpectation', (req, res) => {
  console.log('checkExpectation', req.headers.expect);
  res.writeHead(402);
  res.end();
});
server.on('upgrade', (req, socket, head) => {
  console.log('upgrade', req.url, req.headers.upgrade, JSON.stringify(head.toString()));
  socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nhi');
});
server.on('connect', (req, socket, head) => {
  console.log('connect', req.url, JSON.stringify(head.toString()));
  socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel');
});

function run(payload, cb) {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    for (const p of payload) c.write(p);
  });
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('end', () => c.end());
  c.on('close', () => {
    console.log('  ->', JSON.stringify(scrub(out)));
    cb();
  });
}

const steps = [
  ['GET /errors HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
  ['POST /cont HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc'],
  ['GET /exp HTTP/1.1\r\nHost: x\r\nExpect: something\r\nConnection: close\r\n\r\n'],
  ['GET /up HTTP/1.1\r\nHost: x\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nextra'],
  ['CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\nrest'],
  ['GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
];

server.listen(0, '127.0.0.1', () => {
  let i = 0;
  const next = () => {
    if (i === steps.length) {
      server.on('checkContinue', (req, res) => {
        console.log('checkContinue');
        res.writeContinue();
        req.resume();
        req.on('end', () => res.end('continued'));
      });
      run(['POST /cc HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\nzz'],
        () => server.close(() => console.log('done')));
      i++;
      return;
    }
    run(steps[i++], next);
  };
  next();
});
