// differential: resetAndDestroy sends RST: the peer's read fails with ECONNRESET ('error' then 'close' true); writes after that fail with ERR_STREAM_DESTROYED
'use strict';
const net = require('net');
const s = net.createServer((sock) => { sock.once('data', () => sock.resetAndDestroy()); });
s.listen(0, '127.0.0.1', () => {
  const c = net.connect(s.address().port, '127.0.0.1', () => c.write('x'));
  c.on('error', (e) => console.log('client error', e.message, JSON.stringify(Object.entries(e))));
  c.on('close', (h) => {
    console.log('close', h);
    const c2 = net.connect(s.address().port, '127.0.0.1', () => c2.write('y'));
    c2.on('error', (e) => { console.log('c2', e.code, e.syscall); });
    c2.on('close', () => {
      setTimeout(() => { try { c2.write('z', (err) => console.log('cb', err && err.code)); } catch (e) { console.log('threw', e.code); } s.close(); }, 10);
    });
  });
});
