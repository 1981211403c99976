'use strict';
// Run once by the build with NODUS_CODE_CACHE_OUT set (core/code_cache.h): what this
// script compiles is what start-up later finds already compiled. It touches what most
// programs touch first: console output, require, events, buffers, streams, timers,
// promises, util, path, fs and an HTTP server; then it loads every other builtin so each
// has at least its top level cached. A plugin that is missing is skipped.

// A failure here costs only cache coverage, never the build: report it and go on.
process.on('uncaughtException', (err) => console.error('warmup:', err));

const path = require('path');
const util = require('util');
const EventEmitter = require('events');
const { Readable, Writable, Transform, pipeline } = require('stream');
const { URL } = require('url');
const assert = require('assert');

console.log('%s %d %j', 'warm', 1, { a: [1, 2] });
console.error(util.inspect({ nested: { map: new Map([[1, 'x']]), set: new Set([1]) } }));
console.log(util.format('%o', [1, 'two', { three: 3 }]));

const e = new EventEmitter();
e.on('x', (v) => v);
e.once('x', (v) => v);
e.emit('x', 1);

const b = Buffer.from('héllo wörld', 'utf8');
Buffer.concat([b, Buffer.alloc(4)]).toString('base64');
Buffer.from(b.toString('hex'), 'hex').equals(b);
b.readUInt32LE(0);

path.join(__dirname, '..', 'x.js');
path.resolve('a/b', '../c');
new URL('https://example.com/a?b=c#d').searchParams.get('b');
assert.deepStrictEqual({ a: 1 }, { a: 1 });

const chunks = [];
pipeline(
  Readable.from(['a', 'b', 'c']),
  new Transform({ transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); } }),
  new Writable({ write(chunk, enc, cb) { chunks.push(String(chunk)); cb(); } }),
  (err) => { if (err) throw err; },
);

setTimeout(() => {}, 1);
setImmediate(() => {});
process.nextTick(() => {});
queueMicrotask(() => {});
Promise.resolve().then(() => util.promisify(setTimeout)(1)).then(() => {
  process.on('exit', () => {});
});
import('path').then((ns) => ns.default.sep);

function optional(id) {
  try {
    return require(id);
  } catch {
    return null;
  }
}

const fs = optional('fs');
if (fs) {
  fs.readFileSync(__filename, 'utf8');
  fs.existsSync(__dirname);
  fs.statSync(__filename).isFile();
  fs.readdirSync(__dirname);
  fs.promises.readFile(__filename).then((data) => data.length);
  fs.createReadStream(__filename).on('data', () => {}).on('error', () => {});
}

const http = optional('http');
if (http) {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('ok');
  });
  server.listen(0, '127.0.0.1', () => {
    http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
      res.resume();
      res.on('end', () => server.close());
    }).on('error', () => server.close());
  });
}

for (const id of require('module').builtinModules) {
  if (id === 'repl' || id === 'inspector') continue;
  optional(id);
}
