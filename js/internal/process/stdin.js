'use strict';
// process.stdin: a stream.Readable of Buffers over internalBinding('stdio')'s reader
// for fd 0 (a tty, a pipe or socket, or a file), behaving as node's (a socket for pipes
// and ttys, an fs stream for files).

const stdio = internalBinding('stdio');

const kHighWaterMark = 65536;
const kPaused = Symbol('kPaused');

function toError(value) {
  return value !== null && typeof value === 'object' && !(value instanceof ArrayBuffer);
}

function createReadable(Buffer) {
  const { Readable } = require('stream');
  class ReadStdin extends Readable {
    constructor(kind) {
      // From a file node's stdin is an fs stream that keeps fd 0 open: no 'close'.
      super({ highWaterMark: kHighWaterMark, emitClose: kind !== 'FILE' });
      this.fd = 0;
      if (kind === 'TTY') {
        this.isTTY = true;
        this.isRaw = false;
      }
    }

    _read() {
      // After pause() the stream may still ask for more (to refill its buffer): reading
      // would keep the process alive, so it waits for resume() or a 'readable' listener.
      if (this[kPaused] && this.listenerCount('readable') === 0) return;
      stdio.stdinReadStart();
    }

    _destroy(err, cb) {
      stdio.stdinReadStop();
      cb(err);
    }

    setRawMode(flag) {
      const err = stdio.stdinSetRawMode(Boolean(flag));
      if (err < 0) throw new Error(`setRawMode failed (${err})`);
      this.isRaw = Boolean(flag);
      return this;
    }

    // Paused, a terminal's stdin stops reading, so it no longer keeps the process alive
    // (as node's); reading starts again on resume(). A pipe reads on to its end, so that
    // 'end' comes while paused as in node.
    pause() {
      super.pause();
      if (kind === 'TTY') {
        this[kPaused] = true;
        stdio.stdinReadStop();
      }
      return this;
    }

    resume() {
      if (this[kPaused]) {
        this[kPaused] = false;
        if (!this.readableEnded && !this.destroyed) stdio.stdinReadStart();
      }
      return super.resume();
    }

    ref() { stdio.stdinRef(true); return this; }
    unref() { stdio.stdinRef(false); return this; }
  }
  let stream;
  const kind = stdio.stdinOpen((chunk) => {
    if (chunk === null) {
      stream.push(null);
      // From a pipe or tty, read(0) lets 'end' come even while paused once nothing is
      // buffered, as node's socket-backed stdin does; a file (node's fs stream) waits.
      if (kind !== 'FILE') stream.read(0);
    } else if (toError(chunk)) {
      stream.destroy(chunk);
    } else {
      // A file is read one chunk per _read(), like fs streams; a pipe until it is full.
      if (kind === 'FILE') stdio.stdinReadStop();
      if (!stream.push(Buffer.from(chunk))) stdio.stdinReadStop();
    }
  });
  stream = new ReadStdin(kind);
  giveClass(stream, kind, ReadStdin);
  return stream;
}

// node's stdin is a tty.ReadStream on a terminal, a net.Socket on a pipe and an
// fs.ReadStream on a file: the class names programs print, and on a terminal
// instanceof tty.ReadStream. The reading itself stays ReadStdin's.
const stdinClasses = {};
function giveClass(stream, kind, ReadStdin) {
  if (stdinClasses[kind] === undefined) {
    let Base = ReadStdin;
    if (kind === 'TTY') {
      try {
        Base = require('tty').ReadStream;
      } catch {
        // --no-plugins: no tty plugin
      }
    }
    const named = {
      TTY: class ReadStream extends Base {},
      PIPE: class Socket extends Base {},
      FILE: class ReadStream extends Base {},
    };
    const cls = named[kind] || named.PIPE;
    if (Base !== ReadStdin) {
      // tty.ReadStream's own methods work on its TTY handle; stdin reads through the
      // stdio binding, so ReadStdin's methods take their place.
      for (const key of Reflect.ownKeys(ReadStdin.prototype)) {
        if (key === 'constructor') continue;
        Object.defineProperty(cls.prototype, key,
                              Object.getOwnPropertyDescriptor(ReadStdin.prototype, key));
      }
    }
    stdinClasses[kind] = cls;
  }
  Object.setPrototypeOf(stream, stdinClasses[kind].prototype);
}

function create() {
  // A child whose IPC channel is fd 0 (spawn with stdio ['ipc', ...]) reads its messages
  // from there: a second handle on the fd would fight the channel for the data, so stdin
  // is a stream that never gets any (node's is one that is not started).
  if (process.channel != null && process.channel.fd === 0) {
    const { Readable } = require('stream');
    const stream = new Readable({ read() {} });
    stream.fd = 0;
    return stream;
  }
  return createReadable(require('buffer').Buffer);
}

module.exports = { create };
