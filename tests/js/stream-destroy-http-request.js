// differential
'use strict';
// pipeline() ending with an error destroys an http response through its request, which
// is aborted: the error goes to the pipeline callback, not to an unheard 'error' event on
// the ClientRequest.
const http = require('http');
const { Readable, Writable, pipeline, destroy } = require('stream');
const server = http.createServer((req, res) => {
  let sent = 0;
  const rs = new Readable({ read() { if (sent++ < 20) rs.push('hello'); } });
  pipeline(rs, res, () => {});
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port });
  req.end();
  req.on('response', (res) => {
    let n = 3;
    const sink = new Writable({ write(d, e, cb) { cb(--n === 0 ? new Error('kaboom') : null); } });
    pipeline(res, sink, (err) => {
      console.log('pipeline', err.message, req.destroyed);
      const r2 = http.request({ port: server.address().port });
      r2.on('error', (e) => console.log('r2 error', e.code));
      r2.on('close', () => { console.log('r2 close'); server.close(); });
      destroy(r2);
    });
  });
});
