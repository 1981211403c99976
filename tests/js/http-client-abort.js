// differential
'use strict';
// Ending a request early: abort() ('abort' then 'close', no error), destroy() before the
// socket ("socket hang up"), destroy(err) (that error), an AbortSignal (AbortError, also
// when already aborted), setTimeout ('timeout' with nothing else happening until the
// caller destroys), and the timeout option.
const http = require('http');
const net = require('net');

// A raw TCP server, so only the client's behaviour is under test: it answers every
// request but /never, which it leaves hanging.
const server = net.createServer((socket) => {
  socket.on('data', (d) => {
    if (!String(d).startsWith('GET /never ')) {
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    }
  });
});

function run(name, make) {
  return new Promise((resolve) => {
    const events = [];
    const req = make(events);
    for (const e of ['socket', 'abort', 'timeout', 'response', 'finish']) {
      req.on(e, () => events.push(e));
    }
    req.on('error', (err) => events.push(`error:${err.name}:${err.code}:${err.message}`));
    req.on('close', () => {
      events.push('close');
      console.log(name, events.join(' '), req.destroyed, req.aborted);
      resolve();
    });
  });
}

const opts = (path) => ({ host: '127.0.0.1', port: server.address().port, path, agent: false });

server.listen(0, '127.0.0.1', async () => {
  await run('abort-sync', () => {
    const req = http.get(opts('/'));
    req.abort();
    return req;
  });
  await run('destroy-sync', () => {
    const req = http.get(opts('/'));
    req.destroy();
    return req;
  });
  await run('destroy-err', () => {
    const req = http.get(opts('/'));
    req.destroy(new Error('mine'));
    return req;
  });
  await run('destroy-on-socket', () => {
    const req = http.get(opts('/never'));
    req.on('socket', (s) => s.on('connect', () => req.destroy()));
    return req;
  });
  await run('signal-pre', () => {
    const ac = new AbortController();
    ac.abort();
    return http.get({ ...opts('/'), signal: ac.signal });
  });
  await run('signal-later', () => {
    const ac = new AbortController();
    const req = http.get({ ...opts('/never'), signal: ac.signal });
    req.on('socket', (s) => s.on('connect', () => ac.abort()));
    return req;
  });
  await run('set-timeout', (events) => {
    const req = http.get(opts('/never'));
    req.setTimeout(30, () => {
      events.push('timeout-cb');
      req.destroy();
    });
    return req;
  });
  await run('timeout-option', () => {
    const req = http.get({ ...opts('/never'), timeout: 30 });
    req.on('timeout', () => req.abort());
    return req;
  });
  await run('end-normal', (events) => http.get(opts('/'), (res) => {
    res.resume();
    res.on('end', () => events.push('res-end'));
  }));
  server.close(() => console.log('closed'));
});
