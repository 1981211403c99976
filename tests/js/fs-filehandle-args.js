// differential
'use strict';
// FileHandle read/write/readv/writev/truncate/chmod/chown/utimes/stat: argument forms and
// bad arguments with node's codes and messages; positions that are not non-negative
// safe integers mean the current file position.
const fsp = require('fs/promises');
const fs = require('fs');
const path = require('path');

const file = path.join(process.env.TEST_TMPDIR, 'args.txt');

function brief(v) {
  if (v === undefined || v === null || typeof v !== 'object') return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    out[k] = ArrayBuffer.isView(x) ? `${x.constructor.name}(${x.byteLength})` :
      Array.isArray(x) ? x.map((b) => b.byteLength) : x;
  }
  return JSON.stringify(out);
}
async function t(label, fn) {
  try {
    console.log(label, 'ok', brief(await fn()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message.split('\n')[0]);
  }
}

(async () => {
  fs.writeFileSync(file, 'hello world');
  const fh = await fsp.open(file, 'r+');
  const B = Buffer.alloc(4);
  await t('read()', () => fh.read());
  await t('read(null,0,0,0)', () => fh.read(null, 0, 0, 0));
  await t('read(0)', () => fh.read(0, 0, 0, 0));
  await t('read(B,{})', () => fh.read(B, {}));
  await t('read(B,{length:5})', () => fh.read(B, { length: 5 }));
  await t('read(B,{offset:5})', () => fh.read(B, { offset: 5 }));
  await t('read(B,{offset:-1})', () => fh.read(B, { offset: -1 }));
  await t('read(B,{length:-1})', () => fh.read(B, { length: -1 }));
  await t('read(B,1.5)', () => fh.read(B, 1.5));
  await t('read(B,"1")', () => fh.read(B, '1'));
  await t('read(B,5,1,0)', () => fh.read(B, 5, 1, 0));
  await t('read(Buffer(0))', () => fh.read(Buffer.alloc(0)));
  await t('read(Buffer(0),0,1)', () => fh.read(Buffer.alloc(0), 0, 1));
  await t('read({buffer:B,position:6})', () => fh.read({ buffer: B, position: 6 }));
  await t('read({buffer:1})', () => fh.read({ buffer: 1 }));
  await t('read({length:3,position:0})', () => fh.read({ length: 3, position: 0 }));
  await t('read(Uint16Array)', () => fh.read(new Uint16Array(2), 0, 4, 0));
  await t('write()', () => fh.write());
  await t('write({})', () => fh.write({}));
  await t('write(new String)', () => fh.write(new String('x')));
  await t('write("abc",0,"hex")', () => fh.write('abc', 0, 'hex'));
  await t('write("abcd",0,"hex")', () => fh.write('abcd', 0, 'hex'));
  await t('write("abc",0,"bad")', () => fh.write('abc', 0, 'bad'));
  await t('write(B,{length:5})', () => fh.write(B, { length: 5 }));
  await t('write(B,{offset:5})', () => fh.write(B, { offset: 5 }));
  await t('write(B,{length:1,offset:4})', () => fh.write(B, { length: 1, offset: 4 }));
  await t('write(B,{offset:false})', () => fh.write(B, { offset: false }));
  await t('write(B,{offset:1.5})', () => fh.write(B, { offset: 1.5 }));
  await t('write(B,"1")', () => fh.write(B, '1'));
  await t('write(B,0,-1)', () => fh.write(B, 0, -1));
  await t('write(B,0,1.5)', () => fh.write(B, 0, 1.5));
  await t('write(B,1,"2")', () => fh.write(B, 1, '2'));
  await t('write(Buffer(0))', () => fh.write(Buffer.alloc(0)));
  await t('readv(1)', () => fh.readv(1));
  await t('readv([1])', () => fh.readv([1]));
  await t('writev([""])', () => fh.writev(['']));
  await t('writev([])', () => fh.writev([]));
  await t('writev([Buffer(0)])', () => fh.writev([Buffer.alloc(0)]));
  await t('truncate("1")', () => fh.truncate('1'));
  await t('truncate(1.5)', () => fh.truncate(1.5));
  await t('truncate(2**53)', () => fh.truncate(2 ** 53));
  await t('chmod("x")', () => fh.chmod('x'));
  await t('chmod(-1)', () => fh.chmod(-1));
  await t('chown("1",1)', () => fh.chown('1', 1));
  await t('chown(1,-2)', () => fh.chown(1, -2));
  await t('utimes("x",1)', () => fh.utimes('x', 1));
  await t('utimes(1,{})', () => fh.utimes(1, {}));
  await t('stat({bigint:1})', async () => typeof (await fh.stat({ bigint: 1 })).size);
  await t('stat({bigint:true})', async () => typeof (await fh.stat({ bigint: true })).size);
  await t('readFile(1)', () => fh.readFile(1));
  await t('readFile("bad")', () => fh.readFile('bad'));
  await t('readFile({signal:1})', () => fh.readFile({ signal: 1 }));
  await t('writeFile(1)', () => fh.writeFile(1));
  await t('writeFile({})', () => fh.writeFile({}));
  await t('writeFile("x",1)', () => fh.writeFile('x', 1));
  await fh.close();

  // Positions: only a non-negative safe integer is used, anything else reads and
  // writes at the current position.
  for (const pos of [2, 2n, 1.5, -1, 'x', 2 ** 53, null, true, NaN]) {
    fs.writeFileSync(file, 'hello world');
    const h = await fsp.open(file, 'r+');
    await h.read(Buffer.alloc(1), 0, 1, null);
    const r = await h.read(Buffer.alloc(3), 0, 3, pos);
    await h.write(Buffer.from('XY'), 0, 2, pos);
    await h.write('QQ', pos);
    const rv = await h.readv([Buffer.alloc(2)], pos);
    await h.writev([Buffer.from('ZZ')], pos);
    console.log('position', typeof pos, String(pos), r.buffer.toString(), rv.buffers[0].toString(),
                fs.readFileSync(file, 'latin1'));
    await h.close();
  }
})();
