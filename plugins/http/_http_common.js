'use strict';
// What the server and the client share: the llhttp parser (native, see parser.c for its
// contract) with the JS callbacks that turn its output into IncomingMessages, a pool of
// parsers, and the token/header-value checks.
//
// Parser life on a socket: `parsers.alloc()`, `parser.initialize(type, {}, maxHeaderSize,
// lenient)`, set `parser.socket`, `parser.onIncoming(incoming, shouldKeepAlive)` (returns
// 0 read body / 1 skip body / 2 skip body and stop), `execute(buffer)` for each read,
// `finish()` at end, then `freeParser(parser, req, socket)`.

const { HTTPParser } = binding;
const { IncomingMessage, readStart, readStop } = require('_http_incoming');

const kIncomingMessage = Symbol('IncomingMessage');
const kOutHeaders = Symbol('kOutHeaders');
const kSkipPendingData = Symbol('SkipPendingData');
const methods = HTTPParser.methods;

const CRLF = '\r\n';
const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;
const continueExpression = /(?:^|\W)100-continue(?:$|\W)/i;

// Each callback runs with `this` = parser (see parser.c).
function onHeadersComplete(
  versionMajor, versionMinor, method, url, statusCode, statusMessage, upgrade,
  shouldKeepAlive, ...headers) {
  // A long head comes as one array (see parser.c); names and values are never arrays.
  if (headers.length === 1) headers = headers[0];
  const socket = this.socket;
  const Ctor = (socket && socket.server && socket.server[kIncomingMessage]) || IncomingMessage;
  const incoming = this.incoming = new Ctor(socket);
  incoming.httpVersionMajor = versionMajor;
  incoming.httpVersionMinor = versionMinor;
  incoming.httpVersion = versionMajor === 1 && versionMinor === 1 ? '1.1' :
    `${versionMajor}.${versionMinor}`;
  incoming.joinDuplicateHeaders = this.joinDuplicateHeaders;
  incoming.url = url === undefined ? '' : url;
  incoming.upgrade = upgrade;

  let n = headers.length;
  const max = this.maxHeaderPairs;
  if (max > 0 && n > max) n = max;
  incoming._addHeaderLines(headers, n);

  if (method !== undefined) {
    incoming.method = methods[method];
  } else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  return this.onIncoming(incoming, shouldKeepAlive);
}

function onBody(buf) {
  const stream = this.incoming;
  if (!stream || stream._dumped) return;
  if (!stream.push(buf)) readStop(this.socket);
}

function onMessageComplete(trailers) {
  const stream = this.incoming;
  if (!stream) return;
  stream.complete = true;
  if (trailers !== undefined) stream._addHeaderLines(trailers, trailers.length, true);
  // The message is done even if nobody reads it: 'end' comes after the last data.
  stream.push(null);
  readStart(this.socket);
  // parser.incoming stays set: after execute() the server and the client look at it to
  // see whether the message was an upgrade/CONNECT (the next head replaces it).
}

// The parser finds its callbacks under node's integer keys; the names stay for readers.
HTTPParser.prototype[HTTPParser.kOnHeadersComplete] = onHeadersComplete;
HTTPParser.prototype[HTTPParser.kOnBody] = onBody;
HTTPParser.prototype[HTTPParser.kOnMessageComplete] = onMessageComplete;
HTTPParser.prototype.onHeadersComplete = onHeadersComplete;
HTTPParser.prototype.onBody = onBody;
HTTPParser.prototype.onMessageComplete = onMessageComplete;

// A small free list: a parser per connection, reused across connections.
class FreeList {
  constructor(name, max, ctor) {
    this.name = name;
    this.ctor = ctor;
    this.max = max;
    this.list = [];
  }

  alloc() {
    return this.list.length > 0 ? this.list.pop() : this.ctor();
  }

  free(obj) {
    if (this.list.length < this.max) {
      this.list.push(obj);
      return true;
    }
    return false;
  }
}

const parsers = new FreeList('parsers', 1000, function parsersCb() {
  const parser = new HTTPParser();
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.maxHeaderPairs = 0;
  parser.onIncoming = null;
  parser.joinDuplicateHeaders = undefined;
  parser._consumed = false;
  return parser;
});

function closeParserInstance(parser) { parser.close(); }

// Gives a parser back to the pool, cutting its links so nothing it held stays alive.
function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    parser._consumed = false;
    parser.onIncoming = null;
    parser.socket = null;
    parser.incoming = null;
    parser.outgoing = null;
    parser.joinDuplicateHeaders = undefined;
    if (parsers.free(parser) === false) closeParserInstance(parser);
    else parser.close();
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(val) {
  return typeof val === 'string' && tokenRegExp.test(val);
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

let insecureHTTPParser;
function isLenient() {
  if (insecureHTTPParser === undefined) {
    insecureHTTPParser = process.execArgv.includes('--insecure-http-parser');
  }
  return insecureHTTPParser;
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression,
  continueExpression,
  CRLF,
  freeParser,
  methods,
  parsers,
  kIncomingMessage,
  kOutHeaders,
  kSkipPendingData,
  HTTPParser,
  isLenient,
  prepareError,
  FreeList,
};
