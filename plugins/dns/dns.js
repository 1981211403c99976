'use strict';
// The dns module: lookup/lookupService through the system resolver (getaddrinfo,
// getnameinfo on libuv's thread pool); resolve*(), reverse and Resolver through c-ares
// (internal/dns/resolver).

const lookupImpl = require('internal/dns/lookup');

const { errorCodes } = lookupImpl;
const resolverImpl = require('internal/dns/resolver');

let promises;

module.exports = {
  lookup: lookupImpl.lookup,
  lookupService: lookupImpl.lookupService,
  getDefaultResultOrder: lookupImpl.getDefaultResultOrder,
  setDefaultResultOrder: lookupImpl.setDefaultResultOrder,
  ADDRCONFIG: binding.AI_ADDRCONFIG,
  ALL: binding.AI_ALL,
  V4MAPPED: binding.AI_V4MAPPED,
  ...errorCodes,
  Resolver: resolverImpl.Resolver,
  ...resolverImpl.callbackFunctions(),
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true, enumerable: true,
  get() {
    if (!promises) promises = require('dns/promises');
    return promises;
  },
});
