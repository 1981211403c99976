'use strict';
// http.Agent: a pool of client sockets keyed by "host:port:localAddress[:family][:path]".
// A request either takes a free (kept-alive) socket, opens a new one while the per-name
// and total limits allow, or waits in `requests[name]` until a socket frees up. Sockets
// report back with the 'free' event (the request/response exchange is over) and 'close';
// the agent decides then whether to hand the socket to a waiting request, keep it idle
// in `freeSockets`, or destroy it.

const EventEmitter = require('events');
const net = require('net');
const { codes: { ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateNumber, validateOneOf } = require('internal/validators');

const kOnFreeSocketError = Symbol('kOnFreeSocketError');

// A free socket sits unowned; an error there (the server closing it, say) must not become
// an uncaught exception, and the socket is dropped from the pool on its 'close'.
function freeSocketErrorListener(err) {
  this.destroy();
  this.emit('agentRemove');
}

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);

  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = { __proto__: null, ...options };
  if (this.options.noDelay === undefined) this.options.noDelay = true;
  // `path` names a Unix socket for net; requests pass theirs as socketPath instead.
  this.options.path = null;
  this.requests = { __proto__: null };
  this.sockets = { __proto__: null };
  this.freeSockets = { __proto__: null };
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.scheduling = this.options.scheduling || 'lifo';
  this.maxTotalSockets = this.options.maxTotalSockets;
  this.totalSocketCount = 0;

  validateOneOf(this.scheduling, 'scheduling', ['fifo', 'lifo']);
  if (this.maxTotalSockets !== undefined) {
    validateNumber(this.maxTotalSockets, 'maxTotalSockets');
    if (this.maxTotalSockets <= 0 || Number.isNaN(this.maxTotalSockets)) {
      throw new ERR_OUT_OF_RANGE('maxTotalSockets', '>= 1', this.maxTotalSockets);
    }
  } else {
    this.maxTotalSockets = Infinity;
  }

  this.on('free', (socket, opts) => this._onFree(socket, opts));
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);

Agent.defaultMaxSockets = Infinity;

Agent.prototype.createConnection = net.createConnection;

Agent.prototype.getName = function getName(options = {}) {
  let name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  // Same host and port over IPv4 and IPv6 are different pools.
  if (options.family === 4 || options.family === 6) name += `:${options.family}`;
  if (options.socketPath) name += `:${options.socketPath}`;
  return name;
};

// A socket finished its exchange: serve a waiting request, keep it, or drop it.
Agent.prototype._onFree = function _onFree(socket, options) {
  const name = this.getName(options);
  if (!socket.writable) {
    socket.destroy();
    return;
  }

  const waiting = this.requests[name];
  if (waiting && waiting.length) {
    const req = waiting.shift();
    if (waiting.length === 0) delete this.requests[name];
    this._setRequestSocket(req, socket);
    return;
  }

  const req = socket._httpMessage;
  if (!req || !req.shouldKeepAlive || !this.keepAlive) {
    socket.destroy();
    return;
  }

  // Requests of other origins wait for the total limit: an idle socket here would hold
  // their slot, so close it (its 'close' starts a socket for them).
  if (this.totalSocketCount >= this.maxTotalSockets && hasWaitingRequests(this)) {
    socket.destroy();
    return;
  }

  const free = this.freeSockets[name] || [];
  let count = free.length;
  if (this.sockets[name]) count += this.sockets[name].length;
  if (this.totalSocketCount > this.maxTotalSockets || count > this.maxSockets ||
      free.length >= this.maxFreeSockets || !this.keepSocketAlive(socket)) {
    socket.destroy();
    return;
  }

  this.freeSockets[name] = free;
  socket._httpMessage = null;
  // Busy -> free: still one of the agent's sockets, so totalSocketCount stays.
  const busy = this.sockets[name];
  const at = busy ? busy.indexOf(socket) : -1;
  if (at !== -1) {
    busy.splice(at, 1);
    if (busy.length === 0) delete this.sockets[name];
  }
  socket.once('error', freeSocketErrorListener);
  free.push(socket);
};

function hasWaitingRequests(agent) {
  for (const name of Object.keys(agent.requests)) {
    if (agent.requests[name].length) return true;
  }
  return false;
}

Agent.prototype.addRequest = function addRequest(req, options, port, localAddress) {
  // Before node 0.11 the signature was (req, host, port, localAddress).
  if (typeof options === 'string') {
    options = { __proto__: null, host: options, port, localAddress };
  }
  options = { __proto__: null, ...options, ...this.options };
  if (options.socketPath) options.path = options.socketPath;
  if (!options.servername && options.servername !== '') {
    options.servername = calculateServerName(options, req);
  }

  const name = this.getName(options);
  if (!this.sockets[name]) this.sockets[name] = [];

  const free = this.freeSockets[name];
  let socket;
  if (free) {
    // Skip sockets the peer has closed while they idled.
    while (free.length && free[0].destroyed) free.shift();
    socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
    if (!free.length) delete this.freeSockets[name];
  }

  const count = this.sockets[name].length;
  if (socket) {
    this.reuseSocket(socket, req);
    this._setRequestSocket(req, socket);
    this.sockets[name].push(socket);
  } else if (count < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    this.createSocket(req, options, (err, s) => {
      if (err) req.onSocket(s, err);
      else this._setRequestSocket(req, s);
    });
  } else {
    if (!this.requests[name]) this.requests[name] = [];
    // Remembered so a socket created later for this request gets the same options.
    req._agentOptions = options;
    this.requests[name].push(req);
  }
};

Agent.prototype.createSocket = function createSocket(req, options, cb) {
  options = { __proto__: null, ...options, ...this.options };
  if (options.socketPath) options.path = options.socketPath;
  if (!options.servername && options.servername !== '') {
    options.servername = calculateServerName(options, req);
  }
  const name = this.getName(options);
  options._agentKey = name;
  options.encoding = null;
  // Kept-alive sockets get TCP keep-alive probes from the start.
  if (this.keepAlive) {
    options.keepAlive = true;
    options.keepAliveInitialDelay = this.keepAliveMsecs;
  }

  let called = false;
  const oncreate = (err, s) => {
    if (called) return;
    called = true;
    if (err) {
      cb(err);
      return;
    }
    if (!this.sockets[name]) this.sockets[name] = [];
    this.sockets[name].push(s);
    this.totalSocketCount++;
    installListeners(this, s, options);
    cb(null, s);
  };
  let created;
  try {
    created = this.createConnection(options, oncreate);
  } catch (err) {
    oncreate(err);
    return;
  }
  if (created) oncreate(null, created);
};

function calculateServerName(options, req) {
  let servername = options.host || '';
  const hostHeader = req && typeof req.getHeader === 'function' ? req.getHeader('host') : undefined;
  if (hostHeader) {
    if (typeof hostHeader !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.headers.host', 'string', hostHeader);
    }
    // "[::1]:80" -> "::1", "example.com:80" -> "example.com"
    if (hostHeader.startsWith('[')) {
      const end = hostHeader.indexOf(']');
      servername = end === -1 ? hostHeader : hostHeader.slice(1, end);
    } else {
      servername = hostHeader.split(':', 1)[0];
    }
  }
  if (net.isIP && net.isIP(servername)) servername = '';
  return servername;
}

function installListeners(agent, s, options) {
  function onFree() {
    agent.emit('free', s, options);
  }
  function onClose() {
    agent.removeSocket(s, options);
  }
  // An idle pooled socket whose timeout fires is closed; a busy one belongs to its
  // request, which reports the timeout itself.
  function onTimeout() {
    const free = agent.freeSockets[agent.getName(options)];
    if (free && free.includes(s)) s.destroy();
  }
  function onRemove() {
    agent.removeSocket(s, options);
    s.removeListener('close', onClose);
    s.removeListener('free', onFree);
    s.removeListener('timeout', onTimeout);
    s.removeListener('agentRemove', onRemove);
  }
  s.on('free', onFree);
  s.on('close', onClose);
  s.on('timeout', onTimeout);
  s.on('agentRemove', onRemove);
}

Agent.prototype.removeSocket = function removeSocket(s, options) {
  const name = this.getName(options);
  for (const set of [this.sockets, this.freeSockets]) {
    const list = set[name];
    if (!list) continue;
    const at = list.indexOf(s);
    if (at === -1) continue;
    list.splice(at, 1);
    if (list.length === 0) delete set[name];
    this.totalSocketCount--;
  }

  // A slot opened: start a socket for the oldest waiting request of this name, or, when
  // the total limit was what held requests back, of any name.
  let queueName = name;
  if (!this.requests[queueName] || this.requests[queueName].length === 0) {
    queueName = undefined;
    if (this.totalSocketCount < this.maxTotalSockets) {
      for (const other of Object.keys(this.requests)) {
        if (this.requests[other].length &&
            (!this.sockets[other] || this.sockets[other].length < this.maxSockets)) {
          queueName = other;
          break;
        }
      }
    }
  }
  if (queueName === undefined) return;
  const req = this.requests[queueName][0];
  const reqOptions = req._agentOptions || options;
  if (this.sockets[queueName] && this.sockets[queueName].length >= this.maxSockets) return;
  if (this.totalSocketCount >= this.maxTotalSockets) return;
  this.createSocket(req, reqOptions, (err, socket) => {
    if (err) {
      const list = this.requests[queueName];
      if (list) {
        const at = list.indexOf(req);
        if (at !== -1) list.splice(at, 1);
        if (list.length === 0) delete this.requests[queueName];
      }
      req.onSocket(socket, err);
    } else {
      socket.emit('free');
    }
  });
};

Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();

  let timeout = this.options.timeout || 0;
  let keep = true;
  const res = socket._httpMessage && socket._httpMessage.res;
  if (res) {
    // The server's "Keep-Alive: timeout=N" says when it will drop the socket; stop
    // reusing it a second before that so a request does not race the server's close.
    const hint = res.headers && res.headers['keep-alive'];
    const m = typeof hint === 'string' ? /(?:^|[,\s])timeout=(\d+)/.exec(hint) : null;
    if (m) {
      const serverMs = Number(m[1]) * 1000 - 1000;
      if (serverMs <= 0) keep = false;
      else if (timeout === 0 || serverMs < timeout) timeout = serverMs;
    }
  }
  if (socket.timeout !== timeout) socket.setTimeout(timeout);
  return keep;
};

Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
  socket.removeListener('error', freeSocketErrorListener);
  req.reusedSocket = true;
  socket.ref();
};

Agent.prototype.destroy = function destroy() {
  for (const set of [this.freeSockets, this.sockets]) {
    for (const name of Object.keys(set)) {
      for (const socket of set[name].slice()) socket.destroy();
    }
  }
};

Agent.prototype._setRequestSocket = function _setRequestSocket(req, socket) {
  req.onSocket(socket);
  const agentTimeout = this.options.timeout || 0;
  if (req.timeout === undefined || req.timeout === agentTimeout) return;
  socket.setTimeout(req.timeout);
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

module.exports = { Agent, globalAgent, [kOnFreeSocketError]: freeSocketErrorListener };
