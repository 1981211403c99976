'use strict';
// pending: adm-zip needs the crypto plugin (rename to case-adm-zip.js when it lands; passes with crypto stubbed).
// adm-zip: zip archives in memory through deflateRawSync/inflateRawSync.
const AdmZip = require('adm-zip');

const zip = new AdmZip();
zip.addFile('hello.txt', Buffer.from('hello zip '.repeat(1000)));
zip.addFile('dir/data.bin', Buffer.from(Array.from({ length: 50000 }, (_, i) => (i * 7) & 255)));
zip.addFile('empty.txt', Buffer.alloc(0));
const buf = zip.toBuffer();
const back = new AdmZip(buf);
for (const e of back.getEntries()) {
  const data = e.getData();
  console.log(e.entryName, e.header.method, data.length, data.subarray(0, 12).toString('hex'));
}
console.log('text', back.readAsText('hello.txt').slice(0, 20));
// A damaged entry is reported, not a crash.
const damaged = Buffer.from(buf);
const at = damaged.indexOf('hello.txt') + 'hello.txt'.length + 40;
damaged.fill(0xff, at, at + 40);
try {
  new AdmZip(damaged).getEntry('hello.txt').getData();
  console.log('damaged: no error');
} catch (err) {
  console.log('damaged:', typeof err === 'string' ? err : err.message);
}
