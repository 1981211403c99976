'use strict';
// tls.TLSSocket: a net.Socket whose `_handle` is a TLSHandle — a JS object with the
// stream-handle interface net.Socket drives (plugins/net/stream_wrap.h) that pumps bytes
// between the native Conn (an SSL over memory BIOs) and the transport: the net.Socket
// (or any Duplex) the ciphertext travels on. net.Socket's reading, writing, timeouts and
// destroy logic thus apply to TLS sockets unchanged.

const net = require('net');
const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_TLS_INVALID_STATE, ERR_TLS_SNI_FROM_SERVER } } = require('internal/errors');
const { writeState, kOwner } = require('internal/net/handles');
const { SecureContext: JSSecureContext, createSecureContext } = require('internal/tls/secure_context');

const UV_EOF = -4095;
const kConn = Symbol('kConn');
const kHandle = Symbol('kHandle');

function noop() {}

function bytesOf(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (Buffer.isBuffer(data)) return data;
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

class TLSHandle {
  constructor(transport, conn) {
    this.transport = transport;
    this.conn = conn;
    this.reading = false;
    this.onread = noop;
    this.secure = false;
    this.closed = false;
    this.eof = false;
    // Writes and a shutdown that arrive before the handshake finished.
    this.queue = [];
    this.fd = -1;
  }

  owner() { return this[kOwner]; }

  // Sends whatever ciphertext the engine produced.
  flush(cb) {
    const out = this.conn.pending();
    if (out === null || this.transport.destroyed || !this.transport.writable) {
      if (cb) process.nextTick(cb, 0);
      return;
    }
    if (cb) this.transport.write(out, (err) => cb(err ? -32 : 0));
    else this.transport.write(out);
  }

  readStart() {
    this.reading = true;
    if (this.secure && this.transport.isPaused()) this.transport.resume();
    return 0;
  }

  readStop() {
    this.reading = false;
    // Before the handshake the engine needs the peer's bytes whatever the reader wants.
    if (this.secure) this.transport.pause();
    return 0;
  }

  // Always completes asynchronously (writeState[1] = 1), once the transport took the
  // ciphertext. The transport's own write may touch writeState, so it is set last.
  write(req, buf) {
    if (this.closed) return -9; // UV_EBADF
    if (!this.secure) {
      this.queue.push({ req, buf });
    } else {
      const err = this.conn.encrypt(buf);
      if (err) {
        process.nextTick(() => req.oncomplete(-32));
        this.owner().destroy(err);
      } else {
        this.flush((status) => req.oncomplete(status));
      }
    }
    writeState[0] = buf.length;
    writeState[1] = 1;
    return 0;
  }

  writeBuffer(req, buf) { return this.write(req, bytesOf(buf)); }
  writeUtf8String(req, s) { return this.write(req, Buffer.from(s, 'utf8')); }
  writeLatin1String(req, s) { return this.write(req, Buffer.from(s, 'latin1')); }
  writev(req, chunks) {
    return this.write(req, Buffer.concat(chunks.map((c) => bytesOf(c))));
  }

  shutdown(req) {
    if (this.closed) return -9;
    if (!this.secure) {
      this.queue.push({ req, shutdown: true });
      return 0;
    }
    this.conn.shutdown();
    this.flush();
    this.transport.end(() => req.oncomplete(0));
    return 0;
  }

  // The handshake finished: what waited goes out now.
  drainQueue() {
    const queue = this.queue;
    this.queue = [];
    for (const item of queue) {
      if (item.shutdown) this.shutdown(item.req);
      else this.write(item.req, item.buf);
    }
  }

  close(cb) {
    if (this.closed) {
      if (cb) process.nextTick(cb);
      return;
    }
    this.closed = true;
    this.conn.destroy();
    const t = this.transport;
    for (const item of this.queue) if (!item.shutdown) process.nextTick(() => item.req.oncomplete(-125));
    this.queue = [];
    if (cb) {
      // A real handle's close callback comes from the loop, after pending ticks (the
      // socket's 'error' goes first): setImmediate keeps that order.
      if (t.destroyed && (t.closed || t._handle === null)) setImmediate(cb);
      else t.once('close', () => cb());
    }
    t.destroy();
  }

  reset(cb) {
    if (typeof this.transport.resetAndDestroy === 'function' && !this.transport.destroyed) {
      this.closed = true;
      this.conn.destroy();
      this.transport.once('close', () => cb && cb());
      this.transport.resetAndDestroy();
      return 0;
    }
    this.close(cb);
    return 0;
  }

  ref() { if (typeof this.transport.ref === 'function') this.transport.ref(); }
  unref() { if (typeof this.transport.unref === 'function') this.transport.unref(); }
  hasRef() { return true; }
  writeQueueSize() { return this.transport.writableLength || 0; }

  getpeername(out) {
    const t = this.transport;
    if (t.remoteAddress === undefined) return -107; // UV_ENOTCONN
    out.address = t.remoteAddress;
    out.family = t.remoteFamily;
    out.port = t.remotePort;
    return 0;
  }

  getsockname(out) {
    const t = this.transport;
    if (t.localAddress === undefined) return -107;
    out.address = t.localAddress;
    out.family = t.localFamily;
    out.port = t.localPort;
    return 0;
  }

  setNoDelay(on) {
    if (typeof this.transport.setNoDelay === 'function') this.transport.setNoDelay(on);
    return 0;
  }

  setKeepAlive(on, secs) {
    if (typeof this.transport.setKeepAlive === 'function') this.transport.setKeepAlive(on, secs * 1000);
    return 0;
  }
}

function tlsError(message, code, extra) {
  const err = new Error(message);
  err.code = code;
  if (extra) Object.assign(err, extra);
  return err;
}

function onTransportData(chunk) {
  const handle = this[kHandle];
  if (!handle || handle.closed) return;
  const socket = handle.owner();
  const r = handle.conn.receive(chunk);
  handle.flush();
  if (r.error) {
    let err = r.error;
    // A client whose data waits for the handshake learns of the failure through that
    // write, as node reports it: a system error EPROTO from 'write'.
    if (!handle.secure && !socket._tlsOptions.isServer && handle.queue.some((q) => !q.shutdown)) {
      const e = new Error(`write EPROTO ${err.message}`);
      e.errno = -71;
      e.code = 'EPROTO';
      e.syscall = 'write';
      err = e;
    }
    onHandshakeOrReadError(socket, err);
    return;
  }
  if (r.handshake) {
    handle.secure = true;
    onHandshakeDone(socket);
    if (handle.closed) return;
    if (!handle.reading) this.pause();
    handle.drainQueue();
  }
  for (const b of r.data) {
    if (handle.closed) return;
    handle.onread(b.length, b);
  }
  if (r.eof && !handle.eof && !handle.closed) {
    handle.eof = true;
    handle.onread(UV_EOF);
  }
}

function onTransportEnd() {
  const handle = this[kHandle];
  if (!handle || handle.closed) return;
  const socket = handle.owner();
  if (!handle.secure) {
    onHandshakeOrReadError(socket, earlyDisconnect(socket));
    return;
  }
  if (!handle.eof) {
    handle.eof = true;
    handle.onread(UV_EOF);
  }
}

function earlyDisconnect(socket) {
  const err = tlsError(
    'Client network socket disconnected before secure TLS connection was established',
    'ECONNRESET');
  err.path = undefined;
  err.host = socket._host;
  err.port = socket._tlsOptions.port;
  err.localAddress = undefined;
  return err;
}

function onTransportError(err) {
  const handle = this[kHandle];
  if (!handle || handle.closed) return;
  const socket = handle.owner();
  if (socket && !socket.destroyed) socket.destroy(err);
}

function onTransportClose() {
  const handle = this[kHandle];
  if (!handle || handle.closed) return;
  const socket = handle.owner();
  if (!handle.secure && socket && !socket.destroyed) {
    onHandshakeOrReadError(socket, earlyDisconnect(socket));
    return;
  }
  if (socket && !socket.destroyed) socket.destroy();
}

// The socket fails with the error; tls.Server's own 'error' listener turns one that
// happens before the handshake finished into the server's 'tlsClientError'.
function onHandshakeOrReadError(socket, err) {
  if (socket.destroyed) return;
  if (socket._tlsOptions.isServer && !socket._secureEstablished && err.code === 'ECONNRESET') {
    err.message = 'socket hang up';
  }
  socket.destroy(err);
}

function onHandshakeDone(socket) {
  const opts = socket._tlsOptions;
  const conn = socket[kConn];
  socket._secureEstablished = true;
  socket.alpnProtocol = conn.getALPN();
  if (opts.isServer) {
    socket.servername = conn.getServername();
    if (opts.requestCert) {
      const verr = conn.verifyError();
      socket.authorized = verr === null;
      if (verr) socket.authorizationError = verr[0];
      if (verr && opts.rejectUnauthorized) {
        socket.destroy();
        if (opts.server) opts.server.emit('tlsClientError', tlsError(verr[1], verr[0]), socket);
        return;
      }
    }
    socket.emit('secure');
    if (opts.server) opts.server.emit('secureConnection', socket);
    return;
  }
  const verr = conn.verifyError();
  if (verr) {
    socket.authorized = false;
    socket.authorizationError = verr[0];
    if (opts.rejectUnauthorized) {
      socket.destroy(tlsError(verr[1], verr[0]));
      return;
    }
  } else {
    const hostname = opts.servername || opts.host || 'localhost';
    const check = opts.checkServerIdentity || require('tls').checkServerIdentity;
    const err = check(hostname, socket.getPeerCertificate());
    if (err) {
      socket.authorized = false;
      socket.authorizationError = err.code || err.message;
      if (opts.rejectUnauthorized) {
        socket.destroy(err);
        return;
      }
    } else {
      socket.authorized = true;
    }
  }
  socket.emit('secureConnect');
}

function contextOf(options) {
  const ctx = options.secureContext || createSecureContext(options);
  if (!(ctx instanceof JSSecureContext) && !(ctx && ctx.context)) {
    throw new ERR_INVALID_ARG_TYPE('options.secureContext', 'SecureContext', ctx);
  }
  return ctx;
}

// The wire format of ALPN: each name preceded by its length.
function alpnWire(protocols) {
  if (protocols === undefined || protocols === null) return null;
  if (Buffer.isBuffer(protocols) || protocols instanceof Uint8Array) return Buffer.from(protocols);
  if (!Array.isArray(protocols)) {
    throw new ERR_INVALID_ARG_TYPE('options.ALPNProtocols',
      ['Array', 'Buffer', 'TypedArray', 'DataView'], protocols);
  }
  const parts = [];
  for (let i = 0; i < protocols.length; i++) {
    const b = Buffer.from(`${protocols[i]}`);
    if (b.length > 255) {
      const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
      throw new ERR_OUT_OF_RANGE(
        `The byte length of the protocol at index ${i} exceeds the maximum length.`,
        '<= 255', b.length, true);
    }
    parts.push(Buffer.from([b.length]), b);
  }
  return Buffer.concat(parts);
}

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const options = { __proto__: null, ...opts };
  this._tlsOptions = options;
  this._secureEstablished = false;
  this.encrypted = true;
  this.authorized = false;
  this.authorizationError = null;
  this.alpnProtocol = null;
  this.servername = null;
  this.secureConnecting = true;

  let transport = socket;
  if (!transport) transport = new net.Socket({ allowHalfOpen: true });
  if (typeof transport.write !== 'function' || typeof transport.on !== 'function' ||
      typeof transport.resume !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('socket', ['net.Socket', 'stream.Duplex'], socket);
  }
  const ctx = contextOf(options);
  const conn = new binding.Conn(ctx.context, Boolean(options.isServer));
  const handle = new TLSHandle(transport, conn);
  conn.owner = this;

  if (options.isServer) {
    conn.setVerify(Boolean(options.requestCert));
    const alpn = alpnWire(options.ALPNProtocols);
    if (alpn) conn.setALPN(alpn);
    if (typeof options.ALPNCallback === 'function') {
      conn.enableALPNCallback();
      conn.onalpn = (wire) => {
        const protocols = [];
        for (let i = 0; i < wire.length; i += 1 + wire[i]) {
          protocols.push(wire.toString('latin1', i + 1, i + 1 + wire[i]));
        }
        const servername = conn.getServername();
        const chosen = options.ALPNCallback({ servername: servername || undefined, protocols });
        if (chosen !== undefined && !protocols.includes(chosen)) {
          const { codes: { ERR_TLS_ALPN_CALLBACK_INVALID_RESULT } } = require('internal/errors');
          const err = new ERR_TLS_ALPN_CALLBACK_INVALID_RESULT(chosen, protocols);
          process.nextTick(() => { throw err; });
        }
        return chosen;
      };
    }
    if (options.SNICallback || (options.server && options.server._contexts && options.server._contexts.length)) {
      conn.enableSNI();
      conn.onsni = (name) => sniContext(this, name);
    }
  } else {
    const alpn = alpnWire(options.ALPNProtocols);
    if (alpn) conn.setALPN(alpn);
    if (options.servername) conn.setServername(options.servername);
    if (options.session) conn.setSession(options.session);
    conn.onsession = (der) => {
      // Emitted from inside the engine: leave the current receive() first.
      process.nextTick(() => this.emit('session', der));
    };
  }

  this[kConn] = conn;
  this[kHandle] = handle;
  transport[kHandle] = handle;
  this._parent = transport;
  this.ssl = conn;

  // node honours allowHalfOpen only when the TLSSocket makes its own transport.
  const halfOpen = options.isServer || options._ownTransport || !socket ?
    Boolean(options.allowHalfOpen) : false;
  net.Socket.call(this, {
    handle,
    allowHalfOpen: halfOpen,
    highWaterMark: options.highWaterMark,
    manualStart: true,
  });
  if (transport.connecting) this.connecting = true;

  transport.on('data', onTransportData);
  transport.on('end', onTransportEnd);
  transport.on('error', onTransportError);
  transport.on('close', onTransportClose);
  if (transport.readableFlowing === false) transport.resume();

  // As in node, the client handshake starts when tls.connect() says so (_start), once
  // the transport is connected.
  if (transportPending(transport)) {
    transport.once('connect', () => {
      this.connecting = false;
      this.emit('connect');
      if (this._startOnConnect) this._start();
    });
  }
  this.read(0);
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

// A transport that will connect later: connecting now, or a net.Socket not yet told to.
function transportPending(t) {
  return Boolean(t.connecting) || (t instanceof net.Socket && !t._handle && !t.destroyed);
}

// SNI on the server: server.addContext() entries, then SNICallback. An SNICallback that
// answers later pauses the handshake (false to the engine) until it does.
function sniContext(socket, name) {
  const opts = socket._tlsOptions;
  let found;
  const server = opts.server;
  if (server && server._contexts) {
    for (const [re, ctx] of server._contexts) if (re.test(name)) found = ctx;
  }
  if (found || typeof opts.SNICallback !== 'function') return found ? found.context : undefined;
  let sync = true;
  let answered = false;
  let result;
  opts.SNICallback(name, (err, ctx) => {
    if (answered) return;
    answered = true;
    if (err) {
      if (sync) result = undefined;
      process.nextTick(() => onHandshakeOrReadError(socket, err));
      return;
    }
    result = ctx ? ctx.context || ctx : undefined;
    if (!sync && !socket.destroyed && !socket[kHandle].closed) {
      socket[kConn].sniResolve(result);
      onTransportData.call(socket[kHandle].transport, null);
    }
  });
  sync = false;
  return answered ? result : false;
}

TLSSocket.prototype._start = function _start() {
  const handle = this[kHandle];
  if (!handle || handle.closed) return;
  const r = this[kConn].receive(null);
  handle.flush();
  if (r.error) onHandshakeOrReadError(this, r.error);
};

function established(socket) {
  if (!socket[kConn] || !socket._secureEstablished || socket[kHandle].closed) return false;
  return true;
}

TLSSocket.prototype.getPeerCertificate = function getPeerCertificate(detailed) {
  if (!this[kConn] || this[kHandle].closed) return null;
  if (!detailed) {
    const cert = this[kConn].getPeerCertificate();
    return cert === null ? {} : fixCert(cert);
  }
  // Each certificate's issuerCertificate is the next of the chain; a self-signed root
  // is its own issuer, as node shows it.
  const chain = this[kConn].getPeerCertificateChain().map((c) => fixCert(c));
  if (chain.length === 0) return {};
  for (let i = 0; i < chain.length; i++) {
    const c = chain[i];
    if (i + 1 < chain.length) c.issuerCertificate = chain[i + 1];
    else if (c.fingerprint256 && sameName(c.subject, c.issuer)) c.issuerCertificate = c;
  }
  return chain[0];
};

function sameName(a, b) {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => `${a[k]}` === `${b[k]}`);
}

TLSSocket.prototype.getCertificate = function getCertificate() {
  if (!this[kConn] || this[kHandle].closed) return null;
  const cert = this[kConn].getCertificate();
  return cert === null ? {} : fixCert(cert);
};

function fixCert(cert) {
  cert.subject = Object.assign({ __proto__: null }, cert.subject);
  cert.issuer = Object.assign({ __proto__: null }, cert.issuer);
  return cert;
}

// The same certificates as crypto.X509Certificate objects.
TLSSocket.prototype.getPeerX509Certificate = function getPeerX509Certificate() {
  const cert = this.getPeerCertificate();
  if (!cert || !cert.raw) return undefined;
  const { X509Certificate } = require('crypto');
  return new X509Certificate(cert.raw);
};

TLSSocket.prototype.getX509Certificate = function getX509Certificate() {
  const cert = this.getCertificate();
  if (!cert || !cert.raw) return undefined;
  const { X509Certificate } = require('crypto');
  return new X509Certificate(cert.raw);
};

TLSSocket.prototype.getProtocol = function getProtocol() {
  return established(this) ? this[kConn].getProtocol() : null;
};

TLSSocket.prototype.getCipher = function getCipher() {
  return established(this) ? this[kConn].getCipher() : undefined;
};

TLSSocket.prototype.isSessionReused = function isSessionReused() {
  return established(this) ? this[kConn].isSessionReused() : false;
};

TLSSocket.prototype.getSession = function getSession() {
  return this[kConn] && !this[kHandle].closed ? this[kConn].getSession() : undefined;
};
TLSSocket.prototype.getTLSTicket = function getTLSTicket() { return undefined; };
TLSSocket.prototype.getFinished = function getFinished() { return undefined; };
TLSSocket.prototype.getPeerFinished = function getPeerFinished() { return undefined; };
TLSSocket.prototype.getEphemeralKeyInfo = function getEphemeralKeyInfo() { return {}; };
TLSSocket.prototype.getSharedSigalgs = function getSharedSigalgs() { return []; };
TLSSocket.prototype.setMaxSendFragment = function setMaxSendFragment() { return true; };
TLSSocket.prototype.disableRenegotiation = function disableRenegotiation() {};
TLSSocket.prototype.enableTrace = function enableTrace() {};
TLSSocket.prototype.setSession = function setSession(session) {
  if (typeof session === 'string') session = Buffer.from(session, 'latin1');
  if (this[kConn] && !this[kHandle].closed) this[kConn].setSession(session);
};

TLSSocket.prototype.setServername = function setServername(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
  this[kConn].setServername(name);
};

TLSSocket.prototype.renegotiate = function renegotiate(options, callback) {
  if (typeof callback === 'function') {
    process.nextTick(callback, new ERR_TLS_INVALID_STATE());
  }
  return false;
};

module.exports = { TLSSocket, alpnWire, kHandle, transportPending };
