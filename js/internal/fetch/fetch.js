'use strict';
// fetch() (Fetch §5.6) over the http and https plugins, plus data: URLs. There is no
// CORS, cache or cookie jar: a server-side runtime has no origin to protect, so every
// response is 'basic' and only the network steps of the spec are followed.

const { Request, kState: kRequestState, kSignal } = require('internal/fetch/request');
const { makeResponse } = require('internal/fetch/response');
const { appendRaw, setGuard, kList } = require('internal/fetch/headers');
const { kBody, kHeaders, bodyStream } = require('internal/fetch/body');
const { ReadableStream } = require('internal/webstreams/readablestream');

const redirectStatus = [301, 302, 303, 307, 308];
const nullBodyStatus = [101, 103, 204, 205, 304];
// The spec's "bad ports": connecting to these is refused without trying.
const badPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77,
  79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161,
  179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601,
  636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 5060, 5061, 6000, 6566, 6665, 6666,
  6667, 6668, 6669, 6697, 10080]);

// Every failure below the API is reported the same way, the real reason in `cause`.
function networkError(cause) {
  return new TypeError('fetch failed', { cause: typeof cause === 'string' ? new Error(cause) : cause });
}

// One keep-alive agent per scheme, so fetches to one host reuse connections.
const agents = {};
function agentFor(protocol) {
  if (agents[protocol] === undefined) {
    const mod = require(protocol === 'https:' ? 'https' : 'http');
    agents[protocol] = new mod.Agent({ keepAlive: true });
  }
  return agents[protocol];
}

// --- data: URLs (Fetch §4.2, "data: URL processor") -------------------------------------

function percentDecode(s) {
  const { Buffer } = require('buffer');
  const bytes = [];
  const raw = Buffer.from(s, 'utf8');
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i];
    if (b === 0x25 && i + 2 < raw.length && /^[0-9A-Fa-f]{2}$/.test(String.fromCharCode(raw[i + 1], raw[i + 2]))) {
      bytes.push(parseInt(String.fromCharCode(raw[i + 1], raw[i + 2]), 16));
      i += 2;
    } else {
      bytes.push(b);
    }
  }
  return new Uint8Array(bytes);
}

function fetchDataURL(href) {
  const hash = href.indexOf('#');
  const url = hash === -1 ? href : href.slice(0, hash);
  const rest = url.slice(5);
  const comma = rest.indexOf(',');
  if (comma === -1) return null;
  let mime = rest.slice(0, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  let bytes = percentDecode(rest.slice(comma + 1));
  const b64 = /;[\t\n\f\r ]*base64$/i.exec(mime);
  if (b64 !== null) {
    const { Buffer } = require('buffer');
    let text = Buffer.from(bytes).toString('latin1').replace(/[\t\n\f\r ]/g, '');
    if (text.length % 4 === 0) text = text.replace(/==?$/, '');
    if (text.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(text)) return null;
    bytes = new Uint8Array(Buffer.from(text, 'base64'));
    mime = mime.slice(0, b64.index);
  }
  if (mime.startsWith(';')) mime = `text/plain${mime}`;
  if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+\/[!#$%&'*+\-.^_`|~0-9A-Za-z]+/.test(mime)) {
    mime = 'text/plain;charset=US-ASCII';
  }
  return { url, mime, bytes };
}

// --- http(s) -----------------------------------------------------------------------------

// The response body as a ReadableStream fed by a node Readable: paused while the
// stream's queue is full, destroyed when the stream is cancelled.
function streamFromReadable(readable, onCancel) {
  let controller;
  const stream = new ReadableStream({
    start(c) {
      controller = c;
      readable.on('data', (chunk) => {
        if (controller === null) return;
        controller.enqueue(new Uint8Array(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength)));
        if (controller.desiredSize <= 0) readable.pause();
      });
      readable.on('end', () => {
        if (controller === null) return;
        controller.close();
        controller = null;
      });
      readable.on('error', (err) => fail(err));
      readable.pause();
    },
    pull() {
      readable.resume();
    },
    cancel(reason) {
      controller = null;
      onCancel(reason);
    },
  }, { highWaterMark: 16384, size: (chunk) => chunk.byteLength });
  function fail(err) {
    if (controller === null) return;
    controller.error(err);
    controller = null;
  }
  return { stream, fail };
}

// Decoders for the content codings fetch undoes, outermost last in the header.
function decoderStreams(encoding) {
  const zlib = require('zlib');
  const out = [];
  const codings = encoding.toLowerCase().split(',').map((s) => s.trim()).filter(Boolean).reverse();
  for (const coding of codings) {
    if (coding === 'gzip' || coding === 'x-gzip') {
      out.push(zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    } else if (coding === 'deflate') {
      out.push(zlib.createInflate({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    } else if (coding === 'br') {
      out.push(zlib.createBrotliDecompress());
    } else {
      return [];  // an unknown coding: hand the bytes over as they came
    }
  }
  return out;
}

// The headers sent: the request's, plus the defaults fetch adds when absent.
function outgoingHeaders(request, body) {
  const headers = {};
  for (const [name, values] of request[kHeaders][kList]) {
    headers[name] = name === 'set-cookie' ? values.slice() : values.join(', ');
  }
  const defaults = {
    accept: '*/*', 'accept-language': '*', 'sec-fetch-mode': 'cors', 'user-agent': 'node',
    'accept-encoding': 'gzip, deflate',
  };
  for (const name of Object.keys(defaults)) if (!(name in headers)) headers[name] = defaults[name];
  if (body !== null && body.length !== null && !('content-length' in headers)) {
    headers['content-length'] = String(body.length);
  } else if (body === null && ['POST', 'PUT'].includes(request[kRequestState].method) &&
             !('content-length' in headers)) {
    headers['content-length'] = '0';
  }
  return headers;
}

async function writeBody(req, body) {
  if (body === null) {
    req.end();
    return;
  }
  // A body made from bytes is written from them, so a 307/308 redirect can send it again.
  if (body.source !== null && body.stream === null) {
    body.consumed = true;
    const { Blob } = require('buffer');
    for (const part of body.source) {
      const bytes = part instanceof Blob ? new Uint8Array(await part.arrayBuffer()) : part;
      if (!req.write(bytes)) await new Promise((resolve) => req.once('drain', resolve));
    }
    req.end();
    return;
  }
  const reader = bodyStream(body).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!req.write(value)) await new Promise((resolve) => req.once('drain', resolve));
  }
  req.end();
}

// One HTTP exchange. Resolves with { res, req } once the head of the response is in.
function httpExchange(url, request, body, signal) {
  return new Promise((resolve, reject) => {
    const mod = require(url.protocol === 'https:' ? 'https' : 'http');
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    const req = mod.request({
      protocol: url.protocol, hostname: host, port: url.port || undefined,
      path: `${url.pathname}${url.search}`, method: request[kRequestState].method,
      headers: outgoingHeaders(request, body), agent: agentFor(url.protocol),
    });
    const onAbort = () => {
      req.destroy();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('error', (err) => {
      signal.removeEventListener('abort', onAbort);
      reject(networkError(err));
    });
    req.on('response', (res) => {
      signal.removeEventListener('abort', onAbort);
      resolve({ res, req });
    });
    writeBody(req, body).catch((err) => req.destroy(err));
  });
}

function buildResponse(res, req, request, urlList, signal) {
  const response = makeResponse({
    type: 'basic', status: res.statusCode, statusText: res.statusMessage || '', urlList,
  }, 'immutable');
  const raw = res.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) appendRaw(response[kHeaders], raw[i], raw[i + 1]);
  setGuard(response[kHeaders], 'immutable');
  if (request[kRequestState].method === 'HEAD' || nullBodyStatus.includes(res.statusCode)) {
    res.resume();
    return response;
  }
  let source = res;
  const encoding = res.headers['content-encoding'];
  const decoders = encoding && request[kRequestState].redirect !== 'manual' ?
    decoderStreams(encoding) : [];
  for (const d of decoders) {
    source.on('error', (err) => d.destroy(err));
    source = source.pipe(d);
  }
  const { stream, fail } = streamFromReadable(source, () => {
    req.destroy();
    signal.removeEventListener('abort', onAbort);
  });
  // A reset connection mid-body errors the stream as node does: 'terminated'.
  res.on('aborted', () => fail(new TypeError('terminated', { cause: new Error('other side closed') })));
  res.on('error', (err) => fail(new TypeError('terminated', { cause: err })));
  for (const d of decoders) d.on('error', (err) => fail(new TypeError('terminated', { cause: err })));
  function onAbort() {
    fail(signal.reason);
    req.destroy();
  }
  signal.addEventListener('abort', onAbort, { once: true });
  source.on('end', () => signal.removeEventListener('abort', onAbort));
  response[kBody] = { stream, source: null, length: null };
  return response;
}

async function httpFetch(request, signal) {
  const state = request[kRequestState];
  const urlList = state.urlList.slice();
  let body = request[kBody];
  const { URL } = require('internal/url');
  for (let redirects = 0; ; redirects++) {
    const url = new URL(urlList[urlList.length - 1]);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw networkError('URL scheme must be a HTTP(S) scheme');
    const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
    if (badPorts.has(port)) throw networkError('bad port');
    const { res, req } = await httpExchange(url, request, body, signal);
    const location = res.headers.location;
    if (!redirectStatus.includes(res.statusCode) || location === undefined || state.redirect === 'manual') {
      return buildResponse(res, req, request, urlList, signal);
    }
    res.resume();
    if (state.redirect === 'error') throw networkError('unexpected redirect');
    if (redirects >= 20) throw networkError('redirect count exceeded');
    let next;
    try {
      next = new URL(location, url);
    } catch (err) {
      throw networkError(err);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') throw networkError('URL scheme must be a HTTP(S) scheme');
    // A body read from a stream cannot be sent twice.
    if (res.statusCode !== 303 && body !== null && body.source === null) {
      throw networkError('Cannot follow redirect with a streamed body');
    }
    if ((res.statusCode === 303 && state.method !== 'GET' && state.method !== 'HEAD') ||
        ((res.statusCode === 301 || res.statusCode === 302) && state.method === 'POST')) {
      state.method = 'GET';
      body = null;
      for (const name of ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length']) {
        request[kHeaders][kList].delete(name);
      }
    }
    // Credentials are not carried to another origin.
    if (next.origin !== url.origin) {
      for (const name of ['authorization', 'cookie', 'proxy-authorization']) request[kHeaders][kList].delete(name);
    }
    urlList.push(next.href);
  }
}

async function mainFetch(request, signal) {
  const href = request[kRequestState].urlList[0];
  const scheme = href.slice(0, href.indexOf(':') + 1);
  switch (scheme) {
    case 'about:':
      throw networkError('about scheme is not supported');
    case 'blob:':
      throw networkError('invalid method');
    case 'file:':
      throw networkError('not implemented... yet...');
    case 'data:': {
      const data = fetchDataURL(href);
      if (data === null) throw networkError('failed to fetch the data URL');
      const response = makeResponse({ type: 'basic', statusText: 'OK', urlList: [data.url] }, 'immutable');
      appendRaw(response[kHeaders], 'content-type', data.mime);
      response[kBody] = { stream: null, source: [data.bytes], length: data.bytes.byteLength };
      return response;
    }
    case 'http:':
    case 'https:':
      return httpFetch(request, signal);
    default:
      throw networkError('unknown scheme');
  }
}

function fetch(input, init = undefined) {
  let request;
  try {
    request = new Request(input, init);
  } catch (err) {
    return Promise.reject(err);
  }
  const signal = request[kSignal];
  if (signal.aborted) return Promise.reject(signal.reason);
  return mainFetch(request, signal);
}

module.exports = { fetch };
