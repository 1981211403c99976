// differential: socket reads on the main thread and in two workers at once, each chunk kept until the end: every byte arrives intact and in order (reads land in a per-thread buffer, small ones are handed out as views of a shared pool that is never rewritten)
'use strict';
const net = require('net');
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');

// Deterministic bytes: message i of a run, sizes from 1 B to ~9 KiB.
function message(seed, i) {
  const size = 1 + ((i * 7919 + seed * 104729) % 9000);
  const b = Buffer.allocUnsafe(size);
  let x = (seed * 2654435761 + i) >>> 0;
  for (let k = 0; k < size; k++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[k] = x >>> 24;
  }
  return b;
}

function run(seed, count) {
  return new Promise((resolve) => {
    const kept = [];
    const server = net.createServer((sock) => {
      sock.on('data', (d) => kept.push(d));
      sock.on('end', () => {
        const got = Buffer.concat(kept);
        const want = Buffer.concat(Array.from({ length: count }, (_, i) => message(seed, i)));
        server.close();
        resolve(`seed ${seed}: ${want.length} bytes sent, received ${got.length}, equal ${got.equals(want)}`);
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1', () => {
        let i = 0;
        const next = () => {
          while (i < count) {
            const ok = c.write(message(seed, i++));
            if (!ok) return c.once('drain', next);
          }
          c.end();
        };
        next();
      });
    });
  });
}

if (isMainThread) {
  const results = [];
  const workers = [1, 2].map((seed) => new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: seed });
    w.on('message', resolve);
    w.on('error', reject);
  }));
  Promise.all([run(0, 3000), ...workers]).then((lines) => {
    for (const line of lines) results.push(line);
    console.log(results.join('\n'));
  });
} else {
  run(workerData, 3000).then((line) => parentPort.postMessage(line));
}
