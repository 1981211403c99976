// Native handles cannot be forged or swapped between kinds: a tampered Hash, Hmac or
// Cipheriv throws a TypeError instead of touching foreign memory. Recycled handles (a
// digested Hash's handle serves the next createHash) keep results independent.
'use strict';
const crypto = require('crypto');
let failed = 0;
function expectThrow(name, fn) {
  try {
    fn();
    failed++;
    console.log(`FAIL ${name}: expected a TypeError, nothing was thrown`);
  } catch (e) {
    if (!(e instanceof TypeError)) {
      failed++;
      console.log(`FAIL ${name}: expected a TypeError, saw ${e && e.name}: ${e && e.message}`);
    }
  }
}
const handleOf = (o) => Object.getOwnPropertySymbols(o).find((s) => s.description === 'kHandle');

const hash = crypto.createHash('sha256');
const hmac = crypto.createHmac('sha256', 'k');
const cipher = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
const hs = handleOf(hash);
const ms = handleOf(hmac);
const cs = handleOf(cipher);
for (const [label, value] of [['object', {}], ['number', 1], ['hmac handle', hmac[ms]], ['cipher handle', cipher[cs]]]) {
  const h = crypto.createHash('sha256');
  h[hs] = value;
  expectThrow(`hash with ${label}`, () => h.update('x'));
}
for (const [label, value] of [['hash handle', hash[hs]], ['cipher handle', cipher[cs]], ['string', 'x']]) {
  const m = crypto.createHmac('sha256', 'k');
  m[ms] = value;
  expectThrow(`hmac with ${label}`, () => m.update('x'));
}
for (const [label, value] of [['hash handle', hash[hs]], ['hmac handle', hmac[ms]], ['null', null]]) {
  const c = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
  c[cs] = value;
  expectThrow(`cipher with ${label}`, () => c.update('x'));
}

// Interleaved hashes stay independent while handles are recycled between them.
const want = crypto.createHash('sha1').update('abc').digest('hex');
const a = crypto.createHash('sha1').update('a');
for (let i = 0; i < 100; i++) crypto.createHash('md5').update(String(i)).digest();
const b = crypto.createHash('sha1').update('ab');
a.update('bc');
b.update('c');
for (const [name, got] of [['a', a.digest('hex')], ['b', b.digest('hex')]]) {
  if (got !== want) {
    failed++;
    console.log(`FAIL recycled ${name}: expected ${want}, saw ${got}`);
  }
}
const stale = crypto.createHash('sha256');
stale.digest();
const fresh = crypto.createHash('sha256');
try {
  stale.update('x');
  failed++;
  console.log('FAIL digested hash accepted update');
} catch (e) {
  if (e.code !== 'ERR_CRYPTO_HASH_FINALIZED') {
    failed++;
    console.log(`FAIL digested hash: expected ERR_CRYPTO_HASH_FINALIZED, saw ${e.code}`);
  }
}
const e256 = crypto.createHash('sha256').digest('hex');
if (fresh.digest('hex') !== e256) {
  failed++;
  console.log('FAIL fresh hash disturbed by a digested one');
}
if (failed) process.exit(1);
console.log('ok');
