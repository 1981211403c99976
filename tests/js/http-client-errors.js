// differential
'use strict';
// Connection failures as node reports them: ECONNREFUSED with address/port, a server
// that closes before answering ("socket hang up", ECONNRESET), a response cut mid-body
// ('aborted' on the response, ECONNRESET "aborted"), and event order around each.
const http = require('http');
const net = require('net');

function show(tag, err, port) {
  const msg = String(err.message).replace(String(port), 'PORT');
  console.log(tag, err.name, err.code, msg, err.syscall || '-', err.address || '-',
    err.port === port ? 'PORT' : err.port);
}

function refused() {
  return new Promise((resolve) => {
    // A port that was just free: nothing listens there now.
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const port = probe.address().port;
      probe.close(() => {
        const events = [];
        const req = http.get({ host: '127.0.0.1', port, agent: false }, () => events.push('response'));
        req.on('socket', () => events.push('socket'));
        req.on('error', (err) => { events.push('error'); show('refused', err, port); });
        req.on('close', () => { events.push('close'); console.log(events.join(' ')); resolve(); });
      });
    });
  });
}

function hangUp() {
  return new Promise((resolve) => {
    const server = net.createServer((s) => {
      s.once('data', () => s.destroy());
    }).listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      const events = [];
      const req = http.get({ host: '127.0.0.1', port, agent: false }, () => events.push('response'));
      req.on('error', (err) => { events.push('error'); show('hangup', err, port); });
      req.on('close', () => {
        events.push('close');
        console.log(events.join(' '), req.destroyed);
        server.close(resolve);
      });
    });
  });
}

function endBeforeResponse() {
  return new Promise((resolve) => {
    const server = net.createServer((s) => {
      s.once('data', () => s.end());
    }).listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      const req = http.get({ host: '127.0.0.1', port, agent: false });
      req.on('error', (err) => show('ended', err, port));
      req.on('close', () => server.close(resolve));
    });
  });
}

function cutBody() {
  return new Promise((resolve) => {
    const server = net.createServer((s) => {
      s.once('data', () => {
        s.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial');
        setImmediate(() => s.destroy());
      });
    }).listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      const events = [];
      const req = http.get({ host: '127.0.0.1', port, agent: false }, (res) => {
        events.push('response');
        res.on('data', (d) => events.push(`data:${d}`));
        res.on('aborted', () => events.push('aborted'));
        res.on('error', (err) => { events.push('res-error'); show('cut', err, port); });
        res.on('end', () => events.push('end'));
        res.on('close', () => {
          events.push('res-close');
          console.log(events.join(' '), res.complete, res.aborted);
          server.close(resolve);
        });
      });
      req.on('error', (err) => events.push(`req-error:${err.message}`));
      req.on('close', () => events.push('req-close'));
    });
  });
}

function badResponse(text) {
  return new Promise((resolve) => {
    const server = net.createServer((s) => {
      s.once('data', () => s.end(text));
    }).listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      const req = http.get({ host: '127.0.0.1', port, agent: false });
      req.on('response', () => console.log('unexpected response'));
      req.on('error', (err) => console.log('parse', err.code, err.message, Buffer.isBuffer(err.rawPacket)));
      req.on('close', () => server.close(resolve));
    });
  });
}

// A response head bigger than maxHeaderSize (per request, or the 16 KiB default).
function bigHead() {
  return new Promise((resolve) => {
    const server = net.createServer((s) => {
      s.once('data', () => s.end(`HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(3000)}\r\nContent-Length: 0\r\n\r\n`));
    }).listen(0, '127.0.0.1', async () => {
      for (const opts of [{ maxHeaderSize: 1024 }, {}, { insecureHTTPParser: true, maxHeaderSize: 100 }]) {
        await new Promise((done) => {
          const req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false, ...opts },
            (res) => {
              console.log('head ok', res.headers['x-big'].length);
              res.resume();
            });
          req.on('error', (e) => console.log('head error', e.code, e.message));
          req.on('close', done);
        });
      }
      server.close(resolve);
    });
  });
}

(async () => {
  await refused();
  await hangUp();
  await endBeforeResponse();
  await cutBody();
  await badResponse('HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n');
  await badResponse('HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n');
  await badResponse('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n');
  await bigHead();
  console.log('done');
})();
