'use strict';
// Duplex.from() with a Blob (one chunk: its whole ArrayBuffer) and with web
// streams, alone or as a { readable, writable } pair; and bad bodies.

const { Duplex } = require('stream');

function watch(label, d) {
  console.log(label, d.readable, d.writable, d.readableObjectMode, d.writableObjectMode);
  d.on('data', (c) => console.log(label, 'data', Object.prototype.toString.call(c), Buffer.from(c).toString()));
  d.on('end', () => console.log(label, 'end'));
  d.on('finish', () => console.log(label, 'finish'));
  d.on('close', () => console.log(label, 'close'));
  d.on('error', (e) => console.log(label, 'error', e.message));
}

watch('blob', Duplex.from(new Blob(['ab', 'cd'])));
watch('empty blob', Duplex.from(new Blob([])));
watch('file', Duplex.from(new File(['xyz'], 'f.txt')));

const readable = () => new ReadableStream({
  start(c) {
    c.enqueue('foo');
    c.close();
  },
});
let written = '';
const writable = () => new WritableStream({
  write(chunk) { written += chunk; },
});

watch('web readable', Duplex.from(readable()));
const w = Duplex.from(writable());
watch('web writable', w);
w.end('bar', () => console.log('written', written));
const pair = Duplex.from({ readable: readable(), writable: writable() });
watch('web pair', pair);
pair.end('baz');
watch('web readable only', Duplex.from({ readable: readable() }));

for (const body of [5, null, undefined, 'str', { readable: {} }, { writable: 1, readable: {} }]) {
  try {
    Duplex.from(body);
    console.log('no throw for', body);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
