// differential: hashing, HMAC and key handles on the main thread and in two workers at once: each thread's digests are right (the plugin's digest table, context pool and handle set are per thread)
'use strict';
const crypto = require('crypto');
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');

function work(seed) {
  const algs = ['sha256', 'sha1', 'md5', 'sha512', 'sha3-256', 'RSA-SHA256'];
  const acc = crypto.createHash('sha256');
  const key = crypto.createSecretKey(Buffer.from(`key-${seed}`));
  for (let i = 0; i < 20000; i++) {
    const data = `${seed}:${i}`;
    const alg = algs[i % algs.length];
    acc.update(crypto.createHash(alg).update(data).digest());
    if (i % 10 === 0) acc.update(crypto.createHmac('sha256', key).update(data).digest());
  }
  return `seed ${seed}: ${acc.digest('hex')}`;
}

if (isMainThread) {
  const workers = [1, 2].map((seed) => new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: seed });
    w.on('message', resolve);
    w.on('error', reject);
  }));
  const mine = work(0);
  Promise.all(workers).then((lines) => console.log([mine, ...lines].join('\n')));
} else {
  parentPort.postMessage(work(workerData));
}
