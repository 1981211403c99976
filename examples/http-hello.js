'use strict';
// The hello-world HTTP server: `nodus examples/http-hello.js`, then
// `curl http://127.0.0.1:3000/`. PORT in the environment picks another port.

const http = require('http');

const port = Number(process.env.PORT) || 3000;

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('Hello, World!\n');
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Server running at http://127.0.0.1:${server.address().port}/`);
});
