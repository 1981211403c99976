'use strict';
// busboy parsing a multipart/form-data upload posted over http: fields and a file,
// streamed in small chunks so part boundaries fall across writes.
const http = require('http');
const busboy = require('busboy');

const server = http.createServer((req, res) => {
  const bb = busboy({ headers: req.headers });
  const seen = [];
  bb.on('field', (name, value, info) => seen.push({ field: name, value, info }));
  bb.on('file', (name, stream, info) => {
    const chunks = [];
    stream.on('data', (d) => chunks.push(d));
    stream.on('close', () => seen.push({ file: name, info, size: Buffer.concat(chunks).length,
      text: Buffer.concat(chunks).toString('latin1').slice(0, 20) }));
  });
  bb.on('close', () => {
    // Field and file events interleave by stream timing; the content is what matters.
    seen.sort((a, b) => (a.field || a.file).localeCompare(b.field || b.file));
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(seen));
  });
  req.pipe(bb);
});

const boundary = '----nodusBoundary1234';
const file = Buffer.alloc(3000, 'xyz');
const body = Buffer.concat([
  Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nA title ü\r\n`),
  Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="upload"; filename="data.bin"\r\n` +
    'Content-Type: application/octet-stream\r\n\r\n'),
  file,
  Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="n"\r\n\r\n7\r\n--${boundary}--\r\n`),
]);

server.listen(0, '127.0.0.1', () => {
  const req = http.request({
    host: '127.0.0.1', port: server.address().port, method: 'POST', path: '/upload',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }, (res) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { text += d; });
    res.on('end', () => {
      console.log(res.statusCode, JSON.parse(text));
      server.close(() => console.log('closed'));
    });
  });
  for (let i = 0; i < body.length; i += 700) req.write(body.subarray(i, i + 700));
  req.end();
});
