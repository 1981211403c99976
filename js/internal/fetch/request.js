'use strict';
// Request (Fetch §5.4). There is no document, so there is no base URL and no origin:
// relative URLs fail, and mode/credentials/referrer are only stored and reported.

const { Headers, fill, setGuard, getRaw, appendRaw, kList } = require('internal/fetch/headers');
const {
  kBody, kHeaders, extractBody, installBodyMixin, getBody, bodyUsed, isUnusable, cloneBody,
} = require('internal/fetch/body');
const { illegalInvocation, requireArgs, toEnum, toUSVString } = require('internal/fetch/webidl');

const kState = Symbol('request state');
const kSignal = Symbol('signal');

const forbiddenMethods = ['CONNECT', 'TRACE', 'TRACK'];
const normalizedMethods = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
const methodRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function checkThis(self) {
  if (self === null || typeof self !== 'object' || !(kState in self)) throw illegalInvocation();
}

function checkInit(init, what) {
  if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError(`${what}: Expected ${typeof init === 'string' ? init : String(init)} ` +
      'to be one of: Null, Undefined, Object.');
  }
  return init == null ? {} : init;
}

function parseURL(input) {
  const { URL } = require('internal/url');
  try {
    return new URL(input);
  } catch (cause) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause });
  }
}

// A Request signal follows the init/input signal: aborting that aborts this one with
// the same reason.
function followSignal(source) {
  const { AbortController } = require('internal/abort_controller');
  const ac = new AbortController();
  if (source != null) {
    if (source.aborted) {
      ac.abort(source.reason);
    } else {
      source.addEventListener('abort', () => ac.abort(source.reason), { once: true });
    }
  }
  return ac.signal;
}

let patchWarned = false;

class Request {
  constructor(input, init = {}) {
    requireArgs(arguments.length, 1, 'Request constructor');
    init = checkInit(init, 'Request constructor');
    let state;
    let inputSignal = null;
    let inputRequest = null;
    if (input instanceof Request) {
      inputRequest = input;
      const s = input[kState];
      state = { ...s, urlList: s.urlList.slice() };
      inputSignal = input[kSignal];
    } else {
      const url = parseURL(toUSVString(input));
      if (url.username !== '' || url.password !== '') {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      state = {
        method: 'GET', urlList: [url.href], mode: 'cors', credentials: 'same-origin',
        cache: 'default', redirect: 'follow', referrer: 'about:client', referrerPolicy: '',
        integrity: '', keepalive: false, reloadNavigation: false, historyNavigation: false,
      };
    }
    if (init.window !== undefined && init.window !== null) {
      throw new TypeError("'window' option 'client' must be null");
    }
    if (init.referrer !== undefined) {
      const referrer = `${init.referrer}`;
      state.referrer = referrer === '' ? 'no-referrer' : parseURL(referrer).href;
    }
    if (init.referrerPolicy !== undefined) {
      state.referrerPolicy = toEnum(init.referrerPolicy, ['', 'no-referrer', 'no-referrer-when-downgrade',
        'same-origin', 'origin', 'strict-origin', 'origin-when-cross-origin',
        'strict-origin-when-cross-origin', 'unsafe-url'], 'Request constructor');
    }
    if (init.mode !== undefined) {
      if (`${init.mode}` === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
      state.mode = toEnum(init.mode, ['navigate', 'same-origin', 'no-cors', 'cors'], 'Request constructor');
    }
    if (init.credentials !== undefined) {
      state.credentials = toEnum(init.credentials, ['omit', 'same-origin', 'include'], 'Request constructor');
    }
    if (init.cache !== undefined) {
      state.cache = toEnum(init.cache, ['default', 'no-store', 'reload', 'no-cache', 'force-cache',
        'only-if-cached'], 'Request constructor');
      if (state.cache === 'only-if-cached' && state.mode !== 'same-origin') {
        throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
      }
    }
    if (init.redirect !== undefined) {
      state.redirect = toEnum(init.redirect, ['follow', 'manual', 'error'], 'Request constructor');
    }
    if (init.integrity !== undefined) state.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) state.keepalive = Boolean(init.keepalive);
    if (init.method !== undefined) {
      let method = init.method;
      if (typeof method !== 'string') method = `${method}`;
      if (!methodRe.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const upper = method.toUpperCase();
      if (forbiddenMethods.includes(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      if (normalizedMethods.includes(upper)) method = upper;
      if (method === 'patch' && !patchWarned) {
        patchWarned = true;
        process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. ' +
          '`PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
      }
      state.method = method;
    }
    let signal = inputSignal;
    if (init.signal !== undefined) {
      signal = init.signal;
      const { AbortSignal } = require('internal/abort_controller');
      if (signal !== null && !(signal instanceof AbortSignal)) {
        throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
      }
    }
    this[kState] = state;
    this[kSignal] = followSignal(signal);

    // Headers: a copy of the input's, replaced by init.headers when given.
    const headers = new Headers();
    setGuard(headers, 'request');
    if (init.headers !== undefined) {
      fill(headers, init.headers);
    } else if (inputRequest !== null) {
      for (const [k, vs] of inputRequest[kHeaders][kList]) for (const v of vs) appendRaw(headers, k, v);
    }
    this[kHeaders] = headers;

    const inputBody = inputRequest !== null ? inputRequest[kBody] : null;
    if ((init.body != null || inputBody !== null) &&
        (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let body = null;
    if (init.body != null) {
      const extracted = extractBody(init.body);
      body = extracted.body;
      if (extracted.type !== null && getRaw(headers, 'content-type') === null) {
        appendRaw(headers, 'content-type', extracted.type);
      }
    }
    const finalBody = body !== null ? body : inputBody;
    if (finalBody !== null && finalBody.source === null) {
      if (init.duplex === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
    }
    if (init.duplex !== undefined) toEnum(init.duplex, ['half'], 'Request constructor');
    if (body === null && inputBody !== null) {
      if (isUnusable(inputRequest)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      // The input's body moves here and the input counts as used, as when the spec
      // pipes it through an identity transform.
      if (inputBody.stream === null) {
        body = { stream: null, source: inputBody.source, length: inputBody.length };
        inputBody.consumed = true;
      } else {
        const { TransformStream } = require('internal/webstreams/transformstream');
        const { readable, writable } = new TransformStream();
        inputBody.stream.pipeTo(writable).catch(() => {});
        body = { stream: readable, source: null, length: inputBody.length };
      }
    }
    this[kBody] = body;
  }

  get method() { checkThis(this); return this[kState].method; }
  get url() { checkThis(this); return this[kState].urlList[0]; }
  get headers() { checkThis(this); return this[kHeaders]; }
  get destination() { checkThis(this); return ''; }
  get referrer() {
    checkThis(this);
    const r = this[kState].referrer;
    return r === 'no-referrer' ? '' : r;
  }
  get referrerPolicy() { checkThis(this); return this[kState].referrerPolicy; }
  get mode() { checkThis(this); return this[kState].mode; }
  get credentials() { checkThis(this); return this[kState].credentials; }
  get cache() { checkThis(this); return this[kState].cache; }
  get redirect() { checkThis(this); return this[kState].redirect; }
  get integrity() { checkThis(this); return this[kState].integrity; }
  get keepalive() { checkThis(this); return this[kState].keepalive; }
  get isReloadNavigation() { checkThis(this); return this[kState].reloadNavigation; }
  get isHistoryNavigation() { checkThis(this); return this[kState].historyNavigation; }
  get signal() { checkThis(this); return this[kSignal]; }
  get body() { checkThis(this); return getBody(this); }
  get bodyUsed() { checkThis(this); return bodyUsed(this); }
  get duplex() { checkThis(this); return 'half'; }

  clone() {
    checkThis(this);
    if (isUnusable(this)) throw new TypeError('unusable');  // node's wording
    const copy = Object.create(Request.prototype);
    copy[kState] = { ...this[kState], urlList: this[kState].urlList.slice() };
    copy[kSignal] = followSignal(this[kSignal]);
    const headers = new Headers(this[kHeaders]);
    setGuard(headers, 'request');
    copy[kHeaders] = headers;
    copy[kBody] = cloneBody(this[kBody]);
    return copy;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `Request ${inspect({
      method: this.method, url: this.url, headers: this.headers, destination: this.destination,
      referrer: this.referrer, referrerPolicy: this.referrerPolicy, mode: this.mode,
      credentials: this.credentials, cache: this.cache, redirect: this.redirect,
      integrity: this.integrity, keepalive: this.keepalive,
      isReloadNavigation: this.isReloadNavigation, isHistoryNavigation: this.isHistoryNavigation,
      signal: this.signal,
    }, options)}`;
  }
}

installBodyMixin(Request);
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

module.exports = { Request, kState, kSignal, parseURL, checkInit };
