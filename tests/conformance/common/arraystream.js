'use strict';
// A fake duplex for REPL/readline tests: run(lines) emits each line plus '\n' as 'data';
// flow control and writes do nothing.
const { Stream } = require('stream');

function ArrayStream() {
  this.run = (lines) => {
    for (const line of lines) this.emit('data', `${line}\n`);
  };
}
Object.setPrototypeOf(ArrayStream.prototype, Stream.prototype);
Object.setPrototypeOf(ArrayStream, Stream);
Object.assign(ArrayStream.prototype, {
  readable: true,
  writable: true,
  pause() {},
  resume() {},
  write() {},
});

module.exports = ArrayStream;
