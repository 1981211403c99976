'use strict';
// The http module: the server (_http_server), the client (_http_client, _http_agent)
// and what they share, re-exported with node's names.

const { validateInteger } = require('internal/validators');
const { methods, parsers } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const { Server, ServerResponse, _connectionListener, STATUS_CODES } = require('_http_server');

// node's list (sorted); llhttp 8.1 knows all of them but QUERY.
const METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS',
  'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT',
  'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
];
void methods;

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

let client;
function loadClient() {
  if (!client) {
    const c = require('_http_client');
    const a = require('_http_agent');
    client = { ClientRequest: c.ClientRequest, Agent: a.Agent, globalAgent: a.globalAgent };
  }
  return client;
}

function request(url, options, cb) {
  return new (loadClient().ClientRequest)(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

let maxHeaderSize;

module.exports = {
  _connectionListener,
  METHODS,
  STATUS_CODES,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    validateInteger(max, 'max', 1);
    parsers.max = max;
  },
};

Object.defineProperties(module.exports, {
  Agent: { __proto__: null, configurable: true, enumerable: true, get() { return loadClient().Agent; } },
  ClientRequest: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return loadClient().ClientRequest; },
  },
  maxHeaderSize: {
    __proto__: null, configurable: true, enumerable: true,
    get() {
      if (maxHeaderSize === undefined) maxHeaderSize = 16384;
      return maxHeaderSize;
    },
  },
  globalAgent: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return loadClient().globalAgent; },
    set(value) { loadClient().globalAgent = value; require('_http_agent').globalAgent = value; },
  },
});
