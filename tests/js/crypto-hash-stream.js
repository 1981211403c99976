// differential: Hash and Hmac as Transform streams (write/end/pipe, readable events, setEncoding)
'use strict';
const crypto = require('crypto');
const { Readable, pipeline } = require('stream');

const h = crypto.createHash('sha256');
h.on('readable', () => {
  const d = h.read();
  if (d) console.log('readable', d.toString('hex'));
});
h.write('hello ');
h.end('world');

const h2 = crypto.createHash('md5');
h2.setEncoding('hex');
h2.on('data', (d) => console.log('data', d));
h2.on('finish', () => console.log('finish'));
h2.on('end', () => console.log('end'));
h2.end(Buffer.from('abc'));

pipeline(Readable.from(['a', 'b', 'c']), crypto.createHmac('sha1', 'k'), (err) => console.log('pipeline done', err));
const hm = crypto.createHmac('sha1', 'k');
Readable.from([Buffer.from('a'), Buffer.from('bc')]).pipe(hm).on('data', (d) => console.log('pipe', d.toString('hex')));
console.log('instanceof', h instanceof require('stream').Transform, typeof h.pipe);
