// differential: EC keys: an spki with a compressed point imports and exports uncompressed (raw and spki), and a pkcs8 private key whose scalar is not in [1, order-1] is refused with DataError, though crypto.createPrivateKey accepts it
'use strict';
const crypto = require('crypto');
const { subtle } = globalThis.crypto;

const kSpkiPrefix = '3039301306072a8648ce3d020106082a8648ce3d030107032200';
const kPkcs8Prefix = '3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420';
const kOrder = 'ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551';

(async () => {
  const ecdh = crypto.createECDH('prime256v1');
  ecdh.setPrivateKey(Buffer.alloc(32, 7));
  const compressed = Buffer.from(kSpkiPrefix + ecdh.getPublicKey('hex', 'compressed'), 'hex');
  for (const name of ['ECDSA', 'ECDH']) {
    const key = await subtle.importKey('spki', compressed, { name, namedCurve: 'P-256' }, true, []);
    const spki = Buffer.from(await subtle.exportKey('spki', key));
    const raw = Buffer.from(await subtle.exportKey('raw', key));
    console.log(name, 'spki', spki.length, spki.toString('hex'));
    console.log(name, 'raw', raw.equals(ecdh.getPublicKey()));
  }

  for (const [label, scalar] of [['order', kOrder], ['zero', '00'.repeat(32)], ['one', '00'.repeat(31) + '01']]) {
    const pkcs8 = Buffer.from(kPkcs8Prefix + scalar, 'hex');
    let plain;
    try {
      plain = crypto.createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }).type;
    } catch (e) {
      plain = `threw ${e.code}`;
    }
    for (const [name, usages] of [['ECDSA', ['sign']], ['ECDH', ['deriveBits']]]) {
      await subtle.importKey('pkcs8', pkcs8, { name, namedCurve: 'P-256' }, true, usages).then(
        (k) => console.log(label, name, plain, 'imported', k.type),
        (e) => console.log(label, name, plain, e.name, e.message));
    }
  }
})();
