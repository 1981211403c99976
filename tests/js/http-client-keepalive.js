// differential
'use strict';
// Keep-alive: two requests in a row through one agent use the same socket (the second
// reports reusedSocket); the pool's sockets/freeSockets/totalSocketCount as node counts
// them; an agent without keepAlive closes its socket after each response; maxSockets: 1
// queues requests in agent.requests and serves them in order.
const http = require('http');

const ports = [];
const server = http.createServer((req, res) => {
  ports.push(req.socket.remotePort);
  res.end(`answer to ${req.url}`);
});

function get(agent, path) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, agent, path },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { body += d; });
        res.on('end', () => resolve({ req, res, body }));
      });
    req.on('error', reject);
  });
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

server.listen(0, '127.0.0.1', async () => {
  const name = `127.0.0.1:${server.address().port}:`;
  const agent = new http.Agent({ keepAlive: true });
  const a = await get(agent, '/a');
  console.log(a.body, a.req.reusedSocket, a.res.headers.connection);
  await tick();
  console.log('free after first', Object.keys(agent.freeSockets).length,
    (agent.freeSockets[name] || []).length, agent.totalSocketCount);
  const b = await get(agent, '/b');
  console.log(b.body, b.req.reusedSocket);
  console.log('same socket', ports[0] === ports[1]);
  await tick();
  agent.destroy();

  const plain = new http.Agent({ keepAlive: false });
  const c = await get(plain, '/c');
  console.log(c.body, c.res.headers.connection);
  if (!c.req.socket.closed) await new Promise((resolve) => c.req.socket.once('close', resolve));
  await tick();
  console.log('plain pool', Object.keys(plain.freeSockets).length, Object.keys(plain.sockets).length);

  const one = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const order = [];
  const all = ['/q1', '/q2', '/q3'].map((p) => get(one, p).then((r) => order.push(r.body)));
  console.log('queued', (one.requests[name] || []).length, (one.sockets[name] || []).length);
  await Promise.all(all);
  console.log(order);
  console.log('distinct client ports', new Set(ports.slice(3)).size);
  one.destroy();
  server.close(() => console.log('closed'));
});
