'use strict';
// dns.Resolver, dns.promises.Resolver and the module-level resolve*() functions, on the
// plugin's c-ares channel (cares.c). Errors are node's: "queryA ECONNREFUSED host" with
// code, syscall and hostname.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS },
} = require('internal/errors');
const { validateFunction, validateString, validateArray, validateInt32 } =
  require('internal/validators');
const { dnsException, errorCodes, perfStart, perfEnd } = require('internal/dns/lookup');

// c-ares status n (1..24) is the n-th of node's code names.
const aresCodes = Object.values(errorCodes);

function isIP(s) {
  return require('net').isIP(s);
}

function aresError(status, syscall, hostname) {
  const code = aresCodes[status - 1] || `ARES_${status}`;
  const ex = dnsException(code, syscall, hostname);
  return ex;
}


const rrTypes = {
  A: 'resolve4', AAAA: 'resolve6', ANY: 'resolveAny', CAA: 'resolveCaa', CNAME: 'resolveCname',
  MX: 'resolveMx', NS: 'resolveNs', NAPTR: 'resolveNaptr', PTR: 'resolvePtr', SOA: 'resolveSoa',
  SRV: 'resolveSrv', TXT: 'resolveTxt',
};

function syscallFor(type) {
  return `query${type[0]}${type.slice(1).toLowerCase()}`;
}

// The query itself; done(err, result) is always asynchronous.
// c-ares may answer during the call (a bad name, /etc/hosts); callers always get their
// callback later, as in node.
function deferIfSync(fn) {
  let sync = true;
  const wrapped = (...args) => {
    if (sync) process.nextTick(() => fn(...args));
    else fn(...args);
  };
  return [wrapped, () => { sync = false; }];
}

function runQuery(resolver, type, name, ttl, done) {
  const start = perfStart();
  const [cb, started] = deferIfSync((status, result, ttls) => {
    if (status) return done(aresError(status, syscallFor(type), name));
    if (ttl && (type === 'A' || type === 'AAAA')) {
      result = result.map((address, i) => ({ address, ttl: ttls[i] }));
    }
    perfEnd(start, syscallFor(type), { host: name, ttl, result });
    done(null, result);
  });
  const err = resolver._handle.query(type, name, ttl, cb);
  started();
  if (err) process.nextTick(done, aresError(err, syscallFor(type), name));
}

function runReverse(resolver, ip, done) {
  if (!isIP(ip)) {
    const ex = new Error(`getHostByAddr EINVAL ${ip}`);
    ex.errno = undefined;
    ex.code = 'EINVAL';
    ex.syscall = 'getHostByAddr';
    ex.hostname = ip;
    throw ex;
  }
  const start = perfStart();
  const [cb, started] = deferIfSync((status, names) => {
    if (status) return done(aresError(status, 'getHostByAddr', ip));
    perfEnd(start, 'getHostByAddr', { host: ip, result: names });
    done(null, names);
  });
  resolver._handle.getHostByAddr(ip, cb);
  started();
}

// Node's resolver options: timeout (ms, -1 = c-ares default) and tries.
function channelFor(options) {
  let timeout = -1;
  let tries = 4;
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    if (options.timeout !== undefined) {
      validateInt32(options.timeout, 'options.timeout', -1);
      timeout = options.timeout;
    }
    if (options.tries !== undefined) {
      validateInt32(options.tries, 'options.tries', 1);
      tries = options.tries;
    }
  }
  return new binding.ChannelWrap(timeout, tries);
}

class ResolverBase {
  constructor(options = undefined) {
    this._handle = channelFor(options);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    return (this._handle.getServers() || []).map(([ip, port]) => {
      if (port === 53) return ip;
      return isIP(ip) === 6 ? `[${ip}]:${port}` : `${ip}:${port}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const list = [];
    servers.forEach((serv, index) => {
      if (typeof serv !== 'string') throw new ERR_INVALID_ARG_TYPE(`servers[${index}]`, 'string', serv);
      let host = serv;
      let port = 53;
      if (isIP(serv) === 0) {
        // [v6]:port or v4:port
        const m6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(serv);
        const m4 = /^([^:]+):(\d+)$/.exec(serv);
        if (m6 && isIP(m6[1]) === 6) {
          host = m6[1];
          if (m6[2]) port = +m6[2];
        } else if (m4 && isIP(m4[1]) === 4) {
          host = m4[1];
          port = +m4[2];
        } else {
          throw new ERR_INVALID_IP_ADDRESS(serv);
        }
      }
      list.push(isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`);
    });
    const err = this._handle.setServers(list.join(','));
    if (err) {
      // -1: queries are still running on this channel.
      const why = err === -1 ? 'There are pending queries.' : binding.aresStrerror(err);
      const ex = new Error(`c-ares failed to set servers: "${why}" [${servers}]`);
      ex.code = 'ERR_DNS_SET_SERVERS_FAILED';
      throw ex;
    }
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    // The first may be either family; a second one must be the IPv6 beside an IPv4.
    const ok = isIP(ipv4) !== 0 && (ipv6 === undefined || (isIP(ipv4) === 4 && isIP(ipv6) === 6));
    if (!ok || this._handle.setLocalAddress(ipv4, ipv6 === undefined ? null : ipv6) !== 0) {
      const ex = new TypeError('Invalid IP address.');
      ex.code = 'ERR_INVALID_ARG_VALUE';
      throw ex;
    }
  }
}

function validateRrtype(rrtype) {
  validateString(rrtype, 'rrtype');
  if (!Object.prototype.hasOwnProperty.call(rrTypes, rrtype)) {
    throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  }
}

// ---- callback API ----

class Resolver extends ResolverBase {
  resolve(hostname, rrtype, callback) {
    if (typeof rrtype === 'function') {
      callback = rrtype;
      rrtype = 'A';
    } else {
      validateRrtype(rrtype);
    }
    return this[rrTypes[rrtype]](hostname, callback);
  }

  reverse(ip, callback) {
    validateString(ip, 'ip');
    validateFunction(callback, 'callback');
    runReverse(this, ip, callback);
    return {};
  }
}

for (const [type, method] of Object.entries(rrTypes)) {
  Resolver.prototype[method] = function(name, options, callback) {
    validateString(name, 'name');
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    validateFunction(callback, 'callback');
    const ttl = !!(options && options.ttl);
    runQuery(this, type, name, ttl, callback);
    return {};
  };
}

// ---- promise API ----

class PromiseResolver extends ResolverBase {
  resolve(hostname, rrtype = 'A') {
    validateRrtype(rrtype);
    return this[rrTypes[rrtype]](hostname);
  }

  reverse(ip) {
    validateString(ip, 'ip');
    return new Promise((resolve, reject) => {
      runReverse(this, ip, (err, names) => (err ? reject(err) : resolve(names)));
    });
  }
}
Object.defineProperty(PromiseResolver, 'name', { value: 'Resolver' });

for (const [type, method] of Object.entries(rrTypes)) {
  PromiseResolver.prototype[method] = function(name, options) {
    validateString(name, 'name');
    const ttl = !!(options && options.ttl);
    return new Promise((resolve, reject) => {
      runQuery(this, type, name, ttl, (err, result) => (err ? reject(err) : resolve(result)));
    });
  };
}

// One default resolver per API, sharing servers as node's module-level functions do.
let defaultResolver;
let defaultPromiseResolver;
function getDefaultResolver() {
  if (!defaultResolver) defaultResolver = new Resolver();
  return defaultResolver;
}
function getDefaultPromiseResolver() {
  if (!defaultPromiseResolver) {
    defaultPromiseResolver = new PromiseResolver();
    defaultPromiseResolver._handle = getDefaultResolver()._handle;
  }
  return defaultPromiseResolver;
}

// Module-level functions bound to the default resolver (resolve, resolve4, ...,
// reverse, getServers, setServers).
function bindDefault(get, proto) {
  const out = {};
  for (const name of ['resolve', ...Object.values(rrTypes), 'reverse', 'getServers']) {
    const fn = proto[name];
    out[name] = { [name](...args) { return Reflect.apply(fn, get(), args); } }[name];
  }
  out.setServers = setDefaultServers;
  return out;
}

// The module-level setServers puts a fresh channel in place, so queries still running
// on the old one finish instead of blocking the change.
function setDefaultServers(servers) {
  const resolver = new Resolver();
  resolver.setServers(servers);
  defaultResolver = resolver;
  if (defaultPromiseResolver) defaultPromiseResolver._handle = resolver._handle;
}


module.exports = {
  Resolver, PromiseResolver, getDefaultResolver, getDefaultPromiseResolver,
  callbackFunctions: () => bindDefault(getDefaultResolver, Resolver.prototype),
  promiseFunctions: () => bindDefault(getDefaultPromiseResolver, PromiseResolver.prototype),
};
