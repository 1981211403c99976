'use strict';
// tty: isatty, ReadStream (raw mode) and WriteStream (window size, colours, cursor
// control) on the tty plugin's TTY handle (tty.c).

const { Readable, Writable } = require('stream');
const { SystemError, E, codes } = require('internal/errors');

if (!codes.ERR_INVALID_FD) E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
const UV_EOF = -4095;

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isatty(fd);
}

function openTTY(fd) {
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) throw new codes.ERR_INVALID_FD(fd);
  const ctx = {};
  const handle = new binding.TTY(fd, ctx);
  if (ctx.code !== undefined) {
    throw new SystemError(ctx, { code: 'ERR_TTY_INIT_FAILED', prefix: 'TTY initialization failed' });
  }
  return handle;
}

function ttyError(code, syscall) {
  const err = new Error(`${syscall} failed`);
  err.errno = code;
  err.syscall = syscall;
  return err;
}

class ReadStream extends Readable {
  constructor(fd, options) {
    const handle = openTTY(fd);
    super({ highWaterMark: 0, ...options });
    this._handle = handle;
    this.fd = fd;
    this.isRaw = false;
    this.isTTY = true;
    this._reading = false;
  }

  setRawMode(flag) {
    flag = !!flag;
    const err = this._handle.setRawMode(flag);
    if (err) {
      this.emit('error', ttyError(err, 'setRawMode'));
      return this;
    }
    this.isRaw = flag;
    return this;
  }

  _read() {
    if (this._reading || !this._handle) return;
    this._reading = true;
    this._handle.readStart((n, buf) => {
      if (n > 0) {
        if (!this.push(buf)) {
          this._reading = false;
          this._handle?.readStop();
        }
      } else if (n === UV_EOF) {
        this.push(null);
      } else {
        this.destroy(ttyError(n, 'read'));
      }
    });
  }

  _destroy(err, cb) {
    if (this._handle) {
      if (this.isRaw) this._handle.setRawMode(false);
      this._handle.close();
      this._handle = null;
    }
    cb(err);
  }

  ref() { this._handle?.ref(true); return this; }
  unref() { this._handle?.ref(false); return this; }
}

const { getColorDepth, hasColors } = require('internal/tty/color');

class WriteStream extends Writable {
  constructor(fd) {
    const handle = openTTY(fd);
    super({ decodeStrings: true });
    this._handle = handle;
    this.fd = fd;
    this._type = 'tty';
    this.columns = undefined;
    this.rows = undefined;
    this._refreshSize();
  }

  get isTTY() { return true; }

  _write(chunk, encoding, cb) {
    const n = this._handle ? this._handle.writeSync(chunk) : -9;
    if (n < 0) cb(ttyError(n, 'write'));
    else cb();
  }

  _destroy(err, cb) {
    if (this._handle) {
      this._handle.close();
      this._handle = null;
    }
    cb(err);
  }

  _refreshSize() {
    const old = [this.columns, this.rows];
    const size = this._handle?.getWindowSize();
    if (!Array.isArray(size)) return;
    [this.columns, this.rows] = size;
    if (old[0] !== undefined && (old[0] !== size[0] || old[1] !== size[1])) this.emit('resize');
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }

  getColorDepth(env) { return getColorDepth(env); }
  hasColors(count, env) { return hasColors(count, env); }

  cursorTo(x, y, callback) { return cursorTo(this, x, y, callback); }
  moveCursor(dx, dy, callback) { return moveCursor(this, dx, dy, callback); }
  clearLine(dir, callback) { return clearLine(this, dir, callback); }
  clearScreenDown(callback) { return clearScreenDown(this, callback); }

  ref() { this._handle?.ref(true); return this; }
  unref() { this._handle?.ref(false); return this; }
}

// Cursor control with ANSI escape sequences (readline exports the same functions).
const CSI = '\x1b[';

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x) || Number.isNaN(y)) throw new codes.ERR_INVALID_ARG_VALUE('x', x);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  if (typeof x !== 'number') throw new codes.ERR_INVALID_CURSOR_POS();
  const data = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return stream.write(data, callback);
}

function clearLine(stream, dir, callback) {
  if (typeof dir === 'function') {
    callback = dir;
    dir = 0;
  }
  if (stream == null) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  const type = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
  return stream.write(type, callback);
}

function clearScreenDown(stream, callback) {
  if (stream == null) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(`${CSI}0J`, callback);
}

if (!codes.ERR_INVALID_CURSOR_POS) E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);

module.exports = { isatty, ReadStream, WriteStream };
// For readline and process.stdout: not part of node's tty exports.
Object.defineProperty(module.exports, '_cursor', {
  value: { cursorTo, moveCursor, clearLine, clearScreenDown, getColorDepth },
  enumerable: false,
});
