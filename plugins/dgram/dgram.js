'use strict';
// dgram: UDP sockets over the plugin's UDP handle (udp_wrap.c describes its contract).
// A Socket binds implicitly before its first send or connect; sends and connects made
// while a bind is still resolving wait in a queue that runs once 'listening' fires.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  SystemError,
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS,
    ERR_SOCKET_ALREADY_BOUND, ERR_SOCKET_BAD_BUFFER_SIZE, ERR_SOCKET_BAD_TYPE,
    ERR_SOCKET_DGRAM_IS_CONNECTED, ERR_SOCKET_DGRAM_NOT_CONNECTED, ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
} = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateNumber, validateString, validateUint32,
} = require('internal/validators');
const { exceptionWithHostPort, errnoException, validatePort } = require('internal/net/util');

const { UDP } = binding;

const kState = Symbol('state');
const kOwner = Symbol('owner_symbol');

const UNBOUND = 0;
const BINDING = 1;
const BOUND = 2;

const DISCONNECTED = 0;
const CONNECTING = 1;
const CONNECTED = 2;

let dns;
function defaultLookup(address, family, callback) {
  if (dns === undefined) dns = require('dns');
  return dns.lookup(address, family, callback);
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

// A handle for `type`, with a lookup bound to its address family: bind defaults to
// the wildcard address, send and connect to the loopback one.
function createHandle(type, lookup) {
  if (type !== 'udp4' && type !== 'udp6') throw new ERR_SOCKET_BAD_TYPE();
  if (lookup !== undefined) validateFunction(lookup, 'lookup');
  const fn = lookup || defaultLookup;
  const v6 = type === 'udp6';
  const handle = new UDP();
  handle.v6 = v6;
  handle.lookup = (address, callback) =>
    fn(address || (v6 ? '::1' : '127.0.0.1'), v6 ? 6 : 4, callback);
  return handle;
}

function _createSocketHandle(address, port, addressType, fd, flags) {
  const handle = createHandle(addressType);
  let err = 0;
  if (typeof fd === 'number' && fd >= 0) {
    err = handle.open(fd);
  } else if (port || address) {
    err = handle.bind(address, port || 0, flags || 0, handle.v6);
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

class Socket extends EventEmitter {
  constructor(type, listener) {
    super();
    let options;
    let lookup;
    if (type !== null && typeof type === 'object') {
      options = type;
      type = options.type;
      lookup = options.lookup;
      if (options.recvBufferSize !== undefined) {
        validateUint32(options.recvBufferSize, 'options.recvBufferSize');
      }
      if (options.sendBufferSize !== undefined) {
        validateUint32(options.sendBufferSize, 'options.sendBufferSize');
      }
    }
    const handle = createHandle(type, lookup);
    handle[kOwner] = this;
    this.type = type;
    if (typeof listener === 'function') this.on('message', listener);
    Object.defineProperty(this, kState, {
      value: {
        handle,
        receiving: false,
        bindState: UNBOUND,
        connectState: DISCONNECTED,
        queue: undefined,
        reuseAddr: !!(options && options.reuseAddr),
        ipv6Only: !!(options && options.ipv6Only),
        recvBufferSize: options ? options.recvBufferSize : undefined,
        sendBufferSize: options ? options.sendBufferSize : undefined,
      },
      writable: true,
      configurable: true,
    });
    if (options && options.signal !== undefined) {
      const signal = options.signal;
      validateAbortSignal(signal, 'options.signal');
      const onAbort = () => {
        if (this[kState].handle) this.close();
      };
      if (signal.aborted) {
        onAbort();
      } else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
  }

  bind(port, address /* , callback */) {
    const state = this[kState];
    healthCheck(this);
    if (state.bindState !== UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
    state.bindState = BINDING;

    const callback = arguments.length > 0 ? arguments[arguments.length - 1] : undefined;
    if (typeof callback === 'function') this.once('listening', callback);

    let exclusive = false;
    if (port !== null && typeof port === 'object') {
      const options = port;
      if (typeof options.fd === 'number' && options.fd >= 0) {
        const err = state.handle.open(options.fd);
        if (err) {
          state.bindState = UNBOUND;
          throw errnoException(err, 'open');
        }
        startListening(this);
        return this;
      }
      port = options.port;
      address = options.address;
      exclusive = !!options.exclusive;
    }
    void exclusive; // Without cluster every bind is exclusive.
    if (typeof address === 'function') address = '';
    if (!address) address = state.handle.v6 ? '::' : '0.0.0.0';

    state.handle.lookup(address, (err, ip) => {
      if (!state.handle) return; // closed while resolving
      if (err) {
        state.bindState = UNBOUND;
        this.emit('error', err);
        return;
      }
      let flags = 0;
      if (state.reuseAddr) flags |= binding.UV_UDP_REUSEADDR;
      if (state.ipv6Only) flags |= binding.UV_UDP_IPV6ONLY;
      const p = typeof port === 'number' || typeof port === 'string' ? (+port >>> 0) : 0;
      const code = state.handle.bind(ip, p, flags, state.handle.v6);
      if (code) {
        state.bindState = UNBOUND;
        this.emit('error', exceptionWithHostPort(code, 'bind', ip, port));
        return;
      }
      startListening(this);
    });
    return this;
  }

  connect(port, address, callback) {
    port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = '';
    } else if (address === undefined) {
      address = '';
    }
    validateString(address, 'address');
    const state = this[kState];
    healthCheck(this);
    if (state.connectState !== DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    state.connectState = CONNECTING;
    if (state.bindState === UNBOUND) this.bind({ port: 0, exclusive: true }, null);
    if (state.bindState !== BOUND) {
      enqueue(this, () => startConnect(this, port, address, callback));
      return;
    }
    startConnect(this, port, address, callback);
  }

  disconnect() {
    const state = this[kState];
    healthCheck(this);
    if (state.connectState !== CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const err = state.handle.disconnect();
    if (err) throw errnoException(err, 'connect');
    state.connectState = DISCONNECTED;
  }

  send(buffer, offset, length, port, address, callback) {
    const state = this[kState];
    const connected = state.connectState === CONNECTED;
    let list;
    // The argument forms: (msg, [offset, length,] port, address, cb) when not
    // connected; (msg, [offset, length,] cb) when connected.
    if (!connected) {
      if (address || (port && typeof port !== 'function')) {
        buffer = sliceBuffer(buffer, offset, length);
      } else {
        callback = port;
        port = offset;
        address = length;
      }
    } else {
      if (typeof length === 'number') {
        buffer = sliceBuffer(buffer, offset, length);
        if (typeof port === 'function') {
          callback = port;
          port = null;
        }
      } else {
        callback = offset;
      }
      if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    }

    if (Array.isArray(buffer)) {
      list = toBufferList(buffer);
      if (list === null) {
        throw new ERR_INVALID_ARG_TYPE('buffer list arguments',
                                       ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
      }
    } else if (typeof buffer === 'string') {
      list = [Buffer.from(buffer)];
    } else if (isArrayBufferView(buffer)) {
      list = [buffer];
    } else {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
    }

    if (!connected) port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    } else if (address != null) {
      validateString(address, 'address');
    }

    // A callback slot holding something else (a port given to a connected socket) is
    // no callback, as in node.
    if (typeof callback !== 'function') callback = undefined;
    healthCheck(this);
    if (state.bindState === UNBOUND) this.bind({ port: 0, exclusive: true }, null);
    if (list.length === 0) list.push(Buffer.alloc(0));

    if (state.bindState !== BOUND) {
      enqueue(this, () => this.send(list, port, address, callback));
      return;
    }

    if (connected) {
      doSend(null, this, null, list, address, port, callback);
    } else {
      state.handle.lookup(address, (ex, ip) => doSend(ex, this, ip, list, address, port, callback));
    }
  }

  close(callback) {
    const state = this[kState];
    if (typeof callback === 'function') this.on('close', callback);
    if (state.queue !== undefined) {
      state.queue.push(() => this.close());
      return this;
    }
    healthCheck(this);
    stopReceiving(this);
    state.handle.close();
    state.handle = null;
    process.nextTick(() => this.emit('close'));
    return this;
  }

  address() {
    healthCheck(this);
    const out = {};
    const err = this[kState].handle.getsockname(out);
    if (err) throw errnoException(err, 'getsockname');
    return out;
  }

  remoteAddress() {
    const state = this[kState];
    healthCheck(this);
    if (state.connectState !== CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const out = {};
    const err = state.handle.getpeername(out);
    if (err) throw errnoException(err, 'getpeername');
    return out;
  }

  setBroadcast(arg) {
    const err = this[kState].handle.setBroadcast(arg ? 1 : 0);
    if (err) throw errnoException(err, 'setBroadcast');
  }

  setTTL(ttl) {
    validateNumber(ttl, 'ttl');
    const err = this[kState].handle.setTTL(ttl);
    if (err) throw errnoException(err, 'setTTL');
    return ttl;
  }

  setMulticastTTL(ttl) {
    validateNumber(ttl, 'ttl');
    const err = this[kState].handle.setMulticastTTL(ttl);
    if (err) throw errnoException(err, 'setMulticastTTL');
    return ttl;
  }

  setMulticastLoopback(arg) {
    const err = this[kState].handle.setMulticastLoopback(arg ? 1 : 0);
    if (err) throw errnoException(err, 'setMulticastLoopback');
    return arg;
  }

  setMulticastInterface(interfaceAddress) {
    healthCheck(this);
    validateString(interfaceAddress, 'interfaceAddress');
    const err = this[kState].handle.setMulticastInterface(interfaceAddress);
    if (err) throw errnoException(err, 'setMulticastInterface');
  }

  addMembership(multicastAddress, interfaceAddress) {
    healthCheck(this);
    if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
    const err = this[kState].handle.addMembership(multicastAddress, interfaceAddress);
    if (err) throw errnoException(err, 'addMembership');
  }

  dropMembership(multicastAddress, interfaceAddress) {
    healthCheck(this);
    if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
    const err = this[kState].handle.dropMembership(multicastAddress, interfaceAddress);
    if (err) throw errnoException(err, 'dropMembership');
  }

  addSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    healthCheck(this);
    validateString(sourceAddress, 'sourceAddress');
    validateString(groupAddress, 'groupAddress');
    const err = this[kState].handle.addSourceSpecificMembership(sourceAddress, groupAddress,
                                                                interfaceAddress);
    if (err) throw errnoException(err, 'addSourceSpecificMembership');
  }

  dropSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    healthCheck(this);
    validateString(sourceAddress, 'sourceAddress');
    validateString(groupAddress, 'groupAddress');
    const err = this[kState].handle.dropSourceSpecificMembership(sourceAddress, groupAddress,
                                                                 interfaceAddress);
    if (err) throw errnoException(err, 'dropSourceSpecificMembership');
  }

  ref() {
    const handle = this[kState].handle;
    if (handle) handle.ref();
    return this;
  }

  unref() {
    const handle = this[kState].handle;
    if (handle) handle.unref();
    return this;
  }

  setRecvBufferSize(size) { bufferSize(this, size, true); }
  setSendBufferSize(size) { bufferSize(this, size, false); }
  getRecvBufferSize() { return bufferSize(this, 0, true); }
  getSendBufferSize() { return bufferSize(this, 0, false); }

  getSendQueueSize() {
    const handle = this[kState].handle;
    return handle ? handle.getSendQueueSize() : 0;
  }

  getSendQueueCount() {
    const handle = this[kState].handle;
    return handle ? handle.getSendQueueCount() : 0;
  }

  [Symbol.asyncDispose]() {
    if (!this[kState].handle) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.close((err) => (err ? reject(err) : resolve()));
    });
  }

  // Old undocumented accessors that some code still reads.
  get _handle() { return this[kState].handle; }
  get _receiving() { return this[kState].receiving; }
  get _bindState() { return this[kState].bindState; }
  get _queue() { return this[kState].queue; }
  get _reuseAddr() { return this[kState].reuseAddr; }
  _healthCheck() { healthCheck(this); }
  _stopReceiving() { stopReceiving(this); }
}

if (Symbol.asyncDispose === undefined) {
  // Without the symbol the method above landed under 'undefined'; drop it.
  delete Socket.prototype.undefined;
}

function checkBufferSize(size) {
  if (typeof size !== 'number' || size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
}

function bufferSize(self, size, isRecv) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const handle = self[kState].handle;
  const r = handle ? handle.bufferSize(size, isRecv) : binding.UV_EBADF;
  if (r < 0) {
    const syscall = isRecv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size';
    throw new SystemError({
      errno: r, code: binding.errname(r), message: binding.strerror(r), syscall,
    }, { code: 'ERR_SOCKET_BUFFER_SIZE', prefix: 'Could not get or set buffer size' });
  }
  return r;
}

function healthCheck(self) {
  if (!self[kState].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

function stopReceiving(self) {
  const state = self[kState];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

function startListening(self) {
  const state = self[kState];
  state.handle.onmessage = onMessage;
  state.handle.recvStart();
  state.receiving = true;
  state.bindState = BOUND;
  if (state.recvBufferSize) bufferSize(self, state.recvBufferSize, true);
  if (state.sendBufferSize) bufferSize(self, state.sendBufferSize, false);
  self.emit('listening');
}

function onMessage(nread, handle, buf, rinfo) {
  const self = handle[kOwner];
  if (nread < 0) {
    self.emit('error', errnoException(nread, 'recvmsg'));
    return;
  }
  rinfo.size = buf.length;
  self.emit('message', buf, rinfo);
}

// Work to run once the pending bind is done; a failed bind drops it.
function enqueue(self, fn) {
  const state = self[kState];
  if (state.queue === undefined) {
    state.queue = [];
    const onListening = () => {
      self.removeListener(EventEmitter.errorMonitor, onError);
      const queue = state.queue;
      state.queue = undefined;
      for (const queued of queue) queued();
    };
    const onError = () => {
      self.removeListener('listening', onListening);
      state.queue = undefined;
    };
    self.once('listening', onListening);
    self.once(EventEmitter.errorMonitor, onError);
  }
  state.queue.push(fn);
}

function startConnect(self, port, address, callback) {
  const state = self[kState];
  if (callback) self.once('connect', callback);
  state.handle.lookup(address, (ex, ip) => {
    if (!state.handle) return;
    if (!ex) {
      const err = state.handle.connect(ip, port, state.handle.v6);
      if (err) ex = exceptionWithHostPort(err, 'connect', address, port);
    }
    if (ex) {
      state.connectState = DISCONNECTED;
      process.nextTick(() => {
        if (callback) {
          self.removeListener('connect', callback);
          callback(ex);
        } else {
          self.emit('error', ex);
        }
      });
      return;
    }
    state.connectState = CONNECTED;
    process.nextTick(() => self.emit('connect'));
  });
}

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function toBufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item === 'string') out[i] = Buffer.from(item);
    else if (isArrayBufferView(item)) out[i] = item;
    else return null;
  }
  return out;
}

class SendWrap {}

function afterSend(status, sent) {
  const err = status ? exceptionWithHostPort(status, 'send', this.address, this.port) : null;
  this.callback(err, sent);
}

function doSend(ex, self, ip, list, address, port, callback) {
  const state = self[kState];
  if (ex) {
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => self.emit('error', ex));
    return;
  }
  if (!state.handle) return; // closed while resolving
  const req = new SendWrap();
  req.list = list; // keeps the chunks alive while libuv holds them
  req.address = address;
  req.port = port;
  if (callback) {
    req.callback = callback;
    req.oncomplete = afterSend;
  }
  const r = state.connectState === CONNECTED ?
    state.handle.send(req, list) :
    state.handle.send(req, list, port, ip, state.handle.v6);
  if (r > 0) {
    if (callback) process.nextTick(callback, null, r - 1);
  } else if (r < 0 && callback) {
    process.nextTick(callback, exceptionWithHostPort(r, 'send', address, port));
  }
}

function createSocket(type, listener) {
  return new Socket(type, listener);
}

module.exports = { _createSocketHandle, createSocket, Socket };
