// differential
'use strict';
// socket.write(string, 'buffer') throws node's plain TypeError synchronously; a Buffer with
// 'buffer' and a string with a real encoding are written.
const net = require('net');
const server = net.createServer().listen(0, () => {
  const client = net.connect(server.address().port, () => {
    for (const [data, enc] of [['broken', 'buffer'], [Buffer.from('x'), 'buffer'], ['ok', 'latin1']]) {
      try { console.log(client.write(data, enc)); } catch (e) { console.log(e.name, e.code, e.message); }
    }
    client.destroy(); server.close();
  });
});
