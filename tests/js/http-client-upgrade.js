// differential
'use strict';
// Responses that are not plain: 1xx 'information' (and 'continue' for 100) before the
// real response, 101 'upgrade' handing over the socket with the bytes already read,
// CONNECT's 'connect', trailers, a HEAD response without a body, and a server-side
// upgrade with no client listener (the socket is just closed).
const http = require('http');
const net = require('net');

const server = net.createServer((s) => {
  let buf = '';
  s.on('data', (d) => {
    buf += d;
    if (!buf.includes('\r\n\r\n')) return;
    const line = buf.split('\r\n')[0];
    buf = '';
    if (line.startsWith('GET /info')) {
      s.write('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n');
      s.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
    } else if (line.startsWith('GET /upgrade') || line.startsWith('GET /noupgrade')) {
      s.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nhead');
      s.removeAllListeners('data');
      s.on('data', (d) => s.end(`echo:${d}`));
    } else if (line.startsWith('CONNECT')) {
      s.write('HTTP/1.1 200 Connection established\r\n\r\nfirst');
      s.removeAllListeners('data');
      s.on('data', (d) => s.end(`tunnel:${d}`));
    } else if (line.startsWith('GET /trailers')) {
      s.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum\r\n' +
        'Connection: close\r\n\r\n3\r\nabc\r\n0\r\nX-Sum: 42\r\n\r\n');
    } else if (line.startsWith('HEAD')) {
      s.end('HTTP/1.1 200 OK\r\nContent-Length: 10\r\nConnection: close\r\n\r\n');
    }
  });
});

const base = () => ({ host: '127.0.0.1', port: server.address().port, agent: false });

function info() {
  return new Promise((resolve) => {
    const req = http.get({ ...base(), path: '/info' }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (d) => console.log('body', d));
      res.on('end', () => { console.log('end', res.statusCode); resolve(); });
    });
    req.on('continue', () => console.log('continue'));
    req.on('information', (i) => console.log('information', i.statusCode, i.statusMessage,
      i.httpVersion, i.headers, i.rawHeaders));
  });
}

function upgrade() {
  return new Promise((resolve) => {
    const req = http.get({ ...base(), path: '/upgrade', headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
    req.on('response', () => console.log('unexpected response'));
    req.on('upgrade', (res, socket, head) => {
      console.log('upgrade', res.statusCode, res.headers.upgrade, String(head), typeof socket.write);
      socket.on('data', (d) => console.log('upgraded data', String(d)));
      socket.on('end', () => { console.log('upgraded end'); resolve(); });
      socket.write('ping');
    });
    req.on('close', () => console.log('req close'));
  });
}

function noUpgradeListener() {
  return new Promise((resolve) => {
    const req = http.get({ ...base(), path: '/noupgrade', headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
    req.on('response', () => console.log('unexpected response'));
    req.on('error', (e) => console.log('noupgrade error', e.code, e.message));
    req.on('close', () => { console.log('noupgrade close'); resolve(); });
  });
}

function connect() {
  return new Promise((resolve) => {
    const req = http.request({ ...base(), method: 'CONNECT', path: 'example.invalid:443' });
    req.on('connect', (res, socket, head) => {
      console.log('connect', res.statusCode, res.statusMessage, String(head));
      socket.on('data', (d) => console.log('tunnel data', String(d)));
      socket.on('end', () => { console.log('tunnel end'); resolve(); });
      socket.write('hi');
    });
    req.end();
  });
}

function trailers() {
  return new Promise((resolve) => {
    http.get({ ...base(), path: '/trailers' }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log('trailers', body, res.trailers, res.rawTrailers);
        resolve();
      });
    });
  });
}

function head() {
  return new Promise((resolve) => {
    http.request({ ...base(), method: 'HEAD' }, (res) => {
      let n = 0;
      res.on('data', () => n++);
      res.on('end', () => {
        console.log('head', res.statusCode, res.headers['content-length'], n);
        resolve();
      });
    }).end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  await info();
  await upgrade();
  await noUpgradeListener();
  await connect();
  await trailers();
  await head();
  server.close(() => console.log('closed'));
});
