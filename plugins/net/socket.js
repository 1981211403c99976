'use strict';
// net.Socket: a stream.Duplex over a TCP or Pipe handle (stream_wrap.h documents the
// handle). Reading pushes what the handle's onread delivers and stops the handle when
// the readable buffer is full; writes go straight to the handle (which tries to write
// at once and queues only the rest); end() shuts the write side down; destroy() closes
// the handle and 'close' follows with hadError.

const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_SOCKET_CLOSED,
    ERR_INVALID_IP_ADDRESS, ERR_INVALID_ADDRESS_FAMILY, ERR_OUT_OF_RANGE, ERR_INVALID_FD_TYPE,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
  },
} = require('internal/errors');
const { validateFunction, validateNumber, validateInt32, validateString, validateBoolean, validateObject } =
  require('internal/validators');
const {
  isIP, exceptionWithHostPort, errnoException, validatePort, normalizeArgs, UV_EOF, createPerfEntry,
} = require('internal/net/util');

const { TCP, Pipe, writeState } = binding;
const UV_ENOTCONN = binding.UV_ENOTCONN;
const kOwner = Symbol('owner_symbol');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kTimeout = Symbol('kTimeout');
const kTimeoutSpare = Symbol('kTimeoutSpare');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kReset = Symbol('kReset');
const kOnRead = Symbol('kOnRead');
// A 'data' listener that may be called straight from the read callback (see onStreamRead).
const kDirectData = Symbol('kDirectData');
const kOnReadRest = Symbol('kOnReadRest');

let dns;
function lazyDns() {
  if (!dns) dns = require('dns');
  return dns;
}

let observe;
function lazyObserve() {
  if (!observe) observe = require('internal/perf/observe');
  return observe;
}

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

function noop() {}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  if (options.objectMode) {
    throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  } else if (options.readableObjectMode || options.writableObjectMode) {
    throw new ERR_INVALID_ARG_VALUE(
      `options.${options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'}`,
      options.readableObjectMode || options.writableObjectMode, 'is not supported');
  }
  if (typeof options.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }

  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this._peername = null;
  this._sockname = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  this[kTimeout] = null;
  this[kTimeoutSpare] = null;
  this[kDirectData] = undefined;
  this.timeout = 0;
  this[kReset] = false;
  this.server = null;
  this._server = null;

  // The socket itself emits 'close' (with hadError) once the handle has closed.
  options.autoDestroy = true;
  options.emitClose = false;
  options.decodeStrings = false;
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  Duplex.call(this, options);

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    const { fd } = options;
    validateInt32(fd, 'fd', 0);
    const type = binding.guessHandleType(fd);
    if (type !== 'TCP' && type !== 'PIPE') throw new ERR_INVALID_FD_TYPE(type);
    this._handle = type === 'TCP' ? new TCP(0) : new Pipe(0);
    const err = this._handle.open(fd);
    if (err) {
      this._handle.close();
      this._handle = null;
      throw errnoException(err, 'open');
    }
  }
  if (this._handle) initSocketHandle(this);

  this.on('end', onReadableStreamEnd);

  // onread: { buffer, callback } reads into the caller's buffer (or one its function
  // returns) instead of pushing to the stream; callback returning false pauses.
  const { onread } = options;
  if (onread !== null && typeof onread === 'object' &&
      (onread.buffer instanceof Uint8Array || typeof onread.buffer === 'function') &&
      typeof onread.callback === 'function') {
    this[kOnRead] = onread;
  }

  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);

  // An adopted handle starts reading at once (the data waits in the buffer); a socket
  // that still has to connect starts when it is connected.
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

function initSocketHandle(self) {
  self._undestroy();
  self._sockname = null;
  if (self._handle) {
    self._handle[kOwner] = self;
    self._handle.onread = onStreamRead;
    self._handle.reading = false;
  }
}

// handle.onread(nread, buffer), with this = handle.
function onStreamRead(nread, buffer) {
  const socket = this[kOwner];
  if (!socket || socket.destroyed) return;
  if (nread > 0 && socket[kOnRead]) {
    socket[kBytesRead] += nread;
    socket._unrefTimer();
    deliverToOnRead(socket, this, buffer);
    return;
  }
  if (nread > 0) {
    socket[kBytesRead] += nread;
    socket._unrefTimer();
    // The HTTP server's parser is the socket's only reader: while the stream is flowing
    // with nothing buffered, push() would only hand the chunk to that one 'data' listener
    // (through readableAddChunk, emit and the flowing bookkeeping, per request). Any other
    // listener, a pause or buffered data takes the stream path, so order is kept.
    const direct = socket[kDirectData];
    if (direct !== undefined && socket._events.data === direct &&
        socket.readableFlowing === true && socket._readableState.length === 0 &&
        !socket._readableState.ended) {
      direct.call(socket, buffer);
      return;
    }
    if (!socket.push(buffer) && this.reading) {
      this.reading = false;
      this.readStop();
    }
    return;
  }
  if (nread === UV_EOF) {
    // node asks a buffer function for a buffer for every read, the one that finds the
    // end included.
    if (socket[kOnRead] && typeof socket[kOnRead].buffer === 'function') socket[kOnRead].buffer();
    if (this.reading) {
      this.reading = false;
      this.readStop();
    }
    socket.push(null);
    socket.read(0);
    return;
  }
  socket.destroy(errnoException(nread, 'read'));
}

// Hands data to the onread callback in pieces of the caller's buffer size. A callback
// that returns false or pauses the socket stops reading; what is left of this read waits
// in kOnReadRest for resume().
function deliverToOnRead(socket, handle, data) {
  const { buffer, callback } = socket[kOnRead];
  let offset = 0;
  while (offset < data.length) {
    const target = typeof buffer === 'function' ? buffer() : buffer;
    const n = Math.min(target.length, data.length - offset);
    if (n === 0) break;
    target.set(data.subarray(offset, offset + n), 0);
    offset += n;
    const ret = callback.call(socket, n, target);
    if (ret === false || !handle.reading) {
      if (handle.reading) {
        handle.reading = false;
        handle.readStop();
      }
      if (offset < data.length) socket[kOnReadRest] = data.subarray(offset);
      return;
    }
  }
}

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this.destroyed) return this;
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  const old = this[kTimeout];
  if (old) {
    clearTimeout(old);
    this[kTimeout] = null;
  }
  this.timeout = msecs;
  this[kTimeoutSpare] = null;
  if (msecs === 0) {
    if (old) this[kTimeoutSpare] = old;
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    // Unref'd: an idle timer alone does not keep the process alive, as in node. It
    // stays in kTimeout after firing, so activity (refresh) arms it again.
    // An HTTP server switches between the keep-alive timeout and none on every request:
    // the last timer is kept and re-armed for the same delay rather than made anew
    // (a new one costs two timer-ref toggles in native code).
    let t = old || this[kTimeoutSpare];
    if (t && t._destroyed && Number.isInteger(msecs) && msecs <= 0x7fffffff) {
      t._idleTimeout = msecs;
      t._onTimeout = emitSocketTimeout;
      t.refresh();
    } else {
      t = globalThis.setTimeout(emitSocketTimeout, msecs, this);
      t.unref();
    }
    this[kTimeout] = t;
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};


// The socket's timer callback (`this` is the timer; the socket is its argument).
function emitSocketTimeout(socket) {
  socket.emit('timeout');
}

Socket.prototype._onTimeout = function _onTimeout() {
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function setNoDelay(enable) {
  if (!this._handle) {
    this[kSetNoDelay] = Boolean(enable === undefined ? true : enable);
    return this;
  }
  const on = enable === undefined ? true : Boolean(enable);
  if (this._handle.setNoDelay && on !== this[kSetNoDelay]) {
    this[kSetNoDelay] = on;
    this._handle.setNoDelay(on);
  }
  return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (this._handle.setKeepAlive && (enable !== this[kSetKeepAlive] ||
      (enable && this[kSetKeepAliveInitialDelay] !== initialDelay))) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function address() {
  return this._getsockname();
};

Object.defineProperty(Socket.prototype, '_connecting', {
  configurable: true, enumerable: false,
  get() { return this.connecting; },
});

Object.defineProperty(Socket.prototype, 'pending', {
  configurable: true, enumerable: true,
  get() { return !this._handle || this.connecting; },
});

Object.defineProperty(Socket.prototype, 'readyState', {
  configurable: true, enumerable: true,
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  configurable: true, enumerable: true,
  get() { return this._handle ? this.writableLength : undefined; },
});

Object.defineProperty(Socket.prototype, 'bytesRead', {
  configurable: true, enumerable: true,
  get() { return this[kBytesRead]; },
});

// Bytes handed to the handle plus what still waits in the writable buffer.
Object.defineProperty(Socket.prototype, 'bytesWritten', {
  configurable: true, enumerable: true,
  get() {
    let bytes = this[kBytesWritten];
    const state = this._writableState;
    const pending = this._pendingData;
    if (pending) {
      // A write waiting for the connection: one chunk or a writev list.
      for (const el of Array.isArray(pending) ? pending : [{ chunk: pending, encoding: this._pendingEncoding }]) {
        if (el.chunk instanceof Uint8Array) bytes += el.chunk.length;
        else if (typeof el.chunk === 'string') bytes += Buffer.byteLength(el.chunk, el.encoding);
      }
    }
    if (!state) return bytes;
    for (const el of state.getBuffer ? state.getBuffer() : []) {
      const chunk = el.chunk;
      if (chunk instanceof Uint8Array) bytes += chunk.length;
      else if (typeof chunk === 'string') bytes += Buffer.byteLength(chunk, el.encoding);
    }
    return bytes;
  },
});

Socket.prototype._getpeername = function() {
  if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
  if (!this._peername) {
    const out = {};
    const err = this._handle.getpeername(out);
    if (err) return out;
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function() {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!this._sockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (err) return out;
    this._sockname = out;
  }
  return this._sockname;
};

for (const [prop, key, field] of [
  ['remoteAddress', '_getpeername', 'address'], ['remoteFamily', '_getpeername', 'family'],
  ['remotePort', '_getpeername', 'port'], ['localAddress', '_getsockname', 'address'],
  ['localPort', '_getsockname', 'port'], ['localFamily', '_getsockname', 'family']]) {
  Object.defineProperty(Socket.prototype, prop, {
    configurable: true, enumerable: true,
    get() { return this[key]()[field]; },
  });
}

Object.defineProperty(Socket.prototype, '_bytesDispatched', {
  configurable: true, enumerable: false,
  get() { return this[kBytesWritten]; },
});

// ---- reading ----

Socket.prototype._read = function _read(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

// With onread nothing goes through the readable buffer, so pausing and resuming act on
// the handle directly.
Socket.prototype.pause = function pause() {
  if (this[kOnRead] && !this.connecting && this._handle && this._handle.reading) {
    this._handle.reading = false;
    if (!this.destroyed) this._handle.readStop();
  }
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function resume() {
  if (this[kOnRead] && !this.connecting && this._handle && !this._handle.reading) {
    this._handle.reading = true;
    const rest = this[kOnReadRest];
    if (rest) {
      this[kOnReadRest] = null;
      deliverToOnRead(this, this._handle, rest);
    }
    if (this._handle && this._handle.reading) {
      this._handle.reading = false;
      tryReadStart(this);
    }
  }
  return Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function read(n) {
  return Duplex.prototype.read.call(this, n);
};

// ---- writing ----

function afterWrite(status) {
  const socket = this.handle[kOwner];
  if (!socket || socket.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    this.callback(errnoException(status, 'write'));
    return;
  }
  socket._unrefTimer();
  this.callback(null);
}

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    // A socket destroyed while connecting fails the waiting write.
    const onClose = () => cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  const handle = this._handle;
  const req = { oncomplete: afterWrite, handle, callback: cb, buffer: null };
  let err;
  if (writev) {
    const chunks = new Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const { chunk, encoding: enc } = data[i];
      chunks[i] = typeof chunk === 'string' && enc !== 'utf8' && enc !== 'utf-8' ?
        Buffer.from(chunk, enc) : chunk;
    }
    req.buffer = chunks;
    err = handle.writev(req, chunks);
  } else if (typeof data === 'string') {
    switch (encoding) {
      case 'utf8': case 'utf-8': case undefined: case null:
        err = handle.writeUtf8String(req, data);
        break;
      case 'buffer': {
        // write(string, 'buffer') reaches the handle's buffer write with a string: node's
        // binding refuses it with this plain TypeError (a code, no [code] in the name).
        const typeError = new TypeError('Second argument must be a buffer');
        typeError.code = 'ERR_INVALID_ARG_TYPE';
        throw typeError;
      }
      case 'latin1': case 'binary':
        err = handle.writeLatin1String(req, data);
        break;
      default: {
        const buf = Buffer.from(data, encoding);
        req.buffer = buf;
        err = handle.writeBuffer(req, buf);
      }
    }
  } else {
    req.buffer = data;
    err = handle.writeBuffer(req, data);
  }
  if (err) {
    cb(errnoException(err, 'write'));
    return;
  }
  this[kBytesWritten] += writeState[0];
  if (writeState[1] === 0) cb();
};

Socket.prototype._writev = function(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

function afterShutdown() {
  this.callback();
}

Socket.prototype._final = function(cb) {
  if (this.pending) {
    this.once('connect', () => this._final(cb));
    return;
  }
  if (!this._handle) return cb();
  const req = { oncomplete: afterShutdown, handle: this._handle, callback: cb };
  const err = this._handle.shutdown(req);
  if (err === 1 || err === UV_ENOTCONN) return cb();
  if (err !== 0) return cb(errnoException(err, 'shutdown'));
};

Socket.prototype.end = function end(data, encoding, callback) {
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

// ---- destroying ----

Socket.prototype._destroy = function _destroy(exception, cb) {
  if (this[kTimeout]) {
    clearTimeout(this[kTimeout]);
    this[kTimeout] = null;
  }
  this[kTimeoutSpare] = null;
  this.connecting = false;
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) {
      clearTimeout(s[kTimeout]);
      s[kTimeout] = null;
    }
  }
  if (this._handle) {
    const isException = exception ? true : false;
    const handle = this._handle;
    const done = () => this.emit('close', isException);
    if (this[kReset]) {
      this[kReset] = false;
      handle.reset(done);
    } else {
      handle.close(done);
    }
    handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

function emitCloseNT(self) {
  self.emit('close');
}

Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  if (this._handle) {
    if (!(this._handle instanceof TCP)) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._reset = function _reset() {
  this[kReset] = true;
  return this.destroy();
};

Socket.prototype.ref = function ref() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  if (typeof this._handle.ref === 'function') this._handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  if (typeof this._handle.unref === 'function') this._handle.unref();
  return this;
};

// ---- connecting ----

Socket.prototype.connect = function connect(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0].normalized) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];
  if (cb !== null) this.once('connect', cb);

  if (options.port === undefined && options.path == null) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;

  if (this.destroyed) {
    // A reconnected socket counts its bytes afresh.
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this[kBytesRead] = 0;
    this[kBytesWritten] = 0;
    this._undestroy();
  }

  const { path } = options;
  const pipe = !!path;
  if (pipe) validateString(path, 'options.path');

  if (!this._handle) {
    this._handle = pipe ? new Pipe(0) : new TCP(0);
    initSocketHandle(this);
  }
  this._unrefTimer();
  this.connecting = true;

  if (pipe) {
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port } = options;

  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;
  let autoSelectFamily = options.autoSelectFamily;
  if (autoSelectFamily === undefined) autoSelectFamily = autoSelectFamilyDefault;
  else validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  if (options.autoSelectFamilyAttemptTimeout !== undefined) {
    validateInt32(options.autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
  }

  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dnsopts = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  // With autoSelectFamily every address is asked for and, when there are several,
  // they are tried in turn, families alternating (node's "happy eyeballs").
  if (autoSelectFamily && dnsopts.family !== 4 && dnsopts.family !== 6) dnsopts.all = true;
  const lookup = options.lookup || lazyDns().lookup;
  self._host = host;
  lookup(host, dnsopts, function emitLookup(err, ip, addressType) {
    if (!err && Array.isArray(ip)) {
      const list = ip.filter((a) => isIP(a.address));
      if (list.length > 1) {
        for (const a of list) self.emit('lookup', null, a.address, a.family, host);
        if (!self.connecting) return;
        self._unrefTimer();
        let timeout = options.autoSelectFamilyAttemptTimeout;
        if (timeout === undefined) timeout = autoSelectFamilyAttemptTimeoutDefault;
        internalConnectMultiple({
          socket: self, addresses: interleave(list), current: 0, port, localPort,
          timeout: Math.max(timeout, 10), errors: [],
        });
        return;
      }
      if (list.length === 0) {
        ip = undefined;
      } else {
        ip = list[0].address;
        addressType = list[0].family;
      }
    }
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (!isIP(ip)) {
      process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(ip));
    } else if (addressType !== 4 && addressType !== 6) {
      const ex = new ERR_INVALID_ADDRESS_FAMILY(addressType, options.host, options.port);
      ex.host = options.host;
      ex.port = options.port;
      process.nextTick(connectErrorNT, self, ex);
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, addressType, localAddress, localPort);
    }
  });
}

// Families alternate, starting with the first address's: v6 v4 v6 v4 ...
function interleave(list) {
  const first = list[0].family;
  const a = list.filter((x) => x.family === first);
  const b = list.filter((x) => x.family !== first);
  const out = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]);
    if (i < b.length) out.push(b[i]);
  }
  return out;
}

// One attempt per address, each on a fresh handle; an attempt that neither connects nor
// fails within `timeout` ms is closed and the next address tried. The socket fails with
// an AggregateError of every attempt's error when none connects.
function internalConnectMultiple(context) {
  const self = context.socket;
  clearTimeout(context.timer);
  if (!self.connecting) return;
  if (context.current >= context.addresses.length) {
    const ex = new AggregateError(context.errors, '');
    ex.code = context.errors[0] && context.errors[0].code;
    self.destroy(ex);
    return;
  }
  const { address, family } = context.addresses[context.current++];
  const { port } = context;
  if (context.current > 1) {
    const old = self._handle;
    const wasRefd = old.hasRef();
    old.onread = noop;
    old.close();
    self._handle = new TCP(0);
    initSocketHandle(self);
    if (!wasRefd) self._handle.unref();
  }
  if (!self.autoSelectFamilyAttemptedAddresses) self.autoSelectFamilyAttemptedAddresses = [];
  self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  self.emit('connectionAttempt', address, port, family);

  const fail = (ex) => {
    context.errors.push(ex);
    self.emit('connectionAttemptFailed', address, port, family, ex);
    internalConnectMultiple(context);
  };
  let err = 0;
  if (context.localPort) {
    err = family === 4 ? self._handle.bind('0.0.0.0', context.localPort | 0, 0) :
      self._handle.bind6('::', context.localPort | 0, 0);
    if (err) return fail(exceptionWithHostPort(err, 'bind', address, context.localPort));
  }
  const req = {
    oncomplete: afterConnectMultiple, handle: self._handle, address, port, family, context,
  };
  err = family === 4 ? self._handle.connect(req, address, port) :
    self._handle.connect6(req, address, port);
  if (err) return fail(exceptionWithHostPort(err, 'connect', address, port));
  if (context.current < context.addresses.length) {
    context.timer = setTimeout(() => {
      self.emit('connectionAttemptTimeout', address, port, family);
      internalConnectMultiple(context);
    }, context.timeout);
    context.timer.unref();
  }
}

function afterConnectMultiple(status) {
  const req = this;
  const { context } = req;
  const self = context.socket;
  if (self.destroyed || self._handle !== req.handle) return;
  clearTimeout(context.timer);
  if (status === 0) {
    Reflect.apply(afterConnect, req, [status]);
    return;
  }
  const ex = exceptionWithHostPort(status, 'connect', req.address, req.port);
  context.errors.push(ex);
  self.emit('connectionAttemptFailed', req.address, req.port, req.family, ex);
  internalConnectMultiple(context);
}

function connectErrorNT(self, err) {
  self.destroy(err);
}

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  let err;
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress = localAddress || '0.0.0.0';
      err = self._handle.bind(localAddress, localPort | 0, 0);
    } else {
      localAddress = localAddress || '::';
      err = self._handle.bind6(localAddress, localPort | 0, 0);
    }
    if (err) {
      self.destroy(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  const req = { oncomplete: afterConnect, handle: self._handle, address, port, localAddress, localPort };
  if (addressType === 6 || addressType === 4) {
    // A 'net' performance entry per TCP connect, only when someone observes them.
    if (lazyObserve().hasObserver('net')) req.startTime = require('internal/perf/utils').now();
    err = addressType === 4 ? self._handle.connect(req, address, port) :
      self._handle.connect6(req, address, port);
  } else {
    err = self._handle.connect(req, address);
  }
  if (err) {
    const sockname = self._getsockname();
    let details;
    if (sockname && sockname.address) details = `${sockname.address}:${sockname.port}`;
    self.destroy(exceptionWithHostPort(err, 'connect', address, port, details));
  }
}

function afterConnect(status) {
  const req = this;
  const self = req.handle[kOwner];
  if (!self || self.destroyed || self._handle !== req.handle) return;
  self._sockname = null;
  if (status === 0) {
    self.connecting = false;
    if (self[kSetNoDelay] && self._handle.setNoDelay) self._handle.setNoDelay(true);
    if (self[kSetKeepAlive] && self._handle.setKeepAlive) {
      self._handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
    }
    if (req.startTime !== undefined) {
      const duration = require('internal/perf/utils').now() - req.startTime;
      lazyObserve().enqueue(createPerfEntry('net', 'connect', req.startTime, duration,
        { host: req.address, port: req.port }));
    }
    self._unrefTimer();
    self.emit('connect');
    self.emit('ready');
    if (self.readable && !self.isPaused()) self.read(0);
    return;
  }
  self.connecting = false;
  let details;
  if (req.localAddress && req.localPort) details = `${req.localAddress}:${req.localPort}`;
  const ex = exceptionWithHostPort(status, 'connect', req.address, req.port, details);
  if (details) {
    ex.localAddress = req.localAddress;
    ex.localPort = req.localPort;
  }
  self.destroy(ex);
}

function getDefaultAutoSelectFamily() { return autoSelectFamilyDefault; }
function setDefaultAutoSelectFamily(value) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE('value', 'boolean', value);
  autoSelectFamilyDefault = value;
}
function getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeoutDefault; }
function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  if (value < 10) value = 10;
  autoSelectFamilyAttemptTimeoutDefault = value;
}

const { codes: { ERR_INVALID_HANDLE_TYPE } } = require('internal/errors');

module.exports = {
  Socket, kOwner, kBytesRead, kDirectData, kBytesWritten, kSetNoDelay, kSetKeepAlive,
  kSetKeepAliveInitialDelay, getDefaultAutoSelectFamily, setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout, setDefaultAutoSelectFamilyAttemptTimeout,
};
