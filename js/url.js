'use strict';
// The url module: the WHATWG API (URL, URLSearchParams, file-URL helpers) and the
// legacy url.parse/format/resolve with node's historical, lenient rules.

const {
  URL, URLSearchParams, domainToASCII, domainToUnicode, fileURLToPath, pathToFileURL,
  urlToHttpOptions,
} = require('internal/url');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL } } = require('internal/errors');
const { domainToASCIIInternal } = require('internal/url/parser');

let querystring;
function qs() {
  if (querystring === undefined) querystring = require('querystring');
  return querystring;
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
// Plain paths ("/a/b?c") skip the full parse.
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLen = 255;
// Protocols that never have a host ("javascript:alert(1)").
const unsafeProtocol = new Set(['javascript', 'javascript:']);
const hostlessProtocol = new Set(['javascript', 'javascript:']);
// Protocols that always have "//" and a host.
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher',
  'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

// Characters that end a host, or cannot be in one (RFC 2396).
const kNonHost = new Set([32, 34, 37, 39, 59, 60, 62, 92, 94, 96, 123, 124, 125]);

// Always escaped in the path, query and hash of a parsed URL.
const autoEscape = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', '\'': '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const kTabNewline = /[\t\n\r]/g;
const autoEscapeRe = /[\t\n\r "'<>\\^`{|}]/g;

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

function isIpv6Hostname(hostname) {
  return hostname.charCodeAt(0) === 91 && hostname.charCodeAt(hostname.length - 1) === 93;
}

function isWs(c) {
  return c <= 32 || c === 0xA0 || c === 0xFEFF; // C0 controls, space, NBSP, BOM
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new ERR_INVALID_ARG_TYPE('url', 'string', url);

  // Trim whitespace and turn backslashes before the query/hash into slashes.
  let start = 0;
  let end = url.length;
  while (start < end && isWs(url.charCodeAt(start))) start++;
  while (end > start && isWs(url.charCodeAt(end - 1))) end--;
  let rest = '';
  let inQueryOrHash = false;
  for (let i = start; i < end; i++) {
    const ch = url[i];
    if (!inQueryOrHash && ch === '\\') {
      rest += '/';
      continue;
    }
    if (ch === '?' || ch === '#') inQueryOrHash = true;
    rest += ch;
  }

  if (!slashesDenoteHost && !rest.includes('#') && !hostPattern.test(rest)) {
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        this.query = parseQueryString ? qs().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) &&
      (slashes || (proto && !slashedProtocol.has(proto)))) {
    // The host runs to the first "/", "?" or "#"; an "@" before that ends the
    // auth part (the last "@" wins).
    let nonHost = -1;
    let atSign = -1;
    for (let i = 0; i < rest.length; ++i) {
      const c = rest.charCodeAt(i);
      if (kNonHost.has(c)) {
        if (nonHost === -1) nonHost = i;
      } else if (c === 35 || c === 47 || c === 63) {
        if (nonHost === -1) nonHost = i;
        break;
      } else if (c === 64) {
        atSign = i;
        nonHost = -1;
      }
    }
    let hostStart = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign).replace(kTabNewline, ''));
      hostStart = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(hostStart);
      rest = '';
    } else {
      this.host = rest.slice(hostStart, nonHost);
      rest = rest.slice(nonHost);
    }
    // Tabs and newlines in the authority are dropped (they stay, escaped, in
    // the path).
    this.host = this.host.replace(kTabNewline, '');

    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    const hostname = this.hostname;
    const ipv6Hostname = isIpv6Hostname(hostname);

    if (!ipv6Hostname) rest = cutHostname(this, rest, hostname, url);

    if (this.hostname.length > hostnameMaxLen) this.hostname = '';
    else this.hostname = this.hostname.toLowerCase();

    if (this.hostname !== '') {
      if (ipv6Hostname) {
        if (forbiddenHostCharsIpv6.test(this.hostname)) throw invalidUrl(url);
      } else {
        this.hostname = domainToASCIIInternal(this.hostname) || '';
        // toASCII can only empty the name or bring in forbidden characters if
        // the input was crafted to: refuse rather than guess.
        if (this.hostname === '' || forbiddenHostChars.test(this.hostname)) throw invalidUrl(url);
      }
    }

    const p = this.port ? `:${this.port}` : '';
    const h = this.hostname || '';
    this.host = h + p;

    if (ipv6Hostname) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = `/${rest}`;
    }
  }

  if (!unsafeProtocol.has(lowerProto)) rest = rest.replace(autoEscapeRe, (c) => autoEscape[c]);

  let questionIdx = -1;
  let hashIdx = -1;
  for (let i = 0; i < rest.length; ++i) {
    const code = rest.charCodeAt(i);
    if (code === 35) {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    } else if (code === 63 && questionIdx === -1) {
      questionIdx = i;
    }
  }

  if (questionIdx !== -1) {
    if (hashIdx === -1) {
      this.search = rest.slice(questionIdx);
      this.query = rest.slice(questionIdx + 1);
    } else {
      this.search = rest.slice(questionIdx, hashIdx);
      this.query = rest.slice(questionIdx + 1, hashIdx);
    }
    if (parseQueryString) this.query = qs().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const useQuestionIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx);
  const firstIdx = useQuestionIdx ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

function invalidUrl(url) {
  const err = new ERR_INVALID_URL();
  err.input = url;
  return err;
}

// Cuts the hostname at the first character a hostname cannot have; the rest
// becomes the start of the path.
function cutHostname(self, rest, hostname, url) {
  for (let i = 0; i < hostname.length; ++i) {
    const code = hostname.charCodeAt(i);
    if (code === 47 || code === 92 || code === 35 || code === 63 || code === 58) {
      // "host:notaport": node 20 warns (once) and moves the rest to the path.
      if (code === 58 && !warnedInvalidPort) {
        warnedInvalidPort = true;
        process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
          'DeprecationWarning', 'DEP0170');
      }
      self.hostname = hostname.slice(0, i);
      return `/${hostname.slice(i)}${rest}`;
    }
  }
  return rest;
}

let warnedInvalidPort = false;
Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  let port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ':') this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

// Characters the auth part keeps as they are.
const noEscapeAuth = /[A-Za-z0-9!\-._~'()*:]/;

function encodeAuth(auth) {
  let out = '';
  for (const ch of auth) {
    if (noEscapeAuth.test(ch)) {
      out += ch;
    } else {
      let enc;
      try {
        enc = encodeURIComponent(ch);
      } catch {
        enc = '%EF%BF%BD';
      }
      out += enc.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    }
  }
  return out;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatWhatwg(urlObject, { fragment, unicode, search, auth });
  }
  return Url.prototype.format.call(urlObject);
}

function formatWhatwg(u, { fragment, unicode, search, auth }) {
  let out = u.protocol;
  if (u.host !== '' || u.href.startsWith(`${u.protocol}//`)) {
    out += '//';
    if (auth && (u.username || u.password)) {
      out += u.username;
      if (u.password) out += `:${u.password}`;
      out += '@';
    }
    out += unicode ? domainToUnicode(u.hostname) : u.hostname;
    if (u.port) out += `:${u.port}`;
  }
  out += u.pathname;
  if (search) out += u.search;
  if (fragment) out += u.hash;
  return out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeAuth(auth)}@`;

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && !isIpv6Hostname(this.hostname) ?
      `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }

  if (this.query !== null && typeof this.query === 'object') query = qs().stringify(this.query);

  let search = this.search || (query && (`?${query}`)) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';

  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));

  // Slashed protocols get "//" (and a leading "/" on the path) when there is a
  // host; file: always gets it.
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.slice(0, 4).toLowerCase() === 'file') {
      host = '//';
    }
  }

  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 35) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 63) search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};

require('internal/url/legacy-resolve').install(Url, slashedProtocol, hostlessProtocol);
