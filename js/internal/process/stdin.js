'use strict';
// process.stdin over internalBinding('stdio')'s reader for fd 0 (a tty, a pipe or
// socket, or a file). With the buffer module present it is a stream.Readable whose
// chunks are Buffers, as node's is. Until then a small reader of its own gives the same
// events and methods (data/end/close/readable, pause/resume/read/setEncoding/pipe,
// async iteration) with Uint8Array chunks.

const EventEmitter = require('events');
const stdio = internalBinding('stdio');

const kHighWaterMark = 65536;

function bufferModule() {
  try {
    const { Buffer } = require('buffer');
    return typeof Buffer === 'function' ? Buffer : undefined;
  } catch {
    return undefined;
  }
}

function toError(value) {
  return value !== null && typeof value === 'object' && !(value instanceof ArrayBuffer);
}

// --- with streams: a stream.Readable ---

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

    ref() { stdio.stdinRef(true); return this; }
    unref() { stdio.stdinRef(false); return this; }
  }
  let stream;
  const kind = stdio.stdinOpen((chunk) => {
    if (chunk === null) {
      stream.push(null);
    } else if (toError(chunk)) {
      stream.destroy(chunk);
    } else if (!stream.push(Buffer.from(chunk))) {
      stdio.stdinReadStop();
    }
  });
  stream = new ReadStdin(kind);
  return stream;
}

// --- without streams: the same surface, built on EventEmitter ---

class StdinReader extends EventEmitter {
  constructor(kind) {
    super();
    this.fd = 0;
    if (kind === 'TTY') {
      this.isTTY = true;
      this.isRaw = false;
    }
    this.readable = true;
    this.destroyed = false;
    this.readableEnded = false;
    this.readableFlowing = null;
    this.readableEncoding = null;
    this.readableHighWaterMark = kHighWaterMark;
    this._chunks = [];
    this._length = 0;
    this._ended = false;      // end of input reached (maybe with data still buffered)
    this._decoder = null;
    this._wantReadable = false;
    // node's stdin from a file (an fs.ReadStream that does not close fd 0) emits no
    // 'close' after 'end'; from a pipe or tty (a socket) it does.
    this._closeAfterEnd = kind !== 'FILE';
    this._isFile = kind === 'FILE';
  }

  get readableLength() { return this._length; }

  on(type, listener) {
    super.on(type, listener);
    if (type === 'data' && this.readableFlowing !== false) this.resume();
    if (type === 'readable') {
      this._wantReadable = true;
      this.readableFlowing = false;
      this._startReading();
      if (this._length > 0 || this._ended) process.nextTick(() => this.emit('readable'));
    }
    return this;
  }

  addListener(type, listener) { return this.on(type, listener); }

  _startReading() {
    if (!this._ended && !this.destroyed) stdio.stdinReadStart();
  }

  _chunk(data) {
    if (this._decoder !== null) return this._decoder.decode(data, { stream: true });
    const Buffer = bufferModule();
    return Buffer ? Buffer.from(data) : new Uint8Array(data);
  }

  _onRead(data) {
    if (this.destroyed) return;
    if (data === null) {
      this._ended = true;
      if (this._decoder !== null) {
        const tail = this._decoder.decode();
        if (tail !== '') this._add(tail);
      }
      this._maybeEnd();
      if (this._wantReadable) this.emit('readable');
      return;
    }
    if (toError(data)) {
      this.destroy(data);
      return;
    }
    const chunk = this._chunk(data);
    if (chunk.length === 0) return;
    this._add(chunk);
  }

  _add(chunk) {
    if (this.readableFlowing === true && this._length === 0) {
      this.emit('data', chunk);
      return;
    }
    this._chunks.push(chunk);
    this._length += chunk.length;
    if (this.readableFlowing !== true && this._length >= kHighWaterMark) stdio.stdinReadStop();
    if (this._wantReadable) this.emit('readable');
    else if (this.readableFlowing === true) this._flow();
  }

  _flow() {
    while (this.readableFlowing === true && this._chunks.length > 0) {
      const chunk = this._chunks.shift();
      this._length -= chunk.length;
      this.emit('data', chunk);
    }
    this._maybeEnd();
  }

  // Once input has ended and nothing is buffered, 'end' comes even while paused (as in
  // node: the last read found nothing more).
  _maybeEnd() {
    if (!this._ended || this._length > 0 || this.readableEnded) return;
    this.readableEnded = true;
    this.readable = false;
    process.nextTick(() => {
      this.emit('end');
      if (this._closeAfterEnd) {
        this.destroyed = true;
        this.emit('close');
      }
    });
  }

  resume() {
    if (this.readableFlowing !== true) {
      this.readableFlowing = true;
      this._startReading();
      process.nextTick(() => this._flow());
    }
    return this;
  }

  // From a pipe, reading goes on while paused until a high-water mark of data is
  // buffered, as node's socket does; a file is read only on demand.
  pause() {
    if (this.readableFlowing !== false) this.readableFlowing = false;
    if (this._isFile || this._length >= kHighWaterMark) stdio.stdinReadStop();
    return this;
  }

  isPaused() { return this.readableFlowing === false; }

  read(n) {
    this._startReading();
    if (this._length === 0 || (n !== undefined && n > this._length && !this._ended)) {
      this._maybeEnd();
      return null;
    }
    if (n === undefined || n >= this._length) n = this._length;
    const out = this._take(n);
    if (this._length < kHighWaterMark) this._startReading();
    if (this._length === 0) this._maybeEnd();
    return out;
  }

  _take(n) {
    const parts = [];
    let got = 0;
    while (got < n) {
      const c = this._chunks[0];
      const want = n - got;
      if (c.length <= want) {
        parts.push(this._chunks.shift());
        got += c.length;
      } else {
        parts.push(c.slice(0, want));
        this._chunks[0] = c.slice(want);
        got += want;
      }
    }
    this._length -= n;
    if (typeof parts[0] === 'string') return parts.join('');
    const Buffer = bufferModule();
    if (Buffer) return Buffer.concat(parts, n);
    const out = new Uint8Array(n);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }

  setEncoding(encoding = 'utf8') {
    const label = String(encoding).toLowerCase();
    this._decoder = new (require('internal/encoding').TextDecoder)(
      label === 'utf8' ? 'utf-8' : label);
    this.readableEncoding = label === 'utf-8' ? 'utf8' : label;
    return this;
  }

  pipe(dest, options) {
    const end = !(options && options.end === false) && dest !== process.stdout &&
      dest !== process.stderr;
    const onData = (chunk) => {
      if (dest.write(chunk) === false && typeof dest.once === 'function') {
        this.pause();
        dest.once('drain', () => this.resume());
      }
    };
    this.on('data', onData);
    if (end) this.once('end', () => dest.end());
    this._pipes = this._pipes || [];
    this._pipes.push({ dest, onData });
    if (typeof dest.emit === 'function') dest.emit('pipe', this);
    return dest;
  }

  unpipe(dest) {
    for (const p of this._pipes || []) {
      if (dest === undefined || p.dest === dest) {
        this.removeListener('data', p.onData);
        if (typeof p.dest.emit === 'function') p.dest.emit('unpipe', this);
      }
    }
    this._pipes = (this._pipes || []).filter((p) => dest !== undefined && p.dest !== dest);
    if (this._pipes.length === 0) this.pause();
    return this;
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.readable = false;
    stdio.stdinReadStop();
    process.nextTick(() => {
      if (err) this.emit('error', err);
      this.emit('close');
    });
    return this;
  }

  setRawMode(flag) {
    const err = stdio.stdinSetRawMode(Boolean(flag));
    if (err < 0) throw new Error(`setRawMode failed (${err})`);
    this.isRaw = Boolean(flag);
    return this;
  }

  ref() { stdio.stdinRef(true); return this; }
  unref() { stdio.stdinRef(false); return this; }

  async *[Symbol.asyncIterator]() {
    const queue = [];
    let done = false;
    let error = null;
    let wake = null;
    const notify = () => {
      if (wake !== null) {
        const w = wake;
        wake = null;
        w();
      }
    };
    const onData = (chunk) => { queue.push(chunk); notify(); };
    const onEnd = () => { done = true; notify(); };
    const onError = (err) => { error = err; notify(); };
    this.on('data', onData);
    this.once('end', onEnd);
    this.once('error', onError);
    try {
      for (;;) {
        if (queue.length > 0) {
          yield queue.shift();
        } else if (error !== null) {
          throw error;
        } else if (done) {
          return;
        } else {
          await new Promise((resolve) => { wake = resolve; });
        }
      }
    } finally {
      this.removeListener('data', onData);
      this.removeListener('end', onEnd);
      this.removeListener('error', onError);
      if (!done) this.destroy();
    }
  }
}

function create() {
  const Buffer = bufferModule();
  let streamsReady = false;
  if (Buffer !== undefined) {
    try {
      // setEncoding on a Readable needs string_decoder too.
      streamsReady = typeof require('stream').Readable === 'function' &&
        typeof require('string_decoder').StringDecoder === 'function';
    } catch {
      streamsReady = false;
    }
  }
  if (streamsReady) return createReadable(Buffer);
  let reader;
  const kind = stdio.stdinOpen((chunk) => reader._onRead(chunk));
  reader = new StdinReader(kind);
  return reader;
}

module.exports = { create };
