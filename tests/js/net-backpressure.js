// differential: a large write fills the socket (write returns false), 'drain' follows, every byte arrives; writev of many chunks
'use strict';
const net = require('net');

const big = Buffer.alloc(8 * 1024 * 1024, 'a');
const server = net.createServer((sock) => {
  sock.pause();
  let total = 0;
  // Read only after the client has seen backpressure, so the kernel buffers fill.
  sock.once('resumeNow', () => {
    sock.on('data', (d) => { total += d.length; });
    sock.resume();
  });
  sock.on('end', () => {
    console.log('server received', total);
    sock.end('done');
  });
  server.sock = sock;
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const ret = c.write(big);
    console.log('write returned', ret, 'writableLength > 0', c.writableLength > 0);
    c.once('drain', () => {
      console.log('drain; writableLength', c.writableLength, 'bytesWritten', c.bytesWritten);
      // Many small chunks while corked go out as one writev.
      c.cork();
      for (let i = 0; i < 100; i++) c.write(i % 2 ? 'xy' : Buffer.from('z'));
      c.write('é', 'latin1');
      c.write('68656c6c6f', 'hex');
      c.uncork();
      c.end();
    });
    setImmediate(() => server.sock.emit('resumeNow'));
  });
  let reply = '';
  c.on('data', (d) => { reply += d; });
  c.on('close', () => {
    console.log('client got', reply, 'bytesWritten', c.bytesWritten);
    server.close();
  });
});
