'use strict';
// Helpers node's crypto tests take from test/common/crypto: PEM shape matchers, key-pair
// round trips and a size check. Written for nodus from what the tests expect of them.

const assert = require('assert');
const crypto = require('crypto');

// Key sizes vary by a few bytes (leading zeros, DER lengths): within 10% counts.
function assertApproximateSize(key, expectedSize) {
  const unit = typeof key === 'string' ? 'chars' : 'bytes';
  const min = Math.floor(0.9 * expectedSize);
  const max = Math.ceil(1.1 * expectedSize);
  assert(key.length >= min, `Key (${key.length} ${unit}) is shorter than expected (${min} ${unit})`);
  assert(key.length <= max, `Key (${key.length} ${unit}) is longer than expected (${max} ${unit})`);
}

// Encrypts with the public key and decrypts with the private one (both as given: objects,
// PEM strings or { key, passphrase } options).
function testEncryptDecrypt(publicKey, privateKey) {
  const message = 'Hello Node.js world!';
  const plaintext = Buffer.from(message, 'utf8');
  for (const key of [publicKey, privateKey]) {
    const ciphertext = crypto.publicEncrypt(key, plaintext);
    const received = crypto.privateDecrypt(privateKey, ciphertext);
    assert.strictEqual(received.toString('utf8'), message);
  }
}

// Signs with the private key and verifies with both halves, one-shot and streaming.
function testSignVerify(publicKey, privateKey) {
  const message = Buffer.from('Hello Node.js world!');
  function oldSign(algo, data, key) {
    return crypto.createSign(algo).update(data).sign(key);
  }
  function oldVerify(algo, data, key, signature) {
    return crypto.createVerify(algo).update(data).verify(key, signature);
  }
  for (const signFn of [crypto.sign, oldSign]) {
    const signature = signFn('SHA256', message, privateKey);
    for (const verifyFn of [crypto.verify, oldVerify]) {
      for (const key of [publicKey, privateKey]) {
        assert.strictEqual(verifyFn('SHA256', message, key, signature), true);
        assert.strictEqual(verifyFn('SHA256', Buffer.from('other'), key, signature), false);
      }
    }
  }
}

// PEM matchers: a label, optional headers, base64 lines of 64 characters.
function pemMatcher(label, cipher) {
  const headers = cipher === undefined ? '' :
    `Proc-Type: 4,ENCRYPTED\nDEK-Info: ${cipher},[0-9A-F]+\n\n`;
  return new RegExp(`^-----BEGIN ${label}-----\n${headers}` +
                    '(?:[A-Za-z0-9+/=]{64}\n)*[A-Za-z0-9+/=]{1,64}\n' +
                    `-----END ${label}-----\n$`);
}

const pkcs1PubExp = pemMatcher('RSA PUBLIC KEY');
const pkcs1PrivExp = pemMatcher('RSA PRIVATE KEY');
const pkcs1EncExp = (cipher) => pemMatcher('RSA PRIVATE KEY', cipher);
const spkiExp = pemMatcher('PUBLIC KEY');
const pkcs8Exp = pemMatcher('PRIVATE KEY');
const pkcs8EncExp = pemMatcher('ENCRYPTED PRIVATE KEY');
const sec1Exp = pemMatcher('EC PRIVATE KEY');
const sec1EncExp = (cipher) => pemMatcher('EC PRIVATE KEY', cipher);

// RFC 2409's 1024-bit MODP prime (crypto's own modp2 group).
const modp2buf = crypto.getDiffieHellman('modp2').getPrime();

module.exports = {
  assertApproximateSize, testEncryptDecrypt, testSignVerify, modp2buf,
  pkcs1PubExp, pkcs1PrivExp, pkcs1EncExp, spkiExp, pkcs8Exp, pkcs8EncExp, sec1Exp, sec1EncExp,
};
