'use strict';
// The dns module: lookup/lookupService through the system resolver (getaddrinfo,
// getnameinfo on libuv's thread pool). The c-ares based resolve*() family and
// Resolver are not provided.

const lookupImpl = require('internal/dns/lookup');

const { errorCodes } = lookupImpl;

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
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true, enumerable: true,
  get() {
    if (!promises) promises = require('dns/promises');
    return promises;
  },
});
