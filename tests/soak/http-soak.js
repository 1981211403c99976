'use strict';
// Soak: 10,000 fresh connections, then 100,000 keep-alive requests, from a load
// generator in a second process (http-load.js, run by this same runtime). Every
// request must get its full answer, and the server's RSS at the end must be within
// 20% of its RSS after the first 10,000 requests (no per-request leak). Run with
// --expose-gc: both RSS readings follow a full collection, so what is compared is what
// the server keeps, not garbage V8 has not collected yet.
const http = require('http');
const path = require('path');
const { execFile } = require('child_process');

const KEEPALIVE = 100000;
const FRESH = 10000;
let served = 0;
let rssBaseline = 0;

const server = http.createServer((req, res) => {
  served++;
  if (served === 10000) rssBaseline = rssAfterGc();
  res.end(`hello ${req.url.slice(1)}`);
});

function rssAfterGc() {
  if (typeof gc === 'function') gc();
  return process.memoryUsage().rss;
}

function load(mode, total, conc) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(__dirname, 'http-load.js'), mode,
      String(server.address().port), String(total), String(conc)],
    { maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`load generator failed: ${err.message}\n${stderr}`));
      else resolve(JSON.parse(stdout));
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const t0 = Date.now();
  let failed = false;
  try {
    // Fresh connections first: they are what grows V8's young generation to its
    // working size, so the 10k baseline is taken once the heap has its steady shape
    // and what follows (100k keep-alive requests) shows any per-request retention.
    for (const [mode, total, conc] of [['close', FRESH, 20], ['keepalive', KEEPALIVE, 50]]) {
      const r = await load(mode, total, conc);
      console.log(`${mode}: ${r.ok} of ${total} full answers, ${r.bad} bad` +
        (r.firstError ? ` (first: ${r.firstError})` : ''));
      if (r.ok !== total || r.bad !== 0) failed = true;
    }
  } catch (e) {
    console.log(e.message);
    failed = true;
  }
  const rss = rssAfterGc();
  const growth = rss / rssBaseline - 1;
  console.log(`served ${served} requests in ${((Date.now() - t0) / 1000).toFixed(1)} s; ` +
    `RSS after 10k: ${(rssBaseline / 1048576).toFixed(1)} MiB, at end: ` +
    `${(rss / 1048576).toFixed(1)} MiB (${(growth * 100).toFixed(1)}%)`);
  if (served !== KEEPALIVE + FRESH) {
    console.log(`expected ${KEEPALIVE + FRESH} requests served, saw ${served}`);
    failed = true;
  }
  if (!(growth <= 0.2)) {
    console.log('expected RSS growth <= 20%');
    failed = true;
  }
  server.close();
  process.exitCode = failed ? 1 : 0;
});
