'use strict';
// WHATWG URL and URLSearchParams (globals and require('url')), plus the file-URL
// helpers the module loader uses. Parsing and serializing live in
// internal/url/parser; this file holds the classes and their setters.

const { codes, E } = require('internal/errors');
const parser = require('internal/url/parser');
const { S, FAILURE, basicParse, serializeURL, serializePath, serializeOrigin, cloneRecord } = parser;

if (!codes.ERR_INVALID_TUPLE) E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
if (!codes.ERR_ARG_NOT_ITERABLE) E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
if (!codes.ERR_INVALID_FILE_URL_HOST) E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
const {
  ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_FILE_URL_HOST,
  ERR_INVALID_FILE_URL_PATH, ERR_INVALID_THIS, ERR_INVALID_TUPLE, ERR_INVALID_URL,
  ERR_INVALID_URL_SCHEME, ERR_MISSING_ARGS,
} = codes;

let inspectFn;
function lazyInspect() {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn;
}
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// USVString conversion: lone surrogates become U+FFFD.
function toUSVString(value) {
  const str = `${value}`;
  return str.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function invalidURL(input, base) {
  const err = new ERR_INVALID_URL();
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

const kRecord = Symbol('kRecord');

function parseOrThrow(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicParse(base, null);
    if (baseRecord === FAILURE) throw invalidURL(input, base);
  }
  const record = basicParse(input, baseRecord);
  if (record === FAILURE) throw invalidURL(input, base);
  return record;
}

// Opaque paths lose trailing spaces once nothing follows them.
function stripTrailingSpaces(record) {
  if (!record.opaque || record.fragment !== null || record.query !== null) return;
  record.path = record.path.replace(/ +$/, '');
}

class URL {
  #record;
  #searchParams;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    this.#record = parseOrThrow(input, base);
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toUSVString(url);
    let baseRecord = null;
    if (base !== undefined) {
      baseRecord = basicParse(toUSVString(base), null);
      if (baseRecord === FAILURE) return false;
    }
    return basicParse(url, baseRecord) !== FAILURE;
  }

  static createObjectURL(obj) {
    const blob = require('internal/url/blob-registry');
    return blob.create(obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const blob = require('internal/url/blob-registry');
    blob.revoke(url);
  }

  // The record, for other internal modules (http, fs, the loader).
  get [kRecord]() {
    return this.#record;
  }

  #setRecord(record) {
    this.#record = record;
    if (this.#searchParams) this.#searchParams[kUpdateList](record.query);
  }

  // Runs a setter as the spec does, in place: a failure stops the parse but keeps
  // what was already set ("example.com:bad" still changes the host).
  #tryParse(input, state, prepare) {
    const copy = cloneRecord(this.#record);
    if (prepare) prepare(copy);
    basicParse(input, null, copy, state);
    this.#setRecord(copy);
  }

  [customInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = Object.getPrototypeOf(this) && Object.getPrototypeOf(this).constructor || URL;
    const obj = { __proto__: { constructor: ctor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${ctor.name} ${lazyInspect()(obj, opts)}`;
  }

  toString() {
    return serializeURL(this.#record);
  }

  get href() {
    return serializeURL(this.#record);
  }

  set href(value) {
    value = toUSVString(value);
    const record = basicParse(value, null);
    if (record === FAILURE) throw invalidURL(value);
    this.#setRecord(record);
  }

  get origin() {
    return serializeOrigin(this.#record);
  }

  get protocol() {
    return `${this.#record.scheme}:`;
  }

  set protocol(value) {
    this.#tryParse(`${toUSVString(value)}:`, S.SCHEME_START);
  }

  get username() {
    return this.#record.username;
  }

  set username(value) {
    const r = this.#record;
    if (r.host === null || r.host === '' || r.scheme === 'file') return;
    r.username = parser.encodeString(toUSVString(value), parser.isUserinfoSet);
  }

  get password() {
    return this.#record.password;
  }

  set password(value) {
    const r = this.#record;
    if (r.host === null || r.host === '' || r.scheme === 'file') return;
    r.password = parser.encodeString(toUSVString(value), parser.isUserinfoSet);
  }

  get host() {
    const r = this.#record;
    if (r.host === null) return '';
    return r.port === null ? r.host : `${r.host}:${r.port}`;
  }

  set host(value) {
    if (this.#record.opaque) return;
    this.#tryParse(toUSVString(value), S.HOST);
  }

  get hostname() {
    const r = this.#record;
    return r.host === null ? '' : r.host;
  }

  set hostname(value) {
    if (this.#record.opaque) return;
    this.#tryParse(toUSVString(value), S.HOSTNAME);
  }

  get port() {
    const r = this.#record;
    return r.port === null ? '' : String(r.port);
  }

  set port(value) {
    const r = this.#record;
    if (r.host === null || r.host === '' || r.scheme === 'file') return;
    value = toUSVString(value);
    if (value === '') {
      r.port = null;
      return;
    }
    this.#tryParse(value, S.PORT);
  }

  get pathname() {
    return serializePath(this.#record);
  }

  set pathname(value) {
    if (this.#record.opaque) return;
    this.#tryParse(toUSVString(value), S.PATH_START, (copy) => { copy.path = []; });
  }

  get search() {
    const q = this.#record.query;
    return q === null || q === '' ? '' : `?${q}`;
  }

  set search(value) {
    value = toUSVString(value);
    if (value === '') {
      const copy = cloneRecord(this.#record);
      copy.query = null;
      stripTrailingSpaces(copy);
      this.#setRecord(copy);
      return;
    }
    const input = value[0] === '?' ? value.slice(1) : value;
    this.#tryParse(input, S.QUERY, (copy) => { copy.query = ''; });
  }

  get searchParams() {
    if (this.#searchParams === undefined) {
      this.#searchParams = new URLSearchParams();
      this.#searchParams[kAttach](this, this.#record.query);
    }
    return this.#searchParams;
  }

  get hash() {
    const f = this.#record.fragment;
    return f === null || f === '' ? '' : `#${f}`;
  }

  set hash(value) {
    value = toUSVString(value);
    if (value === '') {
      const copy = cloneRecord(this.#record);
      copy.fragment = null;
      stripTrailingSpaces(copy);
      this.#record = copy;
      return;
    }
    const input = value[0] === '#' ? value.slice(1) : value;
    this.#tryParse(input, S.FRAGMENT, (copy) => { copy.fragment = ''; });
  }

  toJSON() {
    return serializeURL(this.#record);
  }

  // Called by URLSearchParams when its list changes.
  [Symbol.for('nodus.url.setQuery')](query) {
    const copy = cloneRecord(this.#record);
    copy.query = query;
    if (query === null) stripTrailingSpaces(copy);
    this.#record = copy;
  }
}

const kEnumerable = { enumerable: true };
Object.defineProperties(URL.prototype, {
  [Symbol.toStringTag]: { configurable: true, value: 'URL' },
  toString: kEnumerable, href: kEnumerable, origin: kEnumerable, protocol: kEnumerable,
  username: kEnumerable, password: kEnumerable, host: kEnumerable, hostname: kEnumerable,
  port: kEnumerable, pathname: kEnumerable, search: kEnumerable, searchParams: kEnumerable,
  hash: kEnumerable, toJSON: kEnumerable,
});
Object.defineProperties(URL, {
  canParse: { enumerable: true, configurable: true, writable: true },
  createObjectURL: kEnumerable,
  revokeObjectURL: kEnumerable,
});

const kSetQuery = Symbol.for('nodus.url.setQuery');
const kAttach = Symbol('kAttach');
const kUpdateList = Symbol('kUpdateList');

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // empty
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && init instanceof URLSearchParams) {
        this.#list = init.#list.map((pair) => pair.slice());
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of Reflect.apply(method, init, [])) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = Array.from(pair);
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push([toUSVString(items[0]), toUSVString(items[1])]);
        }
      } else {
        // A record: own enumerable string keys, later duplicates win.
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string') continue;
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          if (seen.has(name)) this.#list[seen.get(name)][1] = value;
          else {
            seen.set(name, this.#list.length);
            this.#list.push([name, value]);
          }
        }
      }
    } else {
      init = toUSVString(init);
      if (init[0] === '?') init = init.slice(1);
      this.#list = parser.parseUrlencoded(init);
    }
  }

  [kAttach](url, query) {
    this.#url = url;
    this.#list = query ? parser.parseUrlencoded(query) : [];
  }

  [kUpdateList](query) {
    this.#list = query ? parser.parseUrlencoded(query) : [];
  }

  #update() {
    if (this.#url === null) return;
    const serialized = parser.serializeUrlencoded(this.#list);
    this.#url[kSetQuery](serialized === '' ? null : serialized);
  }

  static #check(self) {
    if (self == null || typeof self !== 'object' || !(#list in self)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#list.length;
  }

  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push([toUSVString(name), toUSVString(value)]);
    this.#update();
  }

  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      this.#list = this.#list.filter((p) => p[0] !== name || p[1] !== value);
    } else {
      this.#list = this.#list.filter((p) => p[0] !== name);
    }
    this.#update();
  }

  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const pair = this.#list.find((p) => p[0] === name);
    return pair === undefined ? null : pair[1];
  }

  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    return this.#list.filter((p) => p[0] === name).map((p) => p[1]);
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      return this.#list.some((p) => p[0] === name && p[1] === value);
    }
    return this.#list.some((p) => p[0] === name);
  }

  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const idx = this.#list.findIndex((p) => p[0] === name);
    if (idx === -1) {
      this.#list.push([name, value]);
    } else {
      this.#list[idx][1] = value;
      this.#list = this.#list.filter((p, i) => i <= idx || p[0] !== name);
    }
    this.#update();
  }

  sort() {
    URLSearchParams.#check(this);
    // Stable sort by name in UTF-16 code units (Array.prototype.sort is stable).
    this.#list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#update();
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    // The list may change during iteration: index into the live list.
    for (let i = 0; i < this.#list.length; i++) {
      const [key, value] = this.#list[i];
      Reflect.apply(callback, thisArg, [value, key, this]);
    }
  }

  entries() {
    URLSearchParams.#check(this);
    return createIterator(this, () => this.#list, 'key+value');
  }

  keys() {
    URLSearchParams.#check(this);
    return createIterator(this, () => this.#list, 'key');
  }

  values() {
    URLSearchParams.#check(this);
    return createIterator(this, () => this.#list, 'value');
  }

  toString() {
    URLSearchParams.#check(this);
    return parser.serializeUrlencoded(this.#list);
  }

  [customInspect](recurseTimes, ctx) {
    URLSearchParams.#check(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const inspect = lazyInspect();
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const output = this.#list.map(([k, v]) => `${inspect(k, innerOpts)} => ${inspect(v, innerOpts)}`);
    const name = this.constructor.name;
    const length = output.reduce((prev, cur) => prev + cur.length + 2, -2);
    if (length > (ctx.breakLength || 80)) return `${name} {\n  ${output.join(',\n  ')} }`;
    if (output.length) return `${name} { ${output.join(', ')} }`;
    return `${name} {}`;
  }
}

Object.defineProperties(URLSearchParams.prototype, {
  append: kEnumerable, delete: kEnumerable, get: kEnumerable, getAll: kEnumerable,
  has: kEnumerable, set: kEnumerable, size: kEnumerable, sort: kEnumerable,
  entries: kEnumerable, forEach: kEnumerable, keys: kEnumerable, values: kEnumerable,
  toString: kEnumerable,
  [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams' },
  [Symbol.iterator]: {
    configurable: true, writable: true, value: URLSearchParams.prototype.entries,
  },
});

const kIterState = Symbol('kIterState');
const URLSearchParamsIteratorPrototype = Object.create(
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
    next: {
      enumerable: true, configurable: true, writable: true,
      value: function next() {
        const state = this && this[kIterState];
        if (!state) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
        const list = state.list();
        if (state.index >= list.length) return { value: undefined, done: true };
        const pair = list[state.index++];
        const value = state.kind === 'key' ? pair[0] : state.kind === 'value' ? pair[1] : [pair[0], pair[1]];
        return { value, done: false };
      },
    },
    [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams Iterator' },
    [customInspect]: {
      configurable: true, writable: true,
      value: function(recurseTimes, ctx) {
        const state = this && this[kIterState];
        if (!state) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
        if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
        const inspect = lazyInspect();
        const innerOpts = { ...ctx };
        if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
        const rest = state.list().slice(state.index).map((pair) => (
          state.kind === 'key' ? pair[0] : state.kind === 'value' ? pair[1] : [pair[0], pair[1]]));
        const output = rest.map((v) => inspect(v, innerOpts));
        const length = output.reduce((prev, cur) => prev + cur.length + 2, -2);
        const breakLn = length > (ctx.breakLength || 80);
        return `URLSearchParams Iterator {${breakLn ? '\n  ' : ' '}${output.join(breakLn ? ',\n  ' : ', ')}${output.length ? ' ' : ''}}`;
      },
    },
  });

function createIterator(params, list, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  Object.defineProperty(it, kIterState, { value: { list, kind, index: 0 } });
  return it;
}

// --- file URLs ---

function fileURLToPath(path, options = undefined) {
  const windows = options && options.windows != null ? !!options.windows : process.platform === 'win32';
  if (typeof path === 'string') path = new URL(path);
  else if (!isURLObject(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? getPathFromURLWin32(path) : getPathFromURLPosix(path);
}

function isURLObject(self) {
  return Boolean(self && self.href && self.protocol && self.auth === undefined && self.path === undefined);
}

// internal/errors may define the code with node's "File URL host %s" form or ours.
function fileUrlHostError(platform) {
  const probe = new ERR_INVALID_FILE_URL_HOST('x');
  return probe.message.includes('localhost') ? new ERR_INVALID_FILE_URL_HOST(platform) :
    new ERR_INVALID_FILE_URL_HOST(`must be "localhost" or empty on ${platform}`);
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') throw fileUrlHostError(process.platform);
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) || (pathname[n + 1] === '5' && third === 99)) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
      }
    }
  }
  pathname = pathname.replace(/\//g, '\\');
  pathname = decodeURIComponent(pathname);
  if (hostname !== '') {
    // A host means a UNC path.
    return `\\\\${domainToUnicode(hostname)}${pathname}`;
  }
  const letter = pathname.codePointAt(1) | 0x20;
  const sep = pathname[2];
  if (letter < 97 || letter > 122 || sep !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options && options.windows != null ? !!options.windows : process.platform === 'win32';
  const path = require('path');
  if (windows && filepath.startsWith('\\\\?\\')) {
    // Namespaced ("long") paths: \\?\UNC\server\share or \\?\C:\...
    if (filepath.slice(4, 8).toUpperCase() === 'UNC\\') filepath = `\\\\${filepath.slice(8)}`;
    else filepath = filepath.slice(4);
  }
  if (windows && filepath.startsWith('\\\\')) {
    const outURL = new URL('file://');
    // UNC path: \\server\share\resource
    const hostnameEndIndex = filepath.indexOf('\\', 2);
    if (hostnameEndIndex === -1) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    }
    if (hostnameEndIndex === 2) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    }
    const hostname = filepath.slice(2, hostnameEndIndex);
    outURL.hostname = domainToASCII(hostname);
    outURL.pathname = encodeFilePath(filepath.slice(hostnameEndIndex).replace(/\\/g, '/'));
    return outURL;
  }
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  // resolve() drops a trailing separator; a directory URL keeps it.
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 47 || (windows && last === 92)) &&
      resolved[resolved.length - 1] !== (windows ? '\\' : '/')) {
    resolved += '/';
  }
  if (windows) resolved = resolved.replace(/\\/g, '/');
  // A drive path ("C:/x") needs the slash before it; a rooted one has it.
  return new URL(`file://${resolved[0] === '/' ? '' : '/'}${encodeFilePath(resolved)}`);
}

// Everything but the characters that are plainly safe in a URL path is
// percent-encoded (as UTF-8), so no file name can change the URL's meaning.
const kFilePathSafe = /[A-Za-z0-9!$&'()*+,\-./:;=@_]/;
function encodeFilePath(str) {
  let out = '';
  for (const ch of str) {
    if (ch.length === 1 && kFilePathSafe.test(ch)) out += ch;
    else out += parser.encodeString(ch, () => true);
  }
  return out;
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURLObject(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parser.parseHost(toUSVString(domain), false);
  return host === FAILURE ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parser.parseHost(toUSVString(domain), false);
  if (host === FAILURE) return '';
  return parser.domainToUnicodeInternal(host);
}

module.exports = {
  URL, URLSearchParams, fileURLToPath, pathToFileURL, toPathIfFileURL, urlToHttpOptions,
  domainToASCII, domainToUnicode, isURL: isURLObject, toUSVString, kRecord,
  encodeStr: parser.encodeString,
};
