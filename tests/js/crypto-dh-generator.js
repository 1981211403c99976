// differential: createDiffieHellman generators: numeric 0 means 2, other numbers below 2 and byte strings below 2 are OpenSSL's bad generator
'use strict';
const crypto = require('crypto');

// RFC 3526's 1536-bit MODP prime, so no prime has to be generated.
const prime = crypto.getDiffieHellman('modp5').getPrime();
for (const g of [0, 1, -1, 2, 3, 5, Buffer.from([0]), Buffer.from([1]), Buffer.from([2]), Buffer.alloc(0), '02', 'ab']) {
  try {
    const dh = crypto.createDiffieHellman(prime, g);
    console.log(g, dh.getGenerator('hex'), dh.verifyError);
  } catch (e) {
    console.log(g, e.name, e.code, e.message);
  }
}
const dh = crypto.createDiffieHellman('abcdef', 'hex', 0);
console.log(dh.getGenerator('hex'), dh.getPrime('hex'));
