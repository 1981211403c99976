// differential
'use strict';
// Modules from plugins (os, fs, zlib) loaded first by the main thread and then by
// workers: each thread needs its own binding (a binding made for the main isolate used in
// a worker's isolate crashed or came back undefined). ESM in a worker, too.
const os = require('os');
const fs = require('fs');
const zlib = require('zlib');
const { Worker } = require('worker_threads');

const main = { eol: os.EOL, exists: fs.existsSync(__filename), gz: zlib.gzipSync('abc').length > 0 };
console.log('main', JSON.stringify(main));

const source = `
  const { parentPort } = require('worker_threads');
  const os = require('os');
  const fs = require('fs');
  const zlib = require('zlib');
  const data = zlib.gunzipSync(zlib.gzipSync('hello from the worker')).toString();
  parentPort.postMessage({ eol: os.EOL, exists: fs.existsSync(${JSON.stringify(__filename)}), data });
`;
// The workers run concurrently: what they report is printed once all have exited.
const seen = [];
let pending = 3;
for (let i = 0; i < 3; i++) {
  const w = new Worker(source, { eval: true });
  w.on('message', (m) => seen.push(`worker ${i} ${JSON.stringify(m)}`));
  w.on('error', (e) => seen.push(`worker ${i} error ${e.message}`));
  w.on('exit', (code) => {
    seen.push(`worker ${i} exit ${code}`);
    if (--pending === 0) {
      console.log(seen.sort().join('\n'));
      console.log('all done', os.EOL === '\n');
    }
  });
}
