// differential: createReadStream/createWriteStream: ranges, highWaterMark, fd, events
'use strict';
const fs = require('fs');
const path = require('path');

const tmp = process.env.TEST_TMPDIR;
const p = (...parts) => path.join(tmp, ...parts);
const big = Buffer.alloc(300 * 1024);
for (let i = 0; i < big.length; i++) big[i] = i % 251;
fs.writeFileSync(p('big.bin'), big);
fs.writeFileSync(p('small.txt'), '0123456789');

const events = [];
const rs = fs.createReadStream(p('small.txt'), { start: 2, end: 5, encoding: 'utf8' });
rs.on('open', (fd) => events.push(`open ${typeof fd}`));
rs.on('ready', () => events.push('ready'));
rs.on('data', (d) => events.push(`data ${d}`));
rs.on('end', () => events.push('end'));
rs.on('close', () => {
  events.push('close');
  console.log(events);
  chunks();
});

function chunks() {
  const sizes = [];
  fs.createReadStream(p('big.bin'), { highWaterMark: 100 * 1024 })
    .on('data', (d) => sizes.push(d.length))
    .on('end', () => {
      console.log('chunks', sizes);
      copy();
    });
}

function copy() {
  const ws = fs.createWriteStream(p('copy.bin'));
  fs.createReadStream(p('big.bin')).pipe(ws);
  ws.on('finish', () => console.log('finish', ws.bytesWritten));
  ws.on('close', () => {
    console.log('copied equal', fs.readFileSync(p('copy.bin')).equals(big));
    withFd();
  });
}

function withFd() {
  const fd = fs.openSync(p('small.txt'), 'r');
  const s = fs.createReadStream(null, { fd, autoClose: false });
  let text = '';
  s.setEncoding('utf8');
  s.on('data', (d) => { text += d; });
  s.on('end', () => {
    console.log('fd read', text, s.autoClose);
    fs.closeSync(fd);
    append();
  });
}

function append() {
  const ws = fs.createWriteStream(p('small.txt'), { flags: 'a' });
  ws.write('AB');
  ws.end('CD', () => {
    console.log(fs.readFileSync(p('small.txt'), 'utf8'), ws.bytesWritten);
    missing();
  });
}

function missing() {
  const s = fs.createReadStream(p('nope'));
  s.on('error', (err) => console.log('error', err.code, err.syscall, path.basename(err.path)));
  s.on('close', () => console.log('closed after error', s.destroyed));
}
