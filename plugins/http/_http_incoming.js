'use strict';
// http.IncomingMessage: a request (server side) or a response (client side) as a
// Readable. The parser hands over the head as one flat [name, value, ...] array;
// `headers`, `headersDistinct`, `trailers` and `trailersDistinct` are built from it
// only when someone asks (most servers never read most of them).

const { Readable } = require('stream');

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

// Only when the state changes: resume()/pause() on a flowing socket is not free and
// this runs once per message.
function readStart(socket) {
  if (socket && !socket._paused && socket.readable && socket.readableFlowing === false) {
    socket.resume();
  }
}

function readStop(socket) {
  if (socket && socket.readableFlowing !== false) socket.pause();
}

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) {
    streamOptions = { highWaterMark: socket.readableHighWaterMark };
  }
  Readable.call(this, streamOptions);

  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;

  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this[kHeadersDistinct] = null;
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this[kTrailersDistinct] = null;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  __proto__: null,
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

function buildHeaders(raw, count, join) {
  const dest = {};
  for (let i = 0; i < count; i += 2) addHeaderLine(raw[i], raw[i + 1], dest, join);
  return dest;
}

function buildDistinct(raw, count) {
  const dest = {};
  for (let i = 0; i < count; i += 2) {
    const name = raw[i].toLowerCase();
    if (!hasOwn(dest, name)) dest[name] = [raw[i + 1]];
    else dest[name].push(raw[i + 1]);
  }
  return dest;
}

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  __proto__: null,
  get() {
    if (!this[kHeaders]) {
      this[kHeaders] = buildHeaders(this.rawHeaders, this[kHeadersCount], this.joinDuplicateHeaders);
    }
    return this[kHeaders];
  },
  set(val) { this[kHeaders] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  __proto__: null,
  get() {
    if (!this[kHeadersDistinct]) {
      this[kHeadersDistinct] = buildDistinct(this.rawHeaders, this[kHeadersCount]);
    }
    return this[kHeadersDistinct];
  },
  set(val) { this[kHeadersDistinct] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  __proto__: null,
  get() {
    if (!this[kTrailers]) {
      this[kTrailers] = buildHeaders(this.rawTrailers, this[kTrailersCount], this.joinDuplicateHeaders);
    }
    return this[kTrailers];
  },
  set(val) { this[kTrailers] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', {
  __proto__: null,
  get() {
    if (!this[kTrailersDistinct]) {
      this[kTrailersDistinct] = buildDistinct(this.rawTrailers, this[kTrailersCount]);
    }
    return this[kTrailersDistinct];
  },
  set(val) { this[kTrailersDistinct] = val; },
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  // The parser stops the socket when we push more than fits; reading resumes it.
  if (this.socket && this.socket.readable) readStart(this.socket);
};

// A request or response cut short says 'aborted'; the error reaches 'error' only when
// someone listens for it, so an unread message never crashes the process.
IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const onclose = () => {
      this.socket.removeListener('close', onclose);
      process.nextTick(onError, this, err, cb);
    };
    this.socket.on('close', onclose);
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

function onError(self, error, cb) {
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n, trailers) {
  if (trailers) {
    this.rawTrailers = n === headers.length ? headers : headers.slice(0, n);
    this[kTrailersCount] = n;
    this[kTrailers] = null;
    this[kTrailersDistinct] = null;
  } else {
    this.rawHeaders = n === headers.length ? headers : headers.slice(0, n);
    this[kHeadersCount] = n;
    this[kHeaders] = null;
    this[kHeadersDistinct] = null;
  }
};

// Headers whose duplicates are dropped (the first one wins), as node does.
const singleValued = new Set([
  'content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
  'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location',
  'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires',
]);

function addHeaderLine(field, value, dest, joinDuplicateHeaders) {
  const name = field.toLowerCase();
  // Own properties only: a header named "constructor" is not Object's.
  const cur = hasOwn(dest, name) ? dest[name] : undefined;
  if (cur === undefined) {
    dest[name] = name === 'set-cookie' ? [value] : value;
    return;
  }
  if (joinDuplicateHeaders) {
    if (name === 'set-cookie') cur.push(value);
    else dest[name] = `${cur}, ${value}`;
    return;
  }
  if (name === 'set-cookie') {
    cur.push(value);
  } else if (name === 'cookie') {
    dest[name] = `${cur}; ${value}`;
  } else if (!singleValued.has(name)) {
    dest[name] = `${cur}, ${value}`;
  }
}

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  addHeaderLine(field, value, dest, this.joinDuplicateHeaders);
};

// Reads and drops the rest of the body so the connection can carry the next message.
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = { IncomingMessage, readStart, readStop };
