'use strict';
// http.ClientRequest: an OutgoingMessage that writes a request line and headers, gets a
// socket from its agent (or its own createConnection), and reads the response with an
// llhttp parser in response mode. Errors follow node: a socket that ends or closes
// before a response is "socket hang up" (ECONNRESET), a response cut short is "aborted".

const net = require('net');
const { finished } = require('stream');
const { URL, urlToHttpOptions } = require('internal/url');
const { OutgoingMessage } = require('_http_outgoing');
const common = require('_http_common');
const agentModule = require('_http_agent');
const { Agent } = agentModule;
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_HTTP_TOKEN, ERR_INVALID_PROTOCOL,
    ERR_UNESCAPED_CHARACTERS, ERR_HTTP_HEADERS_SENT, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateInteger, validateBoolean, validateAbortSignal, validateNumber,
} = require('internal/validators');

const { kOutHeaders } = common;
const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
// Anything outside printable latin1 must be percent-encoded by the caller.
const invalidPathRegExp = /[^\u0021-\u00ff]/;
const kError = Symbol('kError');
const kPerfStart = Symbol('kPerfStart');
const kPerfReq = Symbol('kPerfReq');

let observe;
function lazyObserve() {
  if (!observe) observe = require('internal/perf/observe');
  return observe;
}

function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

const kTimeoutMax = 2 ** 31 - 1;

// Timeouts in ms: a finite number >= 0; longer than a timer can hold is truncated with a
// warning raised here, so its stack points at the caller.
function timerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > kTimeoutMax) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.\n` +
      `Timer duration was truncated to ${kTimeoutMax}.`, 'TimeoutOverflowWarning');
    return kTimeoutMax;
  }
  return msecs;
}

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);

  if (typeof input === 'string') {
    const text = input;
    input = urlToHttpOptions(new URL(text));
  } else if (input instanceof URL) {
    input = urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }

  if (typeof options === 'function') {
    cb = options;
    options = input || { __proto__: null };
  } else {
    options = { __proto__: null, ...input, ...options };
  }

  let agent = options.agent;
  // Read each time: assigning http.globalAgent replaces it.
  const defaultAgent = options._defaultAgent || agentModule.globalAgent;
  if (agent === false) {
    agent = new defaultAgent.constructor();
  } else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
    // Explicitly pass through this statement as agent will not be used when
    // createConnection is provided.
    options._defaultAgent = defaultAgent;
  } else if (typeof agent.addRequest !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'],
      agent);
  }
  this.agent = agent;

  const protocol = options.protocol || defaultAgent.protocol;
  let expectedProtocol = defaultAgent.protocol;
  if (this.agent && this.agent.protocol) expectedProtocol = this.agent.protocol;

  if (options.path) {
    const path = String(options.path);
    if (invalidPathRegExp.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
  }
  if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);

  const defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort);
  const optsWithoutSignal = { __proto__: null, ...options };

  const port = optsWithoutSignal.port = options.port || defaultPort || 80;
  const host = optsWithoutSignal.host = validateHost(options.hostname, 'hostname') ||
    validateHost(options.host, 'host') || 'localhost';
  const setHost = options.setHost === undefined || Boolean(options.setHost);
  this.socketPath = options.socketPath;

  if (options.timeout !== undefined) this.timeout = timerDuration(options.timeout, 'timeout');

  const signal = options.signal;
  if (signal) {
    validateAbortSignal(signal, 'signal');
    delete optsWithoutSignal.signal;
  }

  let method = options.method;
  const methodIsString = typeof method === 'string';
  if (method !== null && method !== undefined && !methodIsString) {
    throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
  }
  if (methodIsString && method) {
    if (!tokenRegExp.test(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
    method = this.method = method.toUpperCase();
  } else {
    method = this.method = 'GET';
  }

  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;

  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) {
    validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  }
  this.insecureHTTPParser = insecureHTTPParser;

  if (options.joinDuplicateHeaders !== undefined) {
    validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;

  this.path = options.path || '/';
  if (cb) this.once('response', cb);

  if (method === 'GET' || method === 'HEAD' || method === 'DELETE' ||
      method === 'OPTIONS' || method === 'TRACE' || method === 'CONNECT') {
    this.useChunkedEncodingByDefault = false;
  } else {
    this.useChunkedEncodingByDefault = true;
  }

  this._ended = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.host = host;
  this.protocol = protocol;

  if (this.agent) {
    // A request that goes through an agent may reuse its socket unless it says not to
    // (and the agent keeps sockets at all); otherwise "Connection: close".
    if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else {
      this._last = false;
      this.shouldKeepAlive = true;
    }
  }

  const headersArray = Array.isArray(options.headers);
  if (!headersArray) {
    if (options.headers) {
      for (const key of Object.keys(options.headers)) this.setHeader(key, options.headers[key]);
    }

    if (host && !this.getHeader('host') && setHost) {
      let hostHeader = host;
      // An IPv6 literal (two colons at least) goes in brackets so its colons are not
      // read as the port's.
      const colon = hostHeader.indexOf(':');
      if (colon !== -1 && hostHeader.includes(':', colon + 1) && !hostHeader.startsWith('[')) {
        hostHeader = `[${hostHeader}]`;
      }
      if (port && +port !== defaultPort) hostHeader += `:${port}`;
      this.setHeader('Host', hostHeader);
    }

    if (options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', `Basic ${Buffer.from(options.auth).toString('base64')}`);
    }

    if (this.getHeader('expect')) {
      if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
      // With "Expect: 100-continue" the headers go out now; the body waits for 'continue'.
      this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
    }
  } else {
    this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, options.headers);
  }

  if (signal) addAbortSignal(this, signal);

  // An 'http' performance entry (HttpClient) per request, only when someone observes.
  if (lazyObserve().hasObserver('http')) {
    this[kPerfStart] = require('internal/perf/utils').now();
    this[kPerfReq] = {
      method: this.method,
      // node's entry names the host without the port.
      url: `${protocol}//${host}${this.path}`,
      headers: typeof this.getHeaders === 'function' ? this.getHeaders() : {},
    };
  }

  if (this.agent) {
    this.agent.addRequest(this, optsWithoutSignal);
    return;
  }

  this._last = true;
  this.shouldKeepAlive = false;
  // `path` is the request's path until here; for net it names the Unix socket.
  optsWithoutSignal.path = this.socketPath;
  if (typeof optsWithoutSignal.createConnection === 'function') {
    let called = false;
    const oncreate = (err, socket) => {
      if (called) return;
      called = true;
      if (err) process.nextTick(() => this.emit('error', err));
      else this.onSocket(socket);
    };
    try {
      const socket = optsWithoutSignal.createConnection(optsWithoutSignal, oncreate);
      if (socket) oncreate(null, socket);
    } catch (err) {
      oncreate(err);
    }
  } else {
    this.onSocket(net.createConnection(optsWithoutSignal));
  }
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

function addAbortSignal(req, signal) {
  const onAbort = () => {
    const { AbortError } = require('internal/errors');
    req.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    onAbort();
    return;
  }
  signal.addEventListener('abort', onAbort, { once: true });
  req.once('close', () => signal.removeEventListener('abort', onAbort));
}

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
};

ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(() => this.emit('abort'));
  this.destroy();
};

ClientRequest.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  // Whatever of the response is left is read and dropped so the socket can close.
  if (this.res) this.res._dump();
  this[kError] = err;
  if (this.socket) this.socket.destroy(err);
  return this;
};

ClientRequest.prototype.onSocket = function onSocket(socket, err) {
  process.nextTick(onSocketNT, this, socket, err);
};

function emitCloseOnce(req) {
  if (req._closed) return;
  req._closed = true;
  req.emit('close');
}

function onSocketNT(req, socket, err) {
  if (req.destroyed || err) {
    req.destroyed = true;
    const finish = (error) => {
      if (!req.aborted && !error) error = connResetException('socket hang up');
      if (error) emitErrorOnce(req, error);
      emitCloseOnce(req);
    };
    if (socket) {
      if (!err && req.agent && !socket.destroyed) {
        // Never used: give it back to the pool.
        socket.emit('free');
      } else {
        // finished() also takes the socket's own error, which is then the request's.
        finished(socket.destroy(err || req[kError]), (e) => {
          if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
          finish(e || err);
        });
        return;
      }
    }
    finish(err || req[kError]);
    return;
  }
  tickOnSocket(req, socket);
  req._flush();
}

function emitErrorOnce(req, err) {
  if (req.socket) req.socket._hadError = true;
  req.emit('error', err);
}

function tickOnSocket(req, socket) {
  const parser = common.parsers.alloc();
  req.socket = socket;
  const lenient = req.insecureHTTPParser === undefined ?
    common.isLenient() : req.insecureHTTPParser;
  parser.initialize(common.HTTPParser.RESPONSE, {}, req.maxHeaderSize || 0, lenient ? 1 : 0);
  parser.socket = socket;
  parser.outgoing = req;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  if (typeof req.maxHeadersCount === 'number') parser.maxHeaderPairs = req.maxHeadersCount << 1;
  parser.joinDuplicateHeaders = req.joinDuplicateHeaders;
  parser.onIncoming = parserOnIncomingClient;

  socket.on('error', socketErrorListener);
  socket.on('data', socketOnData);
  socket.on('end', socketOnEnd);
  socket.on('close', socketCloseListener);
  socket.on('drain', ondrain);

  if (req.timeout !== undefined ||
      (req.agent && req.agent.options && req.agent.options.timeout)) {
    listenSocketTimeout(req);
  }
  req.emit('socket', socket);
}

function ondrain() {
  const msg = this._httpMessage;
  if (msg && !msg.finished && msg.needDrain) {
    msg.needDrain = false;
    msg.emit('drain');
  }
}

function emitRequestTimeout() {
  const req = this._httpMessage;
  if (req) req.emit('timeout');
}

function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = emitRequestTimeout;
  if (req.socket) {
    req.socket.once('timeout', emitRequestTimeout);
  } else {
    req.on('socket', (socket) => socket.once('timeout', emitRequestTimeout));
  }
}

function socketCloseListener() {
  const socket = this;
  const req = socket._httpMessage;
  const parser = socket.parser;
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  if (!req) {
    if (parser) freeParser(parser, null, socket);
    return;
  }
  const res = req.res;
  req.destroyed = true;
  if (res) {
    // The socket went away mid-body: the response is cut short.
    if (!res.complete) res.destroy(connResetException('aborted'));
    emitCloseOnce(req);
    if (!res.aborted && res.readable) res.push(null);
  } else {
    if (!socket._hadError) emitErrorOnce(req, connResetException('socket hang up'));
    emitCloseOnce(req);
  }
  if (req.outputData) req.outputData.length = 0;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
}

function socketErrorListener(err) {
  const socket = this;
  const req = socket._httpMessage;
  // Set before the emit: a handler that destroys the request must not make
  // socketCloseListener report a second error.
  if (req) emitErrorOnce(req, err);
  const parser = socket.parser;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.destroy();
}

function socketOnEnd() {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  if (req && !req.res && !socket._hadError) {
    emitErrorOnce(req, connResetException('socket hang up'));
  }
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.destroy();
}

function socketOnData(d) {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  if (!parser) return;

  const ret = parser.execute(d);
  if (ret instanceof Error) {
    prepareError(ret, parser, d);
    freeParser(parser, req, socket);
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.destroy();
    if (req) emitErrorOnce(req, ret);
    return;
  }
  // The parser lets go of a message once it is complete; the request still holds it.
  const incoming = parser.incoming || (req && req.res);
  if (incoming && incoming.upgrade) {
    // Upgrade (101) or CONNECT: the rest of the bytes belong to the new protocol.
    const bytesParsed = ret;
    const res = incoming;
    req.res = res;
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
    socket.removeListener('timeout', responseOnTimeout);
    parser.finish();
    freeParser(parser, req, socket);

    const bodyHead = d.slice(bytesParsed, d.length);
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (req.listenerCount(eventName) > 0) {
      req.upgradeOrConnect = true;
      socket.emit('agentRemove');
      socket.removeListener('close', socketCloseListener);
      socket.removeListener('error', socketErrorListener);
      socket._httpMessage = null;
      socket.readableFlowing = null;
      req.emit(eventName, res, socket, bodyHead);
      req.destroyed = true;
      emitCloseOnce(req);
    } else {
      // Nobody handles the new protocol: close the connection.
      socket.destroy();
    }
  } else if (incoming && incoming.complete && !statusIsInformational(incoming.statusCode)) {
    // The whole response is in; further bytes are the server's business, not ours.
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    freeParser(parser, req, socket);
  }
}

function statusIsInformational(status) {
  // 101 Switching Protocols ends the exchange; the other 1xx precede the real response.
  return status < 200 && status >= 100 && status !== 101;
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

function freeParser(parser, req, socket) {
  if (typeof common.freeParser === 'function') {
    common.freeParser(parser, req, socket);
    return;
  }
  if (parser._consumed) parser.unconsume();
  parser.onIncoming = null;
  parser.socket = null;
  parser.outgoing = null;
  parser.incoming = null;
  if (req) req.parser = null;
  if (socket) socket.parser = null;
  common.parsers.free(parser);
}

// The parser's callback once a response's headers are in. Returns 1 to skip the body
// (HEAD, 1xx), 2 to skip body and stop (CONNECT), 0 to read the body.
function parserOnIncomingClient(res, shouldKeepAlive) {
  const socket = this.socket;
  const req = socket._httpMessage;

  if (req.res) {
    // A second response on the socket before the first was read: the server is broken.
    socket.destroy();
    return 0;
  }
  req.res = res;

  // 101: the socket changes hands in socketOnData; no body, no 'response'.
  if (res.upgrade) return 2;

  if (req.method === 'CONNECT') {
    res.upgrade = true;
    return 2;
  }

  if (statusIsInformational(res.statusCode)) {
    req.res = null;
    if (res.statusCode === 100) req.emit('continue');
    req.emit('information', {
      statusCode: res.statusCode,
      statusMessage: res.statusMessage,
      httpVersion: res.httpVersion,
      httpVersionMajor: res.httpVersionMajor,
      httpVersionMinor: res.httpVersionMinor,
      headers: res.headers,
      rawHeaders: res.rawHeaders,
    });
    return 1;
  }

  if (req.shouldKeepAlive && !shouldKeepAlive && !req.upgradeOrConnect) {
    // The server closes after this response: the socket cannot go back to the pool.
    req.shouldKeepAlive = false;
  }

  res.req = req;
  if (req[kPerfStart] !== undefined) {
    const start = req[kPerfStart];
    req[kPerfStart] = undefined;
    const { createPerfEntry } = require('internal/net/util');
    lazyObserve().enqueue(createPerfEntry('http', 'HttpClient', start,
      require('internal/perf/utils').now() - start, {
        req: req[kPerfReq],
        res: { statusCode: res.statusCode, statusMessage: res.statusMessage, headers: res.headers },
      }));
  }
  res.on('end', responseOnEnd);
  req.on('finish', requestOnFinish);
  socket.on('timeout', responseOnTimeout);

  if (req.aborted || !req.emit('response', res)) res._dump();

  if (req.method === 'HEAD') return 1;
  // 304 never has a body, whatever its Content-Length says.
  if (res.statusCode === 304) {
    res.complete = true;
    return 1;
  }
  return 0;
}

function responseOnTimeout() {
  const req = this._httpMessage;
  if (!req) return;
  const res = req.res;
  if (!res) return;
  res.emit('timeout');
}

// Both the request is sent and the response read: the socket is free for the next one.
function responseKeepAlive(req) {
  const socket = req.socket;
  socket.removeListener('close', socketCloseListener);
  socket.removeListener('error', socketErrorListener);
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.removeListener('drain', ondrain);
  if (req.timeoutCb) {
    socket.removeListener('timeout', req.timeoutCb);
    req.timeoutCb = null;
  }
  socket.removeListener('timeout', responseOnTimeout);
  // Errors while the socket idles in the pool are the agent's business; until it takes
  // the socket (next tick), swallow them.
  socket.once('error', noop);
  req.destroyed = true;
  if (req.res) {
    // Detach so a late 'close' on the socket does not reach this response.
    req.res.socket = socket;
  }
  process.nextTick(() => {
    socket.removeListener('error', noop);
    emitCloseOnce(req);
    if (req.res && !req.res.destroyed && typeof req.res._closeAfterEnd === 'function') {
      req.res._closeAfterEnd();
    }
    if (req.socket) req.socket.emit('free');
  });
}

function noop() {}

function responseOnEnd() {
  const req = this.req;
  const socket = req.socket;
  // The exchange is over: setTimeout on the request no longer touches the socket.
  req._ended = true;
  if (!socket) return;
  if (req.timeoutCb) {
    socket.removeListener('timeout', req.timeoutCb);
    req.timeoutCb = null;
  }
  socket.removeListener('timeout', responseOnTimeout);
  if (!req.shouldKeepAlive) {
    if (socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req.writableFinished && !this.aborted) {
    responseKeepAlive(req);
  }
}

function requestOnFinish() {
  const req = this;
  if (req.shouldKeepAlive && req.res && req.res.complete) responseKeepAlive(req);
}

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this._ended) return this;
  listenSocketTimeout(this);
  msecs = timerDuration(msecs, 'msecs');
  if (callback) this.once('timeout', callback);
  if (this.socket) setSocketTimeout(this.socket, msecs);
  else this.once('socket', (socket) => setSocketTimeout(socket, msecs));
  return this;
};

function setSocketTimeout(socket, msecs) {
  if (socket.connecting) socket.once('connect', () => socket.setTimeout(msecs));
  else socket.setTimeout(msecs);
}

// Socket methods called before there is a connected socket wait for it.
ClientRequest.prototype._deferToConnect = function _deferToConnect(method, args) {
  const call = () => {
    if (method) this.socket[method](...args);
  };
  const onSocket = () => {
    if (this.socket.writable && !this.socket.connecting) call();
    else this.socket.once('connect', call);
  };
  if (!this.socket) this.once('socket', onSocket);
  else onSocket();
};

ClientRequest.prototype.setNoDelay = function setNoDelay(noDelay) {
  this._deferToConnect('setNoDelay', [noDelay]);
};

ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive(enable, initialDelay) {
  this._deferToConnect('setKeepAlive', [enable, initialDelay]);
};

ClientRequest.prototype.clearTimeout = function clearTimeout(cb) {
  this.setTimeout(0, cb);
};

module.exports = { ClientRequest, Agent };
