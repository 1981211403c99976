// differential: fs.ReadStream/WriteStream check their options (fd, fs overrides, encoding, inherited fields) and expose autoClose/pending/flush as node 20 does
'use strict';
const fs = require('fs');
const path = require('path');

const file = path.join(process.env.TEST_TMPDIR, 'opts.txt');
fs.writeFileSync(file, 'abcdef');
const show = (name, f) => {
  try {
    const s = f();
    console.log(name, s.constructor.name, [s.fd, s.path, s.flags, s.mode, s.start, s.end, s.autoClose, s.pending]);
    s.on('error', () => {});
    s.destroy();
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
};
show('fd string', () => fs.createReadStream(null, { fd: 'x' }));
show('fd negative', () => fs.createReadStream(null, { fd: -1 }));
show('fd fraction', () => fs.createReadStream(null, { fd: 1.5, autoClose: false }));
show('path number', () => fs.createReadStream(5));
show('path null', () => fs.createReadStream(null));
show('path Buffer', () => fs.createReadStream(Buffer.from(file)));
show('path URL', () => fs.createReadStream(new URL(`file://${file}`)));
show('path null byte', () => fs.createReadStream('a\0b'));
show('options number', () => fs.createReadStream(file, 5));
show('encoding', () => fs.createReadStream(file, 'bogus'));
show('start string', () => fs.createReadStream(file, { start: '1' }));
show('start after end', () => fs.createReadStream(file, { start: 5, end: 2 }));
show('inherited options', () => fs.createReadStream(file, { __proto__: { start: 1, end: 2 } }));
show('write fd string', () => fs.createWriteStream(null, { fd: 'x' }));
show('write start', () => fs.createWriteStream(file + '.w', { start: -1 }));
show('write flush', () => fs.createWriteStream(file + '.w', { flush: 'x' }));
show('write encoding', () => fs.createWriteStream(file + '.w', { encoding: 'bogus' }));
for (const fn of ['open', 'close', 'read']) {
  show(`read fs.${fn} null`, () => fs.createReadStream(file, { fs: { ...fs, [fn]: null } }));
}
for (const fn of ['open', 'close', 'write']) {
  show(`write fs.${fn} null`, () => fs.createWriteStream(file + '.w', { fs: { ...fs, [fn]: null, writev: fn === 'write' ? null : fs.writev } }));
}
show('write fs.writev string', () => fs.createWriteStream(file + '.w', { fs: { ...fs, writev: 'not a fn' } }));
show('write fs without close, autoClose off', () => fs.createWriteStream(file + '.w', { autoClose: false, fs: { open() {}, write() {} } }));
show('read fs without open, fd given', () => fs.createReadStream(file, { fd: 99, fs: { read() {}, close() {} } }));

const r = fs.createReadStream(file, { autoClose: false });
console.log('autoClose', r.autoClose, r._readableState.autoDestroy);
r.autoClose = true;
console.log('autoClose set', r._readableState.autoDestroy);
r.destroy();
const w = fs.createWriteStream(file + '.w');
console.log('write stream', w.autoClose, w.flush, typeof w.open);
w.destroy();

// A read error with autoClose off leaves the stream undestroyed.
const bad = fs.createReadStream(null, { fd: 13337, autoClose: false });
bad.on('error', (e) => {
  process.nextTick(() => console.log('autoClose off error', e.code, bad.destroyed, bad.closed, bad.fd));
});

// A short read hands out a chunk of its own size, not a view on the whole read buffer.
fs.createReadStream(file).on('data', (chunk) => {
  console.log('chunk', chunk.length, chunk.buffer.byteLength);
});
