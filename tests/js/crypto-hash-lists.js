// differential: getHashes/getCiphers/getCurves name lists, getFips, secureHeapUsed, subtle and webcrypto identity
'use strict';
const crypto = require('crypto');
console.log(JSON.stringify(crypto.getHashes()));
console.log(JSON.stringify(crypto.getCiphers()));
console.log(JSON.stringify(crypto.getCurves()));
console.log(crypto.getFips(), crypto.secureHeapUsed());
console.log(crypto.subtle === crypto.webcrypto.subtle, globalThis.crypto === crypto.webcrypto);
// Every listed cipher can be described; every listed hash can be created.
console.log(crypto.getCiphers().filter((n) => crypto.getCipherInfo(n) === undefined));
console.log(crypto.getHashes().filter((n) => {
  try { crypto.createHash(n); return false; } catch { return true; }
}));
crypto.setFips(true);
console.log('fips', crypto.getFips());
crypto.setFips(false);
console.log('fips', crypto.getFips(), crypto.createHash('sha256').update('a').digest('hex'));
