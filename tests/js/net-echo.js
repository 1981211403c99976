// differential: TCP echo over 127.0.0.1 (connection, data, half-close, close order, byte counts)
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server: connection', sock.remoteAddress, typeof sock.remotePort);
  sock.on('data', (d) => sock.write(d));
  sock.on('end', () => { console.log('server: end'); sock.end(); });
  sock.on('close', (h) => console.log('server sock close', h));
});
server.listen(0, '127.0.0.1', () => {
  const { port, family, address } = server.address();
  console.log('listening', family, address, typeof port);
  const c = net.connect(port, '127.0.0.1', () => {
    console.log('client connected', c.readyState, c.pending);
    c.write('hello ');
    c.end('world');
  });
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', () => console.log('client end', got));
  c.on('close', (h) => { console.log('client close', h, c.bytesRead, c.bytesWritten); server.close(() => console.log('server closed')); });
});
