'use strict';
// dns/promises: lookup and lookupService returning promises (arguments are checked
// synchronously, as node does).

const lookupImpl = require('internal/dns/lookup');
const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
const resolverImpl = require('internal/dns/resolver');

function lookup(hostname, options) {
  const o = lookupImpl.lookupOptions(hostname, options);
  return new Promise((resolve, reject) => {
    lookupImpl.runLookup(o, (err, entries) => {
      if (err) return reject(err);
      if (o.all) return resolve(entries);
      if (entries.length === 0) return resolve({ address: null, family: o.family === 6 ? 6 : 4 });
      resolve(entries[0]);
    });
  });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  port = lookupImpl.lookupServiceArgs(address, port);
  return new Promise((resolve, reject) => {
    lookupImpl.runLookupService(address, port, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    });
  });
}

module.exports = {
  lookup,
  lookupService,
  getDefaultResultOrder: lookupImpl.getDefaultResultOrder,
  setDefaultResultOrder: lookupImpl.setDefaultResultOrder,
  ...lookupImpl.errorCodes,
  Resolver: resolverImpl.PromiseResolver,
  ...resolverImpl.promiseFunctions(),
};
