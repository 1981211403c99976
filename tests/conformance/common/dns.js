'use strict';
// The parts of node's test/common/dns that tests outside the dns family use: a lookup
// function that fails the way getaddrinfo does, without touching the network.
const mockedErrorCode = 'ENOTFOUND';
const mockedSysCall = 'getaddrinfo';

function errorLookupMock(code = mockedErrorCode, syscall = mockedSysCall) {
  return function lookupWithError(hostname, dnsopts, cb) {
    const err = new Error(`${syscall} ${code} ${hostname}`);
    err.code = code;
    err.errno = code;
    err.syscall = syscall;
    err.hostname = hostname;
    cb(err);
  };
}

// A lookup answering every name with the given addresses (the first one when not
// asked for all), for tests of how sockets pick among them.
function createMockedLookup(...addresses) {
  const entries = addresses.map((address) => ({
    address, family: require('net').isIP(address),
  }));
  return function lookup(hostname, options, cb) {
    if (typeof options === 'function') {
      cb = options;
      options = {};
    }
    if (options && options.all === true) {
      process.nextTick(cb, null, entries);
    } else {
      process.nextTick(cb, null, entries[0].address, entries[0].family);
    }
  };
}

module.exports = { errorLookupMock, mockedErrorCode, mockedSysCall, createMockedLookup };
