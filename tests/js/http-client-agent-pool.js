// differential
'use strict';
// Agent pool policy: lifo/fifo choice between free sockets, maxFreeSockets (extra idle
// sockets are closed), maxTotalSockets across two origins (requests wait, then all run),
// and the server's "Keep-Alive: timeout=1" hint (too short to reuse: the socket closes).
const http = require('http');

const servers = [];
function listen(handler) {
  return new Promise((resolve) => {
    const s = http.createServer(handler).listen(0, '127.0.0.1', () => resolve(s));
    servers.push(s);
  });
}

function get(server, agent, path = '/') {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, agent, path }, (res) => {
      res.resume();
      res.on('end', () => resolve({ req, res, port: req.socket.localPort }));
    });
    req.on('error', reject);
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const freeCount = (agent) => Object.values(agent.freeSockets).reduce((n, l) => n + l.length, 0);

(async () => {
  const a = await listen((req, res) => res.end('a'));
  const b = await listen((req, res) => res.end('b'));

  for (const scheduling of ['lifo', 'fifo']) {
    const agent = new http.Agent({ keepAlive: true, scheduling });
    const [first, second] = await Promise.all([get(a, agent), get(a, agent)]);
    await settle();
    // Which socket freed last is up to the server; compare by free-list position.
    const free = agent.freeSockets[`127.0.0.1:${a.address().port}:`].map((s) => s.localPort);
    const next = await get(a, agent);
    const expected = scheduling === 'lifo' ? free[free.length - 1] : free[0];
    console.log(scheduling, free.length, next.port === expected, next.req.reusedSocket,
      [first.port, second.port].includes(next.port));
    agent.destroy();
  }

  const few = new http.Agent({ keepAlive: true, maxFreeSockets: 1 });
  await Promise.all([get(a, few), get(a, few), get(a, few)]);
  await settle();
  console.log('maxFreeSockets', freeCount(few), few.totalSocketCount);
  few.destroy();

  const total = new http.Agent({ keepAlive: true, maxTotalSockets: 2 });
  const all = [];
  for (let i = 0; i < 3; i++) {
    all.push(get(a, total, `/a${i}`));
    all.push(get(b, total, `/b${i}`));
  }
  const waiting = Object.values(total.requests).reduce((n, l) => n + l.length, 0);
  console.log('maxTotalSockets waiting', waiting, 'open', total.totalSocketCount);
  const done = await Promise.all(all);
  console.log('all answered', done.map((d) => d.res.statusCode).join(','));
  await settle();
  console.log('total after', total.totalSocketCount <= 2);
  total.destroy();

  const hinted = await listen((req, res) => {
    res.setHeader('Keep-Alive', 'timeout=1');
    res.end('h');
  });
  const agent = new http.Agent({ keepAlive: true });
  const h = await get(hinted, agent);
  await settle();
  console.log('hint', h.res.headers['keep-alive'], freeCount(agent), h.req.socket.destroyed);
  agent.destroy();

  for (const s of servers) s.close();
  console.log('done');
})();
