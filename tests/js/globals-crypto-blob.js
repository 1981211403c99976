// differential
'use strict';
// The WebCrypto classes and Blob/File are globals, lazily, as in node.
for (const name of ['Crypto', 'CryptoKey', 'SubtleCrypto', 'Blob', 'File']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], d.enumerable, d.configurable);
}
console.log(crypto instanceof Crypto, crypto.subtle instanceof SubtleCrypto);
console.log(Blob === require('buffer').Blob, File === require('buffer').File);
for (const C of [Crypto, CryptoKey, SubtleCrypto]) {
  try {
    new C();
  } catch (err) {
    console.log(C.name, err.name, err.code, err.message);
  }
}
crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign'])
  .then((key) => console.log(key instanceof CryptoKey, key.type, key.algorithm.name));
globalThis.Blob = 1;
console.log(Blob);
