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

module.exports = { errorLookupMock, mockedErrorCode, mockedSysCall };
