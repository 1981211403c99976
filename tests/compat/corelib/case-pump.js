'use strict';
const pump = require('pump');
const { Readable, Transform, Writable } = require('stream');
const upper = new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); } });
const out = [];
const sink = new Writable({ write(chunk, enc, cb) { out.push(chunk.toString()); cb(); } });
pump(Readable.from(['a', 'b', 'c']), upper, sink, (err) => {
  console.log('done', err, out);
  const failing = new Transform({ transform(chunk, enc, cb) { cb(new Error('boom')); } });
  pump(Readable.from(['x']), failing, new Writable({ write(c, e, cb) { cb(); } }), (e) => console.log('error', e.message));
});
