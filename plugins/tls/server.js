'use strict';
// tls.Server: a net.Server that wraps each accepted connection in a server-side
// TLSSocket and emits 'secureConnection' once its handshake is done ('tlsClientError'
// when it fails). https.Server reuses initTLSServer on an http.Server.

const net = require('net');
const EventEmitter = require('events');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_TLS_REQUIRED_SERVER_NAME } } = require('internal/errors');
const { validateObject, validateNumber } = require('internal/validators');
const { createSecureContext, SecureContext } = require('internal/tls/secure_context');
const { TLSSocket } = require('internal/tls/socket');

const kContextOptions = ['key', 'cert', 'ca', 'passphrase', 'ciphers', 'ecdhCurve', 'secureProtocol',
  'secureOptions', 'minVersion', 'maxVersion', 'pfx', 'crl', 'dhparam', 'sigalgs', 'privateKeyEngine',
  'privateKeyIdentifier', 'honorCipherOrder', 'sessionIdContext', 'ticketKeys', 'sessionTimeout'];

function onHandshakeTimeout() {
  const { codes: { ERR_TLS_HANDSHAKE_TIMEOUT } } = require('internal/errors');
  const err = new ERR_TLS_HANDSHAKE_TIMEOUT();
  const server = this._tlsOptions.server;
  this.destroy();
  if (server) server.emit('tlsClientError', err, this);
}

function tlsConnectionListener(rawSocket) {
  const server = this;
  const socket = new TLSSocket(rawSocket, {
    isServer: true,
    server,
    secureContext: server._sharedContext,
    requestCert: server.requestCert,
    rejectUnauthorized: server.rejectUnauthorized,
    ALPNProtocols: server.ALPNProtocols,
    ALPNCallback: server.ALPNCallback,
    SNICallback: server.SNICallback,
    allowHalfOpen: server.allowHalfOpen,
  });
  socket.server = server;
  socket._server = null;
  if (server.handshakeTimeout > 0) {
    const timer = setTimeout(onHandshakeTimeout.bind(socket), server.handshakeTimeout);
    timer.unref();
    socket.once('secure', () => clearTimeout(timer));
    socket.once('close', () => clearTimeout(timer));
  }
  socket.on('error', (err) => {
    if (!socket._secureEstablished) server.emit('tlsClientError', err, socket);
  });
}

// Sets the TLS state of a server that is already a net.Server.
function initTLSServer(server, options) {
  server._contextOptions = options;
  server.requestCert = options.requestCert === true;
  server.rejectUnauthorized = options.rejectUnauthorized !== false;
  server.ALPNProtocols = options.ALPNProtocols;
  if (options.SNICallback !== undefined && typeof options.SNICallback !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.SNICallback', 'function', options.SNICallback);
  }
  server.SNICallback = options.SNICallback;
  if (options.ALPNCallback !== undefined) {
    if (typeof options.ALPNCallback !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options.ALPNCallback', 'Function', options.ALPNCallback);
    }
    if (options.ALPNProtocols) {
      const { codes: { ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS } } = require('internal/errors');
      throw new ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS();
    }
  }
  server.ALPNCallback = options.ALPNCallback;
  if (options.handshakeTimeout !== undefined) {
    validateNumber(options.handshakeTimeout, 'options.handshakeTimeout');
  }
  server.handshakeTimeout = options.handshakeTimeout || 120 * 1000;
  if (options.sessionTimeout !== undefined) validateNumber(options.sessionTimeout, 'options.sessionTimeout');
  if (options.ticketKeys !== undefined) {
    if (!ArrayBuffer.isView(options.ticketKeys)) {
      throw new ERR_INVALID_ARG_TYPE('options.ticketKeys', ['Buffer', 'TypedArray', 'DataView'], options.ticketKeys);
    }
    if (options.ticketKeys.byteLength !== 48) {
      throw new ERR_INVALID_ARG_VALUE('options.ticketKeys', options.ticketKeys, 'must be exactly 48 bytes');
    }
  }
  // node keeps the server's ALPN list in wire format.
  if (options.ALPNProtocols !== undefined) {
    const out = {};
    require('tls').convertALPNProtocols(options.ALPNProtocols, out);
    server.ALPNProtocols = out.ALPNProtocols;
  }
  server._contexts = [];
  server._sharedContext = options.secureContext || createSecureContext(options);
}

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  net.Server.call(this, options);
  initTLSServer(this, options);
  this.on('connection', tlsConnectionListener);
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

// An async 'secureConnection' listener that rejects fails that connection.
Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  if (event === 'secureConnection') sock.destroy(err);
  else net.Server.prototype[EventEmitter.captureRejectionSymbol].apply(this, arguments);
};

Server.prototype.setSecureContext = function setSecureContext(options) {
  validateObject(options, 'options');
  this._contextOptions = options;
  this._sharedContext = createSecureContext(options);
};

Server.prototype.addContext = function addContext(servername, context) {
  if (!servername) throw new ERR_TLS_REQUIRED_SERVER_NAME();
  const re = new RegExp('^' + servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1')
    .replace(/\*/g, '[^.]*') + '$');
  const ctx = context instanceof SecureContext ? context : createSecureContext(context);
  this._contexts.push([re, ctx]);
};

Server.prototype.getTicketKeys = function getTicketKeys() { return Buffer.alloc(48); };
Server.prototype.setTicketKeys = function setTicketKeys() {};

module.exports = { Server, initTLSServer, tlsConnectionListener, kContextOptions };
