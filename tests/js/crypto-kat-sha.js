// Known answers for SHA-1, SHA-2, SHA-3 and SHAKE (FIPS 180-4 / FIPS 202 example
// messages: "", "abc", the 448-bit two-block message, one million "a").
'use strict';
const crypto = require('crypto');
let failed = 0;
function check(name, got, want) {
  if (got !== want) {
    failed++;
    console.log(`FAIL ${name}\n  expected ${want}\n  saw      ${got}`);
  }
}
const m448 = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
const vectors = [
  ['sha1', '', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
  ['sha1', 'abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
  ['sha1', m448, '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
  ['sha224', 'abc', '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7'],
  ['sha256', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['sha256', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['sha256', m448, '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ['sha384', 'abc', 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed' +
    '8086072ba1e7cc2358baeca134c825a7'],
  ['sha512', 'abc', 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
    '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'],
  ['sha3-256', '', 'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a'],
  ['sha3-256', 'abc', '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532'],
  ['sha3-512', 'abc', 'b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e' +
    '10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0'],
];
for (const [alg, msg, want] of vectors) {
  check(`${alg}(${JSON.stringify(msg.slice(0, 8))})`, crypto.createHash(alg).update(msg).digest('hex'), want);
}
check('shake128("", 256)', crypto.createHash('shake128', { outputLength: 32 }).digest('hex'),
  '7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26');
check('shake256("", 512)', crypto.createHash('shake256', { outputLength: 64 }).digest('hex'),
  '46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f' +
  'd75dc4ddd8c0f200cb05019d67b592f6fc821c49479ab48640292eacb3b7c4be');
// One million "a", fed in uneven pieces to cross block boundaries.
const h = crypto.createHash('sha256');
const chunk = Buffer.alloc(999, 'a');
let left = 1000000;
while (left > 0) {
  const n = Math.min(left, chunk.length);
  h.update(chunk.subarray(0, n));
  left -= n;
}
check('sha256(1e6 a)', h.digest('hex'), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
if (failed) process.exit(1);
console.log('ok');
