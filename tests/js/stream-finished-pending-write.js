// differential
'use strict';
// finished(stream, { readable: false }) on an ended Duplex waits for its last write to
// call back ('finish'), instead of reporting it done while the write is in flight.
const { Duplex, Writable, finished } = require('stream');
for (const C of [Duplex, Writable]) {
  let written = false;
  const stream = new C({ write(chunk, enc, cb) { setImmediate(() => { written = true; cb(); }); } });
  stream.end('foo');
  stream.on('finish', () => console.log(C.name, 'finish', stream._writableState.pendingcb));
  finished(stream, { readable: false }, (err) => {
    console.log(C.name, 'finished', err, written, stream._writableState.pendingcb);
  });
}
