// differential: request heads with few and with many headers (past what the parser hands over as call arguments) reach the server whole: rawHeaders in order, headers joined as node joins duplicates, trailing whitespace of values trimmed
'use strict';
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  const h = req.headers;
  console.log(req.url, req.rawHeaders.length, JSON.stringify(req.rawHeaders.slice(0, 6)),
    JSON.stringify(h['x-h-0']), h['x-h-39'], JSON.stringify(h['x-dup']), JSON.stringify(h.cookie),
    JSON.stringify(req.rawHeaders.slice(-2)));
  res.end('ok');
});

function send(path, count) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1');
    let head = `GET ${path} HTTP/1.1\r\nHost: x\r\nX-Dup: a\r\nCookie: c=1\r\n`;
    for (let i = 0; i < count; i++) head += `X-H-${i}: v${i} \t\r\n`;
    head += 'X-Dup: b\r\nCookie: d=2\r\nConnection: close\r\n\r\n';
    c.end(head);
    c.resume();
    c.on('close', resolve);
  });
}

server.listen(0, '127.0.0.1', async () => {
  await send('/few', 0);
  await send('/edge', 26);
  await send('/past-edge', 27);
  await send('/many', 40);
  server.close();
});
