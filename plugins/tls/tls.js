'use strict';
// The tls module: TLSSocket (internal/tls/socket), Server (internal/tls/server),
// contexts (internal/tls/secure_context), connect() and node's host-name check.

const net = require('net');
const { Buffer } = require('buffer');
const { codes: { ERR_TLS_CERT_ALTNAME_INVALID, ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { SecureContext, createSecureContext, defaults, rootCertificates, cipherNames } =
  require('internal/tls/secure_context');
const { TLSSocket, alpnWire, transportPending } = require('internal/tls/socket');
const { Server } = require('internal/tls/server');

function unfqdn(host) {
  return host.replace(/[.]$/, '');
}

// A certificate name (possibly with a '*' in its first label) against a host name.
function hostMatches(host, pattern) {
  host = unfqdn(host).toLowerCase();
  pattern = unfqdn(pattern).toLowerCase();
  if (!pattern.includes('*')) return host === pattern;
  const hl = host.split('.');
  const pl = pattern.split('.');
  if (hl.length !== pl.length || pl.length < 3) return false;
  for (let i = 1; i < pl.length; i++) {
    if (pl[i] !== hl[i] || pl[i].includes('*')) return false;
  }
  const first = pl[0];
  if (first.startsWith('xn--') || first.split('*').length > 2) return false;
  const [pre, post] = first.split('*');
  const label = hl[0];
  return label.length >= pre.length + post.length && label.startsWith(pre) && label.endsWith(post) &&
    (first === '*' ? label.length > 0 : true);
}

function splitAltNames(altnames) {
  // Quoted entries may contain ", "; the simple split covers what OpenSSL prints.
  return altnames ? altnames.split(', ') : [];
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  for (const name of splitAltNames(altNames)) {
    if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
    else if (name.startsWith('IP Address:') && net.isIP(name.slice(11))) ips.push(canonicalIp(name.slice(11)));
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalIp(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || (subject && subject.CN)) {
    if (dnsNames.length > 0) {
      valid = dnsNames.some((n) => hostMatches(hostname, n));
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      valid = Array.isArray(cn) ? cn.some((n) => hostMatches(hostname, n)) : hostMatches(hostname, cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) {
    const err = new ERR_TLS_CERT_ALTNAME_INVALID(reason);
    err.reason = reason;
    err.host = hostname;
    err.cert = cert;
    return err;
  }
}

// The text inet_ntop would give, so differently written forms compare equal.
function canonicalIp(ip) {
  if (!net.isIPv6(ip)) return ip;
  let v4 = null;
  const m = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (m) {
    const p = m[2].split('.').map(Number);
    v4 = [((p[0] << 8) | p[1]).toString(16), ((p[2] << 8) | p[3]).toString(16)];
    ip = m[1] + '0:0';
  }
  const [head, tail] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = ip.includes('::') ? new Array(8 - h.length - t.length).fill('0') : [];
  const groups = [...h, ...fill, ...t].map((x) => parseInt(x, 16).toString(16));
  if (v4) groups.splice(6, 2, ...v4);
  // Longest run (of two or more) of zero groups becomes '::'.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== '0') { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  if (best < 0) return groups.join(':');
  return groups.slice(0, best).join(':') + '::' + groups.slice(best + bestLen).join(':');
}

// connect(options[, cb]), connect(port[, host][, options][, cb]), connect(path[, options][, cb])
function normalizeConnectArgs(args) {
  let options = {};
  let cb;
  const rest = [...args];
  if (typeof rest[rest.length - 1] === 'function') cb = rest.pop();
  if (rest[0] !== null && typeof rest[0] === 'object') {
    options = { ...rest[0] };
  } else if (typeof rest[0] === 'string' && !/^\d+$/.test(rest[0])) {
    const extra = rest.find((a, i) => i > 0 && a !== null && typeof a === 'object');
    options = { ...extra, path: rest[0] };
  } else {
    if (rest[0] !== undefined) options.port = rest[0];
    if (typeof rest[1] === 'string') options.host = rest[1];
    const extra = rest.find((a, i) => i > 0 && a !== null && typeof a === 'object');
    if (extra) options = { ...extra, ...options };
  }
  return [options, cb];
}

let warnedInsecure = false;
function connect(...args) {
  const [opts, cb] = normalizeConnectArgs(args);
  const envReject = process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0';
  if (!envReject && !warnedInsecure) {
    warnedInsecure = true;
    process.emitWarning("Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to '0' " +
      'makes TLS connections and HTTPS requests insecure by disabling certificate verification.');
  }
  const options = {
    rejectUnauthorized: envReject,
    ciphers: defaults.DEFAULT_CIPHERS,
    checkServerIdentity,
    minDHSize: 1024,
    ...opts,
  };
  if (!options.keepAlive) options.singleUse = true;
  if (options.ALPNProtocols !== undefined) alpnWire(options.ALPNProtocols);
  const host = options.host || 'localhost';
  options.host = host;
  if (options.servername === undefined && !net.isIP(host)) options.servername = host;
  if (options.servername !== undefined && typeof options.servername !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.servername', 'string', options.servername);
  }
  const context = options.secureContext || createSecureContext(options);

  let transport = options.socket;
  const ownTransport = !transport;
  if (!transport) {
    const netOpts = { ...options };
    delete netOpts.secureContext;
    transport = net.connect(netOpts);
  }
  const socket = new TLSSocket(transport, {
    isServer: false,
    secureContext: context,
    servername: options.servername || undefined,
    host,
    port: options.port,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    checkServerIdentity: options.checkServerIdentity,
    ALPNProtocols: options.ALPNProtocols,
    allowHalfOpen: options.allowHalfOpen,
    highWaterMark: options.highWaterMark,
    session: options.session,
    _ownTransport: ownTransport,
  });
  socket._host = host;
  if (transportPending(transport)) socket._startOnConnect = true;
  else socket._start();
  if (options.timeout) socket.setTimeout(options.timeout);
  if (cb) socket.once('secureConnect', cb);
  return socket;
}

function createServer(options, listener) {
  return new Server(options, listener);
}

function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    out.ALPNProtocols = alpnWire(protocols);
  } else if (protocols instanceof Uint8Array || Buffer.isBuffer(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset,
      protocols.byteOffset + protocols.byteLength));
  }
}

function getCiphers() {
  return cipherNames();
}

// The pre-TLSSocket API is not provided; its argument check is.
function createSecurePair(context) {
  const { codes: { ERR_TLS_INVALID_CONTEXT } } = require('internal/errors');
  if (!(context instanceof SecureContext)) throw new ERR_TLS_INVALID_CONTEXT('context');
  throw new Error('tls.createSecurePair() is not supported by nodus');
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: defaults.DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: defaults.DEFAULT_ECDH_CURVE,
  DEFAULT_MIN_VERSION: defaults.DEFAULT_MIN_VERSION,
  DEFAULT_MAX_VERSION: defaults.DEFAULT_MAX_VERSION,
  getCiphers,
  rootCertificates: undefined,
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer,
  connect,
  createSecurePair,
};

// The defaults are settable, and contexts made afterwards use the new values.
for (const name of ['DEFAULT_CIPHERS', 'DEFAULT_ECDH_CURVE', 'DEFAULT_MIN_VERSION', 'DEFAULT_MAX_VERSION']) {
  Object.defineProperty(module.exports, name, {
    __proto__: null, configurable: true, enumerable: true,
    get() { return defaults[name]; },
    set(v) { defaults[name] = v; },
  });
}
Object.defineProperty(module.exports, 'rootCertificates', {
  __proto__: null, configurable: false, enumerable: true,
  get: rootCertificates,
});
