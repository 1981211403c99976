// differential
'use strict';
// A client that half-closes after its request (server.httpAllowHalfOpen false, the
// default): a response written at once still reaches it; one still pending when the FIN
// arrives is dropped, the server ends the socket and the response closes unfinished.
const http = require('http');
const net = require('net');
const log = [];
const server = http.createServer((req, res) => {
  const id = req.url;
  req.on('close', () => log.push(`${id} req close aborted=${req.aborted}`));
  res.on('close', () => log.push(`${id} res close finished=${res.writableFinished}`));
  res.on('finish', () => log.push(`${id} res finish`));
  req.resume();
  if (id === '/now') res.end('now');
  else setTimeout(() => { res.end('later'); log.push(`${id} end called`); }, 50);
});

function ask(port, path) {
  return new Promise((resolve) => {
    const c = net.connect(port, () => c.end(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`));
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('end', () => log.push(`${path} client got ${JSON.stringify(got.split('\r\n')[0])}`));
    c.on('close', () => setTimeout(resolve, 100));
  });
}

server.listen(0, async () => {
  const { port } = server.address();
  await ask(port, '/now');
  await ask(port, '/later');
  console.log(log.join('\n'));
  server.close();
});
