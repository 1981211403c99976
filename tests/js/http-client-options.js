// differential
'use strict';
// Connection options: socketPath (a Unix socket), localAddress, a custom lookup,
// createConnection without an agent, headers given as a flat array, setHost: false,
// agent.getName for the resulting keys, and http.get ending the request itself.
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');

const dir = fs.mkdtempSync(path.join(process.env.TEST_TMPDIR || os.tmpdir(), 'hc-'));
const sock = path.join(dir, 'http.sock');

const handler = (req, res) => {
  res.end(JSON.stringify({
    url: req.url, host: req.headers.host === undefined ? 'none' : req.headers.host.replace(/:\d+$/, ':PORT'),
    x: req.headers['x-arr'] || null, raw: req.rawHeaders.filter((h, i) => i % 2 === 0),
  }));
};

function fetch(options) {
  return new Promise((resolve, reject) => {
    const req = http.get(options, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ req, status: res.statusCode, body: res.statusCode === 200 ? JSON.parse(body) : body }));
    });
    req.on('error', reject);
  });
}

const unixServer = http.createServer(handler);
const tcpServer = http.createServer(handler);

unixServer.listen(sock, () => tcpServer.listen(0, '127.0.0.1', async () => {
  const port = tcpServer.address().port;
  const agent = new http.Agent();

  const u = await fetch({ socketPath: sock, path: '/unix', agent });
  console.log('unix', u.body);

  const l = await fetch({ host: '127.0.0.1', port, localAddress: '127.0.0.1', path: '/local', agent: false });
  console.log('local', l.body.url, l.req.socket.localAddress);

  const looked = [];
  const lk = await fetch({
    host: 'my-own-name', port, path: '/lookup', agent: false,
    lookup(host, opts, cb) {
      looked.push(host);
      if (opts.all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
      else cb(null, '127.0.0.1', 4);
    },
  });
  console.log('lookup', looked, lk.body.host);

  let created = 0;
  const cc = await fetch({
    port, path: '/cc',
    createConnection(opts) {
      created++;
      return net.createConnection({ port: opts.port, host: '127.0.0.1' });
    },
  });
  console.log('createConnection', created, cc.body.url, cc.body.host);

  const arr = await fetch({
    host: '127.0.0.1', port, path: '/arr', agent: false,
    headers: ['X-Arr', 'one', 'Host', 'custom.example'],
  });
  console.log('array headers', arr.body);

  const nohost = await fetch({ host: '127.0.0.1', port, path: '/nohost', agent: false, setHost: false });
  // HTTP/1.1 requires Host: the server refuses the request.
  console.log('setHost false', nohost.status, nohost.body);

  console.log(agent.getName({ socketPath: sock }).endsWith(':' + sock),
    agent.getName({ host: 'a', port: 1, family: 4 }));
  agent.destroy();
  tcpServer.close(() => unixServer.close(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    console.log('closed');
  }));
}));
