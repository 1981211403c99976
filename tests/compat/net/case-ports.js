'use strict';
// Port finders: each probes with net servers/sockets and must step over a busy port.
const net = require('net');
const getPort = require('get-port');
const portfinder = require('portfinder');
const detectPort = require('detect-port');
const tcpPortUsed = require('tcp-port-used');

async function main() {
  const busy = net.createServer();
  await new Promise((resolve) => busy.listen(0, resolve));
  const port = busy.address().port;

  const free = await getPort({ port, host: '127.0.0.1' });
  console.log('get-port avoids the busy port:', free !== port && typeof free === 'number');
  const any = await getPort();
  console.log('get-port any:', Number.isInteger(any) && any > 0);

  const found = await portfinder.getPortPromise({ port, stopPort: Math.min(port + 200, 65535) });
  console.log('portfinder gives a later port:', found > port);

  const detected = await detectPort(port);
  console.log('detect-port moves on:', detected !== port);

  console.log('tcp-port-used while listening:', await tcpPortUsed.check(port, '127.0.0.1'));
  await new Promise((resolve) => busy.close(resolve));
  console.log('tcp-port-used after close:', await tcpPortUsed.check(port, '127.0.0.1'));
  await tcpPortUsed.waitUntilFree(port, 50, 2000);
  console.log('waitUntilFree resolved');
}
main().catch((e) => {
  console.log('failed', e && e.message);
  process.exitCode = 1;
});
