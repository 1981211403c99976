// differential
'use strict';
// zlib callbacks, stream events and errors run in the AsyncLocalStorage store that was
// current when the stream (or the one-shot call) was made.
const { AsyncLocalStorage } = require('async_hooks');
const zlib = require('zlib');
const { promisify } = require('util');

const als = new AsyncLocalStorage();
const lines = [];
const log = (what) => lines.push(`${what}: ${als.getStore()}`);

const made = als.run('outer', () => zlib.createGzip());

als.run('one-shot', () => {
  zlib.gzip('abc', () => {
    log('gzip callback');
    als.run('nested', () => zlib.gunzip(Buffer.from('bad'), (err) => log(`gunzip error ${err.code}`)));
  });
});
als.run('stream', () => {
  const s = zlib.createDeflate();
  s.on('data', () => log('deflate data'));
  s.on('end', () => log('deflate end'));
  s.end('x'.repeat(1000));
  const bad = zlib.createInflate();
  bad.on('error', (err) => log(`inflate error ${err.code}`));
  bad.end(Buffer.from('not deflate'));
});
als.run('promise', async () => {
  await promisify(zlib.brotliCompress)('y');
  log('brotli awaited');
});
// A stream made in one store and written in another calls back in the first.
als.run('writer', () => {
  made.on('data', () => log('made-outside data'));
  made.end('z');
});

process.on('exit', () => console.log(lines.sort().join('\n')));
