// differential: key agreement: ECDH with fixed private keys (public points in every format, secrets, convertKey), X25519 RFC 7748 vectors as known answers via diffieHellman(), modp groups with fixed private values, bad input
'use strict';
const crypto = require('crypto');
const assert = require('assert');
function t(label, f) {
  try {
    const r = f();
    console.log(label, Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, JSON.stringify(e.message));
  }
}

for (const curve of ['prime256v1', 'secp384r1', 'secp256k1']) {
  const a = crypto.createECDH(curve);
  const b = crypto.createECDH(curve);
  a.setPrivateKey(Buffer.alloc(curve === 'secp384r1' ? 48 : 32, 0x11));
  b.setPrivateKey('2222222222222222222222222222222222222222222222222222222222222222', 'hex');
  t(`${curve} public`, () => a.getPublicKey('hex'));
  t(`${curve} compressed`, () => a.getPublicKey('base64', 'compressed'));
  t(`${curve} hybrid`, () => a.getPublicKey(null, 'hybrid'));
  t(`${curve} private`, () => b.getPrivateKey('hex'));
  const s1 = a.computeSecret(b.getPublicKey());
  t(`${curve} secret`, () => [s1.toString('hex'), s1.equals(b.computeSecret(a.getPublicKey('hex'), 'hex'))]);
  t(`${curve} secret from compressed`, () => b.computeSecret(a.getPublicKey(null, 'compressed'), null, 'base64'));
  t(`${curve} convert`, () => crypto.ECDH.convertKey(a.getPublicKey(null, 'compressed'), curve, null, 'hex', 'uncompressed') ===
    a.getPublicKey('hex'));
}
const g = crypto.createECDH('prime256v1');
const pub = g.generateKeys();
t('generated', () => [pub.length, pub[0], g.getPublicKey().equals(pub), g.getPrivateKey().length <= 32]);
t('generateKeys compressed', () => crypto.createECDH('prime256v1').generateKeys('buffer', 'compressed').length);
const kp = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const h = crypto.createECDH('prime256v1');
h.setPrivateKey(Buffer.from(kp.privateKey.export({ format: 'jwk' }).d, 'base64url'));
t('ecdh vs keyobject', () => Buffer.from(kp.publicKey.export({ format: 'jwk' }).x, 'base64url')
  .equals(h.getPublicKey().subarray(1, 33)));

// X25519, RFC 7748 section 6.1.
const hex = (s) => Buffer.from(s, 'hex').toString('base64url');
const alice = crypto.createPrivateKey({ format: 'jwk', key: { kty: 'OKP', crv: 'X25519',
  d: hex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'),
  x: hex('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a') } });
const bobPub = crypto.createPublicKey({ format: 'jwk', key: { kty: 'OKP', crv: 'X25519',
  x: hex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f') } });
const shared = crypto.diffieHellman({ privateKey: alice, publicKey: bobPub });
assert.strictEqual(shared.toString('hex'), '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742');
t('x25519 rfc7748', () => shared);
t('x25519 public', () => crypto.createPublicKey(alice).export({ format: 'jwk' }).x);
const e1 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' });
const e2 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' });
t('ec diffieHellman', () => crypto.diffieHellman({ privateKey: e1.privateKey, publicKey: e2.publicKey })
  .equals(crypto.diffieHellman({ privateKey: e2.privateKey, publicKey: e1.publicKey })));

// modp groups.
for (const group of ['modp1', 'modp2', 'modp14']) {
  // Groups have no setPrivateKey: fixed private values go through createDiffieHellman.
  const grp = crypto.getDiffieHellman(group);
  const d1 = crypto.createDiffieHellman(grp.getPrime(), grp.getGenerator());
  const d2 = crypto.createDiffieHellman(crypto.createDiffieHellmanGroup(group).getPrime('hex'), 'hex', 2);
  d1.setPrivateKey(Buffer.from('0102030405060708', 'hex'));
  d2.setPrivateKey(Buffer.from('a1a2a3a4a5a6a7a8', 'hex'));
  t(`${group} prime`, () => [d1.getPrime().length, d1.getGenerator('hex'), d1.verifyError]);
  t(`${group} public before generateKeys`, () => d1.getPublicKey('hex'));
  t(`${group} generateKeys keeps the private key`, () => d1.generateKeys('hex') === d1.getPublicKey('hex'));
  d2.generateKeys();
  t(`${group} public`, () => d1.getPublicKey('hex'));
  t(`${group} secret`, () => [d1.computeSecret(d2.getPublicKey()).toString('hex'),
    d1.computeSecret(d2.getPublicKey()).equals(d2.computeSecret(d1.getPublicKey()))]);
}
const r1 = crypto.getDiffieHellman('modp14');
const r2 = crypto.getDiffieHellman('modp14');
r1.generateKeys();
r2.generateKeys();
t('modp generated', () => r1.computeSecret(r2.getPublicKey()).equals(r2.computeSecret(r1.getPublicKey())));
const p = crypto.getDiffieHellman('modp2').getPrime();
const c1 = crypto.createDiffieHellman(p, crypto.getDiffieHellman('modp2').getGenerator());
const c2 = crypto.createDiffieHellman(p.toString('hex'), 'hex', 2);
c1.generateKeys();
c2.generateKeys();
t('custom prime', () => [c1.verifyError, c1.computeSecret(c2.getPublicKey()).equals(c2.computeSecret(c1.getPublicKey()))]);
t('small prime verifyError', () => crypto.createDiffieHellman(Buffer.from([7]), Buffer.from([2])).verifyError);

// Bad input.
t('unknown curve', () => crypto.createECDH('nope'));
t('no keys yet', () => crypto.createECDH('prime256v1').getPublicKey());
t('zero private', () => crypto.createECDH('prime256v1').setPrivateKey(Buffer.alloc(32)));
t('bad point', () => g.computeSecret(Buffer.alloc(65, 1)));
t('secret without keys', () => crypto.createECDH('prime256v1').computeSecret(pub));
t('convert garbage', () => crypto.ECDH.convertKey(Buffer.alloc(3), 'prime256v1'));
t('bad format', () => crypto.createECDH('prime256v1').generateKeys('hex', 'foo'));
t('unknown group', () => crypto.getDiffieHellman('foo'));
t('peer too small', () => r1.computeSecret(Buffer.from([1])));
t('peer too large', () => r1.computeSecret(r1.getPrime()));
t('dh no options', () => crypto.diffieHellman());
t('dh empty options', () => crypto.diffieHellman({}));
t('dh mixed types', () => crypto.diffieHellman({ privateKey: alice, publicKey: e1.publicKey }));
t('dh curve mismatch', () => crypto.diffieHellman({ privateKey: kp.privateKey, publicKey: e1.publicKey }));
t('dh public as private', () => crypto.diffieHellman({ privateKey: e1.publicKey, publicKey: e2.publicKey }));

// DH KeyObjects: generateKeyPair('dh') from a group, a prime or a prime length.
const ga = crypto.generateKeyPairSync('dh', { group: 'modp14' });
const gb = crypto.generateKeyPairSync('dh', { prime: crypto.getDiffieHellman('modp14').getPrime() });
t('dh keys', () => [ga.publicKey.asymmetricKeyType, ga.privateKey.asymmetricKeyDetails]);
t('dh agree', () => crypto.diffieHellman({ privateKey: ga.privateKey, publicKey: gb.publicKey })
  .equals(crypto.diffieHellman({ privateKey: gb.privateKey, publicKey: ga.publicKey })));
t('dh spki', () => ga.publicKey.export({ type: 'spki', format: 'pem' }).split('\n')[0]);
t('dh no source', () => crypto.generateKeyPairSync('dh', {}));
t('dh group and prime', () => crypto.generateKeyPairSync('dh', { group: 'modp5', prime: Buffer.alloc(1) }));
t('dh unknown group', () => crypto.generateKeyPairSync('dh', { group: 'foo' }));
crypto.generateKeyPair('dh', { primeLength: 512 }, (err, pub, priv) => t('dh async', () => [err, pub.asymmetricKeyType, priv.type]));
