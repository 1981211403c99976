// differential: fs streams call fs.open/read/write/close as they are at call time (patched ones too), and a subclass overriding open() (graceful-fs style) constructs through its 'open'/'error' events; calling the stock open() warns DEP0135
'use strict';
const fs = require('fs');
const path = require('path');

const dir = process.env.TEST_TMPDIR;
const file = path.join(dir, 'patched.txt');
fs.writeFileSync(file, 'hello');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));

const steps = [
  (next) => {
    const read = fs.read;
    const close = fs.close;
    fs.read = function(...args) {
      console.log('patched read');
      fs.read = read;
      return read.apply(fs, args);
    };
    fs.close = function(fd, cb) {
      console.log('patched close', typeof fd);
      fs.close = close;
      return close(fd, cb);
    };
    fs.createReadStream(file).on('data', (d) => console.log('data', String(d))).on('close', next);
  },
  (next) => {
    const err = new Error('BAM');
    const write = fs.write;
    fs.write = function(...args) {
      fs.write = write;
      process.nextTick(args[args.length - 1], err);
    };
    const ws = fs.createWriteStream(path.join(dir, 'out.txt'));
    ws.on('error', (e) => console.log('write error', e === err, ws.fd, ws.destroyed));
    ws.on('close', next);
    ws.write('x');
  },
  (next) => {
    function OldStream(...args) {
      fs.ReadStream.call(this, ...args);
    }
    Object.setPrototypeOf(OldStream.prototype, fs.ReadStream.prototype);
    Object.setPrototypeOf(OldStream, fs.ReadStream);
    OldStream.prototype.open = function() {
      console.log('subclass open');
      fs.open(this.path, this.flags, this.mode, (er, fd) => {
        if (er) return this.emit('error', er);
        this.fd = fd;
        this.emit('open', fd);
        this.emit('ready');
      });
    };
    const s = new OldStream(file);
    s.on('open', (fd) => console.log('open', fd === s.fd));
    s.on('ready', () => console.log('ready'));
    s.on('data', (d) => console.log('subclass data', String(d)));
    s.on('close', () => {
      const e = new OldStream(path.join(dir, 'missing'), { emitClose: true });
      e.on('error', (er) => console.log('subclass error', er.code, e.destroyed));
      e.on('close', next);
    });
  },
  (next) => {
    const s = fs.createReadStream(file);
    s.open();
    s.on('close', next);
    s.resume();
  },
];
(function run() {
  const step = steps.shift();
  if (step) step(run);
})();
