// differential
'use strict';
// Buffer's shared pool and buffers given to markAsUntransferable are copied, not
// transferred, when listed in a transfer list: other pooled Buffers stay usable.
const { MessageChannel, markAsUntransferable } = require('worker_threads');
const a = Buffer.from('hello world');
const b = Buffer.from('other data');
console.log(a.buffer === b.buffer);
const copy = structuredClone(a, { transfer: [a.buffer] });
console.log(copy.length, a.buffer.byteLength > 0, b.toString());
const ab = new ArrayBuffer(8);
markAsUntransferable(ab);
console.log(structuredClone(ab, { transfer: [ab] }).byteLength, ab.byteLength);
const plain = new ArrayBuffer(4);
structuredClone(plain, { transfer: [plain] });
console.log('plain detached', plain.byteLength === 0);
for (const v of [5, null, undefined, {}]) markAsUntransferable(v);
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => {
  console.log('got', Buffer.from(m).toString(), a.toString(), b.toString());
  port2.close();
});
port1.postMessage(a, [a.buffer]);
