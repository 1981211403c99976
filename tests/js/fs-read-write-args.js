// differential: fs.read/readSync/write/writeSync sort their argument forms and refuse bad ones as node does
'use strict';
const fs = require('fs');
const path = require('path');

const file = path.join(process.env.TEST_TMPDIR, 'rw.txt');
const show = (name, f) => {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
};

// Each write starts from "......" so where the bytes landed shows in the file.
function writeCase(name, f) {
  const fd = fs.openSync(file, 'w+');
  fs.writeSync(fd, '......');
  show(name, () => f(fd));
  console.log('  ', JSON.stringify(fs.readFileSync(file, 'latin1')));
  fs.closeSync(fd);
}

const X = () => Buffer.from('XY');
writeCase('buffer only', (fd) => fs.writeSync(fd, X()));
writeCase('offset', (fd) => fs.writeSync(fd, X(), 1));
writeCase('options', (fd) => fs.writeSync(fd, X(), { offset: 1, position: 2 }));
writeCase('null options', (fd) => fs.writeSync(fd, X(), null));
writeCase('bigint position', (fd) => fs.writeSync(fd, X(), 0, 1, 2n));
writeCase('fraction position', (fd) => fs.writeSync(fd, X(), 0, 1, 1.5));
writeCase('negative position', (fd) => fs.writeSync(fd, X(), 0, 1, -5));
writeCase('unsafe position', (fd) => fs.writeSync(fd, X(), 0, 2, 2 ** 53));
writeCase('string length', (fd) => fs.writeSync(fd, X(), 0, '1', 0));
writeCase('fraction length', (fd) => fs.writeSync(fd, X(), 0, 1.5, 0));
writeCase('negative length', (fd) => fs.writeSync(fd, X(), 0, -1));
writeCase('long length', (fd) => fs.writeSync(fd, X(), 0, 5));
writeCase('string offset', (fd) => fs.writeSync(fd, X(), 'x', 1));
writeCase('negative offset', (fd) => fs.writeSync(fd, X(), -1, 1));
writeCase('offset past end', (fd) => fs.writeSync(fd, X(), 9, 1));
writeCase('string at position', (fd) => fs.writeSync(fd, 'X', 2));
writeCase('string bigint position', (fd) => fs.writeSync(fd, 'X', 1n));
writeCase('string hex', (fd) => fs.writeSync(fd, '5859', 1, 'hex'));
writeCase('string odd hex', (fd) => fs.writeSync(fd, 'abc', 0, 'hex'));
writeCase('string unknown encoding', (fd) => fs.writeSync(fd, 'X', 1, 'foo'));
writeCase('String object', (fd) => fs.writeSync(fd, new String('x')));
writeCase('number data', (fd) => fs.writeSync(fd, 5));
writeCase('bad fd', () => fs.writeSync('1', 'x'));

// The callback form goes through the same checks; the callback gets the data back.
const asyncCases = [
  ['async buffer', () => [X()]],
  ['async offset', () => [X(), 1]],
  ['async options', () => [X(), { offset: 1, position: 2 }]],
  ['async fraction length', () => [X(), 0, 1.5, 0]],
  ['async string', () => ['X', 2]],
  ['async hex', () => ['5859', 1, 'hex']],
  ['async odd hex', () => ['abc', 0, 'hex']],
  ['async long length', () => [X(), 0, 5]],
];
function nextAsync() {
  const c = asyncCases.shift();
  if (!c) return readCases();
  const [name, args] = c;
  const fd = fs.openSync(file, 'w+');
  fs.writeSync(fd, '......');
  try {
    fs.write(fd, ...args(), (err, n, data) => {
      console.log(name, err, n, String(data), JSON.stringify(fs.readFileSync(file, 'latin1')));
      fs.closeSync(fd);
      nextAsync();
    });
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
    fs.closeSync(fd);
    nextAsync();
  }
}
nextAsync();

function readCases() {
  fs.writeFileSync(file, 'abcdef');
  const fd = fs.openSync(file, 'r');
  const B = () => Buffer.alloc(4, '.');
  const readCase = (name, f) => show(name, () => {
    const b = B();
    const n = f(b);
    return `${n} ${b}`;
  });
  readCase('read all', (b) => fs.readSync(fd, b, 0, 4, 0));
  readCase('read options', (b) => fs.readSync(fd, b, { offset: 1, length: 2, position: 3 }));
  readCase('read null options', (b) => fs.readSync(fd, b, null));
  readCase('read bigint position', (b) => fs.readSync(fd, b, 0, 2, 4n));
  readCase('read zero length', (b) => fs.readSync(fd, b, 0, 0, 0));
  readCase('read false options', (b) => fs.readSync(fd, b, false));
  readCase('read string options', (b) => fs.readSync(fd, b, '4444'));
  readCase('read array options', (b) => fs.readSync(fd, b, []));
  readCase('read negative offset', (b) => fs.readSync(fd, b, -1, 1, 0));
  readCase('read NaN offset', (b) => fs.readSync(fd, b, NaN, 1, 0));
  readCase('read negative length', (b) => fs.readSync(fd, b, 0, -1, 0));
  readCase('read long length', (b) => fs.readSync(fd, b, 0, 5, 0));
  readCase('read fraction position', (b) => fs.readSync(fd, b, 0, 1, 0.5));
  readCase('read unsafe position', (b) => fs.readSync(fd, b, 0, 1, 2 ** 53));
  readCase('read huge bigint position', (b) => fs.readSync(fd, b, 0, 1, 2n ** 63n));
  readCase('read string position', (b) => fs.readSync(fd, b, 0, 1, ''));
  show('read number buffer', () => fs.readSync(fd, 4, 0, 'utf-8'));
  show('read object buffer', () => fs.readSync(fd, { buffer: null }));
  show('read null fd', () => fs.readSync(null, B(), 0, 1, 0));
  show('async read no callback', () => fs.read(fd, B(), 0, 1, 0));
  show('async read null buffer', () => fs.read(fd, { buffer: null }, () => {}));
  show('async read bad options', () => fs.read(fd, B(), 5, () => {}));
  show('Dir without a handle', () => new fs.Dir());
  fs.read(fd, { buffer: B(), position: 2 }, (err, n, b) => {
    console.log('async read params', err, n, String(b));
    fs.read(fd, B(), { length: 3, position: 1 }, (err, n, b) => {
      console.log('async read options', err, n, String(b));
      fs.read(fd, (err, n, b) => {
        console.log('async read default buffer', err, n, b.length);
        fs.closeSync(fd);
      });
    });
  });
}
