'use strict';
// dns.lookup and dns.lookupService on the plugin's getaddrinfo/getnameinfo, shared by
// the callback API (dns) and the promise API (dns/promises).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_SOCKET_BAD_PORT },
} = require('internal/errors');
const { validateFunction, validateString, validateOneOf, validateBoolean } =
  require('internal/validators');

const UV_EAI_NONAME = -3008;
const UV_EAI_NODATA = -3007;

let defaultResultOrder = 'verbatim';

function getDefaultResultOrder() { return defaultResultOrder; }
function setDefaultResultOrder(value) {
  validateOneOf(value, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
  defaultResultOrder = value;
}

function isIP(s) {
  return require('net').isIP(s);
}

let observe;
// Start time of an operation when someone observes 'dns' entries, else undefined.
function perfStart() {
  if (!observe) observe = require('internal/perf/observe');
  return observe.hasObserver('dns') ? require('internal/perf/utils').now() : undefined;
}

function perfEnd(start, name, detail) {
  if (start === undefined) return;
  const duration = require('internal/perf/utils').now() - start;
  observe.enqueue(require('internal/net/util').createPerfEntry('dns', name, start, duration, detail));
}

// "getaddrinfo ENOTFOUND host": errno, code, syscall, hostname.
function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    code = code === UV_EAI_NODATA || code === UV_EAI_NONAME ? 'ENOTFOUND' : binding.errname(code);
  }
  const ex = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  if (hostname) ex.hostname = hostname;
  return ex;
}

let warnedInvalidHostname = false;
function emitInvalidHostnameWarning(hostname) {
  if (warnedInvalidHostname) return;
  warnedInvalidHostname = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
    'DeprecationWarning', 'DEP0118');
}

// Reads lookup()'s (hostname, options) the way node validates them; returns
// { hostname, family, hints, all, order }.
function lookupOptions(hostname, options) {
  let family = 0;
  let hints = 0;
  let all = false;
  let order = defaultResultOrder;
  if (hostname) validateString(hostname, 'hostname');
  else if (hostname !== undefined && hostname !== null && hostname !== '' && typeof hostname !== 'string') {
    validateString(hostname, 'hostname');
  }
  if (typeof options === 'number') {
    validateOneOf(options, 'family', [0, 4, 6]);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else if (options != null) {
    if (options.hints != null) {
      if (typeof options.hints !== 'number') {
        throw new ERR_INVALID_ARG_TYPE('options.hints', 'number', options.hints);
      }
      hints = options.hints >>> 0;
      if ((hints & ~(binding.AI_ADDRCONFIG | binding.AI_ALL | binding.AI_V4MAPPED)) !== 0) {
        throw new ERR_INVALID_ARG_VALUE('hints', hints);
      }
    }
    if (options.family != null) {
      switch (options.family) {
        case 'IPv4': family = 4; break;
        case 'IPv6': family = 6; break;
        default:
          validateOneOf(options.family, 'options.family', [0, 4, 6]);
          family = options.family;
      }
    }
    if (options.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order != null) {
      validateOneOf(options.order, 'options.order', ['verbatim', 'ipv4first', 'ipv6first']);
      order = options.order;
    }
  }
  return { hostname, family, hints, all, order };
}

function orderAddresses(list, order) {
  const entries = list.map((address) => ({ address, family: isIP(address) }));
  if (order === 'ipv4first') entries.sort((a, b) => a.family - b.family);
  else if (order === 'ipv6first') entries.sort((a, b) => b.family - a.family);
  return entries;
}

// Runs a lookup; done(err, entries) gets [{ address, family }] (never called
// synchronously). Returns nothing; throws only for bad arguments (checked earlier).
function runLookup(o, done) {
  if (!o.hostname) {
    emitInvalidHostnameWarning(o.hostname);
    process.nextTick(done, null, []);
    return;
  }
  const matched = isIP(o.hostname);
  if (matched) {
    process.nextTick(done, null, [{ address: o.hostname, family: matched }]);
    return;
  }
  const start = perfStart();
  const err = binding.getaddrinfo(o.hostname, o.family, o.hints, (status, addresses) => {
    if (status) return done(dnsException(status, 'getaddrinfo', o.hostname));
    perfEnd(start, 'lookup', {
      hostname: o.hostname, family: o.family, hints: o.hints, verbatim: o.order === 'verbatim',
      order: o.order, addresses,
    });
    done(null, orderAddresses(addresses, o.order));
  });
  if (err) process.nextTick(done, dnsException(err, 'getaddrinfo', o.hostname));
}

function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const o = lookupOptions(hostname, options);
  runLookup(o, (err, entries) => {
    if (err) return callback(err);
    if (o.all) return callback(null, entries);
    if (entries.length === 0) return callback(null, null, o.family === 6 ? 6 : 4);
    callback(null, entries[0].address, entries[0].family);
  });
  return {};
}

function lookupServiceArgs(address, port) {
  if (address == null || port == null) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF) {
    throw new ERR_SOCKET_BAD_PORT('Port', port);
  }
  return +port;
}

function runLookupService(address, port, done) {
  const start = perfStart();
  const err = binding.getnameinfo(address, port, (status, hostname, service) => {
    if (status) return done(dnsException(status, 'getnameinfo', address));
    perfEnd(start, 'lookupService', { host: address, port, hostname, service });
    done(null, hostname, service);
  });
  if (err) process.nextTick(done, dnsException(err, 'getnameinfo', address));
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  port = lookupServiceArgs(address, port);
  validateFunction(callback, 'callback');
  runLookupService(address, port, callback);
  return {};
}

// The resolver's error codes, exported by dns and dns/promises.
const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

module.exports = {
  errorCodes, lookup, lookupService, lookupOptions, runLookup, lookupServiceArgs, runLookupService,
  getDefaultResultOrder, setDefaultResultOrder, dnsException, perfStart, perfEnd,
};
