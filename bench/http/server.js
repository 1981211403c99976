'use strict';
// The server side of bench/http/run: one process, routes per scenario. Prints its port.
const http = require('http');

const big = Buffer.alloc(64 * 1024, 'x');
const server = http.createServer((req, res) => {
  if (req.url === '/big') {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    res.end(big);
  } else if (req.method === 'POST') {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      const obj = JSON.parse(body);
      obj.echoed = true;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(obj));
    });
  } else {
    res.end('Hello, World!');
  }
});
server.listen(Number(process.argv[2]) || 0, '127.0.0.1', () => {
  console.log(server.address().port);
});
