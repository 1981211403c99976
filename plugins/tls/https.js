'use strict';
// The https module: http's Server, ClientRequest and Agent with TLS sockets. An
// https.Server is an http.Server (its request handling, timeouts and connection
// tracking) whose connections arrive through tls.Server's 'secureConnection'.

const http = require('http');
const tls = require('tls');
const { Agent: HttpAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { Server: HttpServer, _connectionListener } = require('_http_server');
const { initTLSServer, tlsConnectionListener } = require('internal/tls/server');
const { Server: TLSServer } = require('internal/tls/server');
const { validateObject } = require('internal/validators');
const { URL } = require('url');

function Server(opts, requestListener) {
  if (!(this instanceof Server)) return new Server(opts, requestListener);
  if (typeof opts === 'function') {
    requestListener = opts;
    opts = {};
  } else if (opts == null) {
    opts = {};
  } else {
    validateObject(opts, 'options');
  }
  opts = { ...opts };
  if (!opts.ALPNProtocols && !opts.ALPNCallback) opts.ALPNProtocols = ['http/1.1'];

  // http.Server's constructor sets up the request machinery (and net.Server's state);
  // it checks `this instanceof http.Server`, so it runs on this object seen as one.
  const proto = Object.getPrototypeOf(this);
  Object.setPrototypeOf(this, HttpServer.prototype);
  HttpServer.call(this, opts, requestListener);
  Object.setPrototypeOf(this, proto);
  // Plain TCP connections go through TLS first; http sees the decrypted socket.
  this.removeListener('connection', _connectionListener);
  initTLSServer(this, opts);
  this.on('connection', tlsConnectionListener);
  this.on('secureConnection', _connectionListener);
  this.on('tlsClientError', onTlsClientError);
  this.timeout = 0;
}
Object.setPrototypeOf(Server.prototype, TLSServer.prototype);
Object.setPrototypeOf(Server, TLSServer);

for (const key of ['close', 'closeAllConnections', 'closeIdleConnections', 'setTimeout']) {
  Server.prototype[key] = HttpServer.prototype[key];
}
const EventEmitter = require('events');
Server.prototype[EventEmitter.captureRejectionSymbol] = HttpServer.prototype[EventEmitter.captureRejectionSymbol];

// A failed handshake is a 'clientError' of the https server; with no listener the
// connection just closes.
function onTlsClientError(err, socket) {
  if (this.listenerCount('clientError') > 0) this.emit('clientError', err, socket);
  else if (socket && !socket.destroyed) socket.destroy();
}

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

// Returns the socket at once, as node does: the request is written into it before the
// handshake finishes (TLSSocket queues it) and a failed handshake reaches the request
// through the socket's 'error'.
function createConnection(options) {
  return tls.connect(options);
}

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  HttpAgent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions;
  if (this.maxCachedSessions === undefined) this.maxCachedSessions = 100;
  this._sessionCache = { map: {}, list: [] };
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);

// The TLS options that make a socket unsuitable for another request join the pool key.
const kNameOptions = ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized',
  'servername', 'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder', 'ecdhCurve',
  'dhparam', 'secureOptions', 'sessionIdContext', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine'];

Agent.prototype.createConnection = createConnection;

Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  name += ':';
  for (const key of kNameOptions) {
    const v = options[key];
    if (v !== undefined && v !== null) name += key === 'sigalgs' ? JSON.stringify(v) : v;
    name += ':';
  }
  return name.slice(0, -1);
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function requestArgs(args) {
  let url;
  let options = {};
  let cb;
  let i = 0;
  if (typeof args[0] === 'string' || args[0] instanceof URL) {
    url = args[0];
    i = 1;
  }
  if (args[i] !== null && typeof args[i] === 'object') {
    options = { ...args[i] };
    i++;
  }
  if (typeof args[i] === 'function') cb = args[i];
  options._defaultAgent = module.exports.globalAgent;
  return url !== undefined ? [url, options, cb] : [options, cb];
}

function request(...args) {
  const a = requestArgs(args);
  return new ClientRequest(...a);
}

function get(...args) {
  const req = request(...args);
  req.end();
  return req;
}

void http;

module.exports = {
  Agent,
  globalAgent,
  Server,
  createServer,
  get,
  request,
};
