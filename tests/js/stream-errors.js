// differential: stream error codes and messages for misuse
'use strict';
const { Readable, Writable, Duplex, finished, pipeline } = require('stream');

const w = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
w.on('error', (e) => console.log('w error', e.name, e.code, e.message));
w.end();
w.write(1, (err) => console.log('write cb', err.code));

try {
  new Writable({ objectMode: true, write(c, e, cb) { cb(); } }).write(null);
} catch (e) {
  console.log('null', e.name, e.code, e.message);
}

const r = new Readable({ objectMode: true, read() {} });
r.on('error', (e) => console.log('r error', e.code, e.message));
r.push(null);
r.push(1);

const d = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
d.destroy();
d.write(1, (err) => console.log('destroyed write', err.code, err.message));
d.on('error', (e) => console.log('d error', e.code));
d.on('close', () => console.log('d close'));

const r2 = new Readable({ objectMode: true, read() {} });
finished(r2, (err) => console.log('finished', err.code, err.message));
r2.destroy();

const r3 = new Readable({ read() { throw new Error('boom'); } });
r3.on('error', (e) => console.log('r3', e.message));
r3.resume();

const notImpl = new Readable();
notImpl.on('error', (e) => console.log('notImpl', e.code, e.message));
notImpl.read();

try { pipeline(); } catch (e) { console.log('pipeline', e.code, e.message); }
try { pipeline(new Readable(), new Writable()); } catch (e) { console.log('pipeline2', e.code, e.message); }
try { new Readable({ highWaterMark: -1 }); } catch (e) { console.log('hwm', e.code, e.message); }
try { finished(null, () => {}); } catch (e) { console.log('finished', e.code, e.message); }

const multi = new Writable({ objectMode: true, write(c, e, cb) { cb(); cb(); } });
multi.on('error', (e) => console.log('multi', e.code, e.message));
multi.write(1);

const dup = new Duplex({ objectMode: true, read() {}, write(c, e, cb) { cb(); }, allowHalfOpen: false });
dup.on('finish', () => console.log('dup finish'));
dup.on('end', () => console.log('dup end'));
dup.on('close', () => console.log('dup close'));
dup.resume();
dup.push(null);
