// differential: generateKey for RSA keeps the caller's publicExponent object in the key's algorithm (shared by both halves), util.types.isCryptoKey knows CryptoKeys, and RSA-PSS sign and verify both reject a saltLength above the maximum with an OperationError whose cause is ERR_OUT_OF_RANGE
'use strict';
const { subtle } = globalThis.crypto;
const { types } = require('util');

(async () => {
  const publicExponent = Buffer.from([1, 0, 1]);
  const { publicKey, privateKey } = await subtle.generateKey({
    name: 'RSA-PSS', modulusLength: 1024, publicExponent, hash: 'SHA-256',
  }, false, ['sign', 'verify']);
  console.log('isCryptoKey', types.isCryptoKey(publicKey), types.isCryptoKey(privateKey),
              types.isCryptoKey({}), types.isKeyObject(publicKey));
  console.log('exponent kept', publicKey.algorithm.publicExponent === publicExponent,
              Buffer.isBuffer(privateKey.algorithm.publicExponent));
  console.log('algorithm shared', publicKey.algorithm === privateKey.algorithm,
              publicKey.algorithm === publicKey.algorithm, publicKey.usages === publicKey.usages);
  console.log(publicKey.algorithm, publicKey.usages, privateKey.usages);

  const data = Buffer.from('Hello, world!');
  const max = 1024 / 8 - 32 - 2;
  const signature = await subtle.sign({ name: 'RSA-PSS', saltLength: max }, privateKey, data);
  console.log('max salt verifies', await subtle.verify({ name: 'RSA-PSS', saltLength: max }, publicKey, signature, data));
  for (const [label, run] of [
    ['sign', () => subtle.sign({ name: 'RSA-PSS', saltLength: max + 1 }, privateKey, data)],
    ['verify', () => subtle.verify({ name: 'RSA-PSS', saltLength: max + 1 }, publicKey, signature, data)],
  ]) {
    await run().then((v) => console.log(label, 'ok', v), (e) => {
      console.log(label, e.name, e.message, e.cause && e.cause.name, e.cause && e.cause.code,
                  e.cause && e.cause.message);
    });
  }
})();
