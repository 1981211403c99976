// differential: error shapes of failed socket calls (EADDRINUSE, ECONNREFUSED, pipe paths, ENOTFOUND)
'use strict';
const net = require('net');

function show(label, e) {
  const entries = Object.entries(e).map(([k, v]) => [k, k === 'port' && v > 1 ? 'PORT' : v]);
  console.log(label, e.message.replace(/:\d+$/, ':PORT'), JSON.stringify(entries));
}

const s = net.createServer().listen(0, '127.0.0.1', () => {
  const p = s.address().port;
  const s2 = net.createServer().listen(p, '127.0.0.1');
  s2.on('error', (e) => {
    show('listen', e);
    console.log('s2 listening', s2.listening, s2.address());
    const c = net.connect(1, '127.0.0.1');
    c.on('close', (hadError) => console.log('refused close', hadError, c.destroyed));
    c.on('error', (e) => {
      show('connect', e);
      const s3 = net.createServer().listen('/nonexistent/x.sock');
      s3.on('error', (e) => {
        show('pipe listen', e);
        const c2 = net.connect('/nonexistent/x.sock');
        c2.on('error', (e) => {
          show('pipe connect', e);
          s.close();
          net.connect(80, 'nosuch.invalid')
            .on('lookup', (err, ip, type, host) => console.log('lookup event', err && err.code, ip, type, host))
            .on('error', (e) => show('dns', e));
        });
      });
    });
  });
});
