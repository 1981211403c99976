// differential: unhandled rejections are processed between timers and between immediates
'use strict';
process.on('unhandledRejection', (r) => console.log('unhandled', r));
process.on('rejectionHandled', () => console.log('handled later'));
setTimeout(() => { console.log('t1'); Promise.reject('a'); process.nextTick(() => console.log('tick t1')); }, 1);
setTimeout(() => { console.log('t2'); }, 1);
setImmediate(() => { console.log('i1'); const p = Promise.reject('b'); setTimeout(() => p.catch(() => console.log('caught b')), 5); });
setImmediate(() => console.log('i2'));
const s = Date.now(); while (Date.now() - s < 5);
