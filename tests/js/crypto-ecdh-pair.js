// differential: ECDH.computeSecret after setPublicKey: the pair's own key (any point form) keeps it valid, another key breaks it (ERR_CRYPTO_INVALID_KEYPAIR)
'use strict';
const crypto = require('crypto');

const a = crypto.createECDH('prime256v1');
a.setPrivateKey(Buffer.alloc(32, 1));
const b = crypto.createECDH('prime256v1');
b.setPrivateKey(Buffer.alloc(32, 2));
const peer = b.getPublicKey();
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
t('plain', () => a.computeSecret(peer, null, 'hex'));
a.setPublicKey(a.getPublicKey(null, 'compressed'));
t('own compressed', () => a.computeSecret(peer, null, 'hex'));
a.setPublicKey(a.getPublicKey(null, 'hybrid'));
t('own hybrid', () => a.computeSecret(peer, null, 'hex'));
a.setPublicKey(peer);
t('other', () => a.computeSecret(peer, null, 'hex'));
console.log(a.getPublicKey('hex') === b.getPublicKey('hex'));
a.generateKeys();
t('after generateKeys', () => a.computeSecret(peer, null, 'hex').length);
a.setPublicKey(peer);
a.setPrivateKey(Buffer.alloc(32, 1));
t('after setPrivateKey', () => a.computeSecret(peer, null, 'hex'));
