// differential: UDP receives on the main thread and in two workers at once, plus a dns.Resolver made in each thread: every datagram arrives intact (the receive buffer and the resolver class are per thread)
'use strict';
const dgram = require('dgram');
const dns = require('dns');
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');

function payload(seed, i) {
  const b = Buffer.alloc(1 + ((i * 131 + seed * 977) % 1400));
  for (let k = 0; k < b.length; k++) b[k] = (k * 31 + i + seed) & 0xff;
  return b;
}

function run(seed, count) {
  const resolver = new dns.Resolver();
  resolver.setServers(['127.0.0.1']);
  return new Promise((resolve) => {
    const rx = dgram.createSocket('udp4');
    const tx = dgram.createSocket('udp4');
    let got = 0;
    let bad = 0;
    let sent = 0;
    rx.on('message', (msg) => {
      const i = msg.readUInt32BE(0);
      if (!msg.subarray(4).equals(payload(seed, i))) bad++;
      if (++got === count) {
        rx.close();
        tx.close();
        resolve(`seed ${seed}: ${got} datagrams, ${bad} damaged, resolver ${resolver.getServers()}`);
      }
    });
    rx.bind(0, '127.0.0.1', () => {
      const port = rx.address().port;
      // In windows of 50, each sent once the previous window is acknowledged by the
      // receiver's count, so loopback never drops for lack of buffer space.
      const send = () => {
        const end = Math.min(count, sent + 50);
        for (; sent < end; sent++) {
          const head = Buffer.alloc(4);
          head.writeUInt32BE(sent);
          tx.send([head, payload(seed, sent)], port, '127.0.0.1');
        }
        if (sent < count) {
          const wait = () => (got >= sent - 10 ? send() : setImmediate(wait));
          setImmediate(wait);
        }
      };
      send();
    });
  });
}

if (isMainThread) {
  const workers = [1, 2].map((seed) => new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: seed });
    w.on('message', resolve);
    w.on('error', reject);
  }));
  Promise.all([run(0, 5000), ...workers]).then((lines) => {
    console.log(lines.join('\n'));
    // The workers loaded dns after this thread did, and have exited by now.
    const late = new dns.Resolver();
    late.setServers(['127.0.0.2']);
    late.resolve4('example.invalid', (err) => console.log('late resolver', late.getServers(), err.code));
    late.cancel();
  });
} else {
  run(workerData, 5000).then((line) => parentPort.postMessage(line));
}
