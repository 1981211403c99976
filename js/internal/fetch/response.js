'use strict';
// Response (Fetch §5.5). Responses made by fetch() carry the URL list and immutable
// headers; those made by scripts have type 'default' and an empty URL.

const { Headers, fill, setGuard, getRaw, appendRaw } = require('internal/fetch/headers');
const {
  kBody, kHeaders, extractBody, installBodyMixin, getBody, bodyUsed, isUnusable, cloneBody,
} = require('internal/fetch/body');
const { illegalInvocation } = require('internal/fetch/webidl');
const { parseURL, checkInit } = require('internal/fetch/request');

const kState = Symbol('response state');
const nullBodyStatus = [101, 103, 204, 205, 304];
const redirectStatus = [301, 302, 303, 307, 308];
// RFC 9112 reason-phrase: HTAB, SP, VCHAR, obs-text.
const reasonRe = /^[\t\x20-\x7E\x80-\xFF]*$/;

function checkThis(self) {
  if (self === null || typeof self !== 'object' || !(kState in self)) throw illegalInvocation();
}

// WebIDL `unsigned short` conversion of init.status (modulo 2^16).
function toUnsignedShort(v) {
  const n = Number(v);
  if (!Number.isFinite(n) || n === 0) return 0;
  const i = Math.trunc(n);
  return ((i % 65536) + 65536) % 65536;
}

// The spec's "initialize a response".
function initialize(response, init, body) {
  const status = init.status !== undefined ? toUnsignedShort(init.status) : 200;
  if (status < 200 || status > 599) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  const statusText = init.statusText !== undefined ? `${init.statusText}` : '';
  if (!reasonRe.test(statusText)) throw new TypeError('Invalid statusText');
  response[kState].status = status;
  response[kState].statusText = statusText;
  if (init.headers !== undefined) fill(response[kHeaders], init.headers);
  if (body !== null) {
    if (nullBodyStatus.includes(status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${status}`);
    }
    response[kBody] = body.body;
    if (body.type !== null && getRaw(response[kHeaders], 'content-type') === null) {
      appendRaw(response[kHeaders], 'content-type', body.type);
    }
  }
}

// A Response object with the given internal state, headers guarded by `guard`.
function makeResponse(fields, guard) {
  const response = Object.create(Response.prototype);
  response[kState] = {
    type: 'default', status: 200, statusText: '', urlList: [], redirected: false, ...fields,
  };
  const headers = new Headers();
  setGuard(headers, guard);
  response[kHeaders] = headers;
  response[kBody] = null;
  return response;
}

class Response {
  constructor(body = null, init = {}) {
    // node names no interface in this one message.
    init = checkInit(init, 'undefined');
    this[kState] = { type: 'default', status: 200, statusText: '', urlList: [], redirected: false };
    const headers = new Headers();
    setGuard(headers, 'response');
    this[kHeaders] = headers;
    this[kBody] = null;
    initialize(this, init, body === null ? null : extractBody(body));
  }

  static error() {
    const r = makeResponse({ type: 'error', status: 0 }, 'immutable');
    return r;
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    init = checkInit(init, 'Response.json');
    const r = makeResponse({}, 'response');
    const body = extractBody(text);
    initialize(r, init, { body: body.body, type: 'application/json' });
    return r;
  }

  static redirect(url, status = 302) {
    const parsed = parseURL(`${url}`);
    status = toUnsignedShort(status);
    if (!redirectStatus.includes(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = makeResponse({ status }, 'immutable');
    appendRaw(r[kHeaders], 'location', parsed.href);
    return r;
  }

  get type() { checkThis(this); return this[kState].type; }
  get url() {
    checkThis(this);
    const list = this[kState].urlList;
    if (list.length === 0) return '';
    const url = list[list.length - 1];
    const hash = url.indexOf('#');
    return hash === -1 ? url : url.slice(0, hash);
  }
  get redirected() { checkThis(this); return this[kState].urlList.length > 1; }
  get status() { checkThis(this); return this[kState].status; }
  get ok() { checkThis(this); return this[kState].status >= 200 && this[kState].status <= 299; }
  get statusText() { checkThis(this); return this[kState].statusText; }
  get headers() { checkThis(this); return this[kHeaders]; }
  get body() { checkThis(this); return getBody(this); }
  get bodyUsed() { checkThis(this); return bodyUsed(this); }

  clone() {
    checkThis(this);
    if (isUnusable(this)) throw new TypeError('Response.clone: Body has already been consumed.');
    const { getGuard } = require('internal/fetch/headers');
    const copy = makeResponse({ ...this[kState], urlList: this[kState].urlList.slice() },
      getGuard(this[kHeaders]));
    const headers = new Headers(this[kHeaders]);
    setGuard(headers, getGuard(this[kHeaders]));
    copy[kHeaders] = headers;
    copy[kBody] = cloneBody(this[kBody]);
    return copy;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `Response ${inspect({
      status: this.status, statusText: this.statusText, headers: this.headers, body: this.body,
      bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url,
    }, options)}`;
  }
}

installBodyMixin(Response);
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });

module.exports = { Response, makeResponse, kState };
