'use strict';
// http.Server and http.ServerResponse. A Server is a net.Server whose connections each
// get one parser from the pool; requests are parsed as they arrive and answered in
// order (pipelined responses wait in `state.outgoing` until the socket is theirs).
//
// Per connection there is one state object and its listeners; per request only the
// IncomingMessage and ServerResponse (no closures), which matters at 100k req/s.

const net = require('net');
const { kDirectData } = require('internal/net/socket');
const EventEmitter = require('events');
const { OutgoingMessage, kHighWaterMark } = require('_http_outgoing');
const { IncomingMessage } = require('_http_incoming');
const {
  parsers, freeParser, HTTPParser, isLenient, prepareError, continueExpression,
  chunkExpression, kIncomingMessage, kOutHeaders, _checkInvalidHeaderChar: checkInvalidHeaderChar,
} = require('_http_common');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_HTTP_REQUEST_TIMEOUT,
    ERR_HTTP_SOCKET_ASSIGNED, ERR_HTTP_SOCKET_ENCODING,
    ERR_INVALID_ARG_VALUE, ERR_INVALID_CHAR, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateInteger, validateBoolean, validateObject } =
  require('internal/validators');
const STATUS_CODES = require('internal/http/status_codes');

const kServerResponse = Symbol('ServerResponse');
const kState = Symbol('kState');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');

// ---- ServerResponse ----

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  this.statusCode = 200;
  this.statusMessage = undefined;
  this[kState] = null;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te || '');
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype._onPendingData = function _onPendingData(delta) {
  if (this[kState]) updateOutgoingData.call(this, delta);
};

ServerResponse.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

function onServerResponseClose() {
  const msg = this._httpMessage;
  if (msg) {
    msg.destroyed = true;
    msg._closed = true;
    msg.emit('close');
  }
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  validateObject(hints, 'hints');
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  for (const key of Object.keys(hints)) {
    const v = hints[key];
    if (Array.isArray(v)) for (const x of v) head += `${key}: ${x}\r\n`;
    else head += `${key}: ${v}\r\n`;
  }
  this._writeRaw(head + '\r\n', 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');

  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) {
    throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  }

  let knownMessage = false;
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    if (!this.statusMessage) {
      // Ours, from the table: no need to check its characters.
      this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
      knownMessage = true;
    }
    obj = reason;
  }
  this.statusCode = statusCode;

  let headers;
  if (this[kOutHeaders]) {
    // Headers set with setHeader() and given here are merged; these win.
    if (obj) {
      if (Array.isArray(obj)) {
        if (obj.length && Array.isArray(obj[0])) {
          for (const [k, v] of obj) this.appendHeader(k, v);
        } else {
          if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
          for (let n = 0; n < obj.length; n += 2) this.appendHeader(obj[n], obj[n + 1]);
        }
      } else {
        for (const k of Object.keys(obj)) if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }

  if (!knownMessage && checkInvalidHeaderChar(this.statusMessage)) {
    throw new ERR_INVALID_CHAR('statusMessage');
  }

  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;

  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }

  // A client that asked for 100-continue and did not get it may still send the body:
  // the connection cannot be reused.
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;

  this._storeHeader(statusLine, headers);
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// ---- Server ----

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;

  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;

  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;

  const requestTimeout = options.requestTimeout;
  if (requestTimeout !== undefined) {
    validateInteger(requestTimeout, 'requestTimeout', 0);
    this.requestTimeout = requestTimeout;
  } else {
    this.requestTimeout = 300000;
  }

  const headersTimeout = options.headersTimeout;
  if (headersTimeout !== undefined) {
    validateInteger(headersTimeout, 'headersTimeout', 0);
    this.headersTimeout = headersTimeout;
  } else {
    this.headersTimeout = Math.min(60000, this.requestTimeout);
  }

  if (this.requestTimeout > 0 && this.headersTimeout > 0 &&
      this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }

  const keepAliveTimeout = options.keepAliveTimeout;
  if (keepAliveTimeout !== undefined) {
    validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
    this.keepAliveTimeout = keepAliveTimeout;
  } else {
    this.keepAliveTimeout = 5000;
  }

  const connectionsCheckingInterval = options.connectionsCheckingInterval;
  if (connectionsCheckingInterval !== undefined) {
    validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
    this.connectionsCheckingInterval = connectionsCheckingInterval;
  } else {
    this.connectionsCheckingInterval = 30000;
  }

  const requireHostHeader = options.requireHostHeader;
  if (requireHostHeader !== undefined) {
    validateBoolean(requireHostHeader, 'options.requireHostHeader');
    this.requireHostHeader = requireHostHeader;
  } else {
    this.requireHostHeader = true;
  }

  const joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (joinDuplicateHeaders !== undefined) {
    validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  this.joinDuplicateHeaders = joinDuplicateHeaders;

  const rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites;
  if (rejectNonStandardBodyWrites !== undefined) {
    validateBoolean(rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
    this.rejectNonStandardBodyWrites = rejectNonStandardBodyWrites;
  } else {
    this.rejectNonStandardBodyWrites = false;
  }
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);

  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }

  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay === undefined ? true : options.noDelay,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });

  if (requestListener) this.on('request', requestListener);

  // Node's default: a half-closed client gets its response, then the socket closes.
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);

  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kConnections] = new Set();
  this[kConnectionsCheckingInterval] = null;
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.close = function close() {
  httpServerPreClose(this);
  return net.Server.prototype.close.apply(this, arguments);
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const state of this[kConnections]) state.socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const state of this[kConnections]) {
    if (state.incoming.length === 0 && state.messageStart === 0) state.socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, ...args) {
  if (event === 'request') {
    const res = args[1];
    if (!res.headersSent && !res.writableEnded) {
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      res.statusCode = 500;
      res.end(STATUS_CODES[500]);
    } else {
      res.destroy();
    }
  } else {
    net.Server.prototype[EventEmitter.captureRejectionSymbol].apply(this, arguments);
  }
};

function httpServerPreClose(server) {
  server.closeIdleConnections();
  // Cleared but kept: callers (and node's tests) look at the timer after close().
  if (server[kConnectionsCheckingInterval]) clearInterval(server[kConnectionsCheckingInterval]);
}

function setupConnectionsTracking() {
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  if (this.connectionsCheckingInterval > 0 &&
      (this.headersTimeout > 0 || this.requestTimeout > 0)) {
    this[kConnectionsCheckingInterval] =
      setInterval(checkConnections, this.connectionsCheckingInterval, this).unref();
  }
}

// Closes connections whose request head (headersTimeout) or whole request
// (requestTimeout) took too long, with 408 when nothing was answered yet.
function checkConnections(server) {
  const now = Date.now();
  const { headersTimeout, requestTimeout } = server;
  for (const state of server[kConnections]) {
    if (state.messageStart === 0) continue;
    const elapsed = now - state.messageStart;
    if ((!state.headersDone && headersTimeout > 0 && elapsed > headersTimeout) ||
        (requestTimeout > 0 && elapsed > requestTimeout)) {
      state.messageStart = 0;
      socketOnError.call(state.socket, new ERR_HTTP_REQUEST_TIMEOUT());
    }
  }
}

function ConnectionState(server, socket, parser) {
  this.server = server;
  this.socket = socket;
  this.parser = parser;
  this.incoming = [];
  this.outgoing = [];
  this.outgoingData = 0;
  this.keepAliveTimeoutSet = false;
  this.requestsCount = 0;
  // When the message in progress began (0: none); the first one starts at connect.
  this.messageStart = Date.now();
  this.headersDone = false;
}

function connectionListener(socket) {
  const server = this;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  const parser = parsers.alloc();
  const lenient = server.insecureHTTPParser === undefined ?
    isLenient() : server.insecureHTTPParser;
  parser.initialize(HTTPParser.REQUEST, {}, server.maxHeaderSize || 0, lenient);
  parser.socket = socket;
  socket.parser = parser;
  if (typeof server.maxHeadersCount === 'number') {
    parser.maxHeaderPairs = server.maxHeadersCount << 1;
  } else {
    parser.maxHeaderPairs = 0;
  }
  parser.joinDuplicateHeaders = server.joinDuplicateHeaders;

  const state = new ConnectionState(server, socket, parser);
  socket[kState] = state;
  server[kConnections].add(state);
  parser.onIncoming = parserOnIncoming;

  socket.on('data', socketOnData);
  socket[kDirectData] = socketOnData;
  socket.on('end', socketOnEnd);
  socket.on('close', socketOnClose);
  socket.on('drain', socketOnDrain);
  socket.on('error', socketOnError);
  socket._paused = false;
}

function socketOnData(d) {
  const state = this[kState];
  const parser = this.parser;
  if (!parser) return;
  if (state.messageStart === 0) {
    state.messageStart = Date.now();
    state.headersDone = false;
  }
  const ret = parser.execute(d);
  onParserExecuteCommon(state, ret, d);
}

function onParserExecuteCommon(state, ret, d) {
  const socket = state.socket;
  const server = state.server;
  const parser = state.parser;
  if (ret instanceof Error) {
    prepareError(ret, parser, d);
    socketOnError.call(socket, ret);
    return;
  }
  const req = parser.incoming;
  if (req && req.upgrade) {
    // CONNECT or an upgrade the server handles: the socket leaves HTTP.
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (eventName === 'upgrade' || server.listenerCount(eventName) > 0) {
      socket.removeListener('data', socketOnData);
      socket[kDirectData] = undefined;
      socket.removeListener('end', socketOnEnd);
      socket.removeListener('close', socketOnClose);
      socket.removeListener('drain', socketOnDrain);
      socket.removeListener('error', socketOnError);
      socket.removeListener('timeout', socketOnTimeout);
      server[kConnections].delete(state);
      parser.finish();
      freeParser(parser, req, socket);
      const bodyHead = d.slice(ret, d.length);
      socket.readableFlowing = null;
      server.emit(eventName, req, socket, bodyHead);
    } else {
      socket.destroy();
    }
  }
}

function socketOnEnd() {
  const state = this[kState];
  const parser = this.parser;
  if (parser) {
    const ret = parser.finish();
    if (ret instanceof Error) {
      prepareError(ret, parser);
      socketOnError.call(this, ret);
      return;
    }
  }
  if (!state.server.httpAllowHalfOpen) {
    // As node: a client that half-closes gets no answer still pending; the socket ends
    // now and closes, which aborts what is in flight (their 'close' events fire).
    if (this.writable) this.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (this._httpMessage) {
    this._httpMessage._last = true;
  } else if (this.writable) {
    this.end();
  }
}

function socketOnClose() {
  const state = this[kState];
  state.server[kConnections].delete(state);
  const parser = this.parser;
  if (parser) {
    parser.finish();
    freeParser(parser, null, this);
  }
  abortIncoming(state.incoming);
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(connResetException('aborted'));
  }
}

function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

function socketOnDrain() {
  const state = this[kState];
  const msg = this._httpMessage;
  if (msg && !msg.finished && msg.needDrain) {
    msg.needDrain = false;
    msg.emit('drain');
  }
  // Reading stopped while pipelined responses piled up: go on.
  if (this._paused && state.outgoingData < this.writableHighWaterMark) {
    this._paused = false;
    if (this.parser) this.resume();
  }
}

function socketOnTimeout() {
  const state = this[kState];
  const req = this.parser && this.parser.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = state.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const requestHeaderFieldsTooLargeResponse =
  'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const requestChunkExtensionsTooLargeResponse =
  'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';

function socketOnError(e) {
  // One error per socket reaches clientError; later ones are dropped.
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  const state = this[kState];
  const server = state && state.server;
  if (!server || !server.emit('clientError', e, this)) {
    // Answer unless a response is already on its way on this socket.
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW': response = requestHeaderFieldsTooLargeResponse; break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW': response = requestChunkExtensionsTooLargeResponse; break;
        case 'ERR_HTTP_REQUEST_TIMEOUT': response = requestTimeoutResponse; break;
        default: response = badRequestResponse;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

function noop() {}

function parserOnIncoming(req, keepAlive) {
  const socket = this.socket;
  const state = socket[kState];
  const server = state.server;
  state.headersDone = true;

  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) return 2;
  }

  state.incoming.push(req);
  state.requestsCount++;

  // Pipelined requests pile up responses: stop reading until the socket drains.
  if (!socket._paused) {
    const ws = socket._writableState;
    if (ws && (ws.needDrain || state.outgoingData >= socket.writableHighWaterMark)) {
      socket._paused = true;
      socket.pause();
    }
  }

  const res = new server[kServerResponse](req, {
    highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res.shouldKeepAlive = keepAlive;
  res[kState] = state;

  if (server.maxRequestsPerSocket > 0 && state.requestsCount >= server.maxRequestsPerSocket) {
    res.maxRequestsOnConnectionReached = true;
    if (state.requestsCount > server.maxRequestsPerSocket) {
      // Over the limit: refuse with 503 and close.
      res.writeHead(503, { Connection: 'close' });
      res.end();
      return 0;
    }
  }

  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);

  if (state.keepAliveTimeoutSet) {
    socket.setTimeout(server.timeout || 0);
    state.keepAliveTimeoutSet = false;
  }

  res.on('finish', resOnFinish);

  // HTTP/1.1 requires Host; node refuses a request without it.
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1 && server.requireHostHeader &&
      !hasRaw(req.rawHeaders, 'host')) {
    res.writeHead(400, ['Connection', 'close']);
    res.end();
    return 0;
  }

  if (req.rawHeaders.length !== 0 && hasRaw(req.rawHeaders, 'expect')) {
    const expect = req.headers.expect;
    if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1 && continueExpression.test(expect)) {
      res._expect_continue = true;
      if (server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        server.emit('request', req, res);
      }
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
  } else {
    server.emit('request', req, res);
  }
  return 0;
}

// Case-insensitive, without making a lower-cased copy of every name per request.
function hasRaw(raw, lower) {
  for (let i = 0; i < raw.length; i += 2) {
    const k = raw[i];
    if (k.length === lower.length && (k === lower || sameLower(k, lower))) return true;
  }
  return false;
}

function sameLower(k, lower) {
  for (let j = 0; j < k.length; j++) {
    let c = k.charCodeAt(j);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(j)) return false;
  }
  return true;
}

// `this` = a response; its queued bytes count against the connection's.
function updateOutgoingData(delta) {
  const state = this[kState];
  const socket = state.socket;
  state.outgoingData += delta;
  if (socket._paused && state.outgoingData < socket.writableHighWaterMark) {
    socket._paused = false;
    if (socket.parser) socket.resume();
  }
}

// `this` = the response. Hands the socket to the next pipelined response, or waits
// for the next request (keep-alive), or closes.
function resOnFinish() {
  const res = this;
  const state = res[kState];
  const socket = state.socket;
  const req = res.req;
  const first = state.incoming[0];
  if (first === req) state.incoming.shift();

  // Nobody read the body: drop it so the next request can be parsed.
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();

  clearIncoming(req);
  res.detachSocket(socket);
  // The request closes on its own once it has ended (autoDestroy) or been destroyed.
  process.nextTick(emitCloseNT, res);

  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    state.messageStart = 0;
    if (state.server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      socket.setTimeout(state.server.keepAliveTimeout);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const m = state.outgoing.shift();
    if (m) m.assignSocket(socket);
  }
}

// The parser lets go of a finished request (once it is read), so an idle keep-alive
// connection does not keep the last request alive.
function clearIncoming(req) {
  const parser = req.socket && req.socket.parser;
  if (parser && parser.incoming === req) {
    if (req.readableEnded) parser.incoming = null;
    else req.once('end', onIncomingEnd);
  }
}

function onIncomingEnd() { clearIncoming(this); }

function emitCloseNT(res) {
  if (!res._closed) {
    res.destroyed = true;
    res._closed = true;
    res.emit('close');
  }
}

function setSocketEncoding() { throw new ERR_HTTP_SOCKET_ENCODING(); }

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
  kConnectionsCheckingInterval,
  setSocketEncoding,
};
