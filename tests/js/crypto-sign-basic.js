// differential: sign/verify and Sign/Verify for RSA PKCS#1 v1.5 and PSS, ECDSA (der, ieee-p1363), Ed25519 (RFC 8032 vectors as known answers), RSA public/private encryption, bad input
'use strict';
const crypto = require('crypto');
const assert = require('assert');
const RSA_PEM = `-----BEGIN RSA PRIVATE KEY-----
MIICXgIBAAKBgQDPpzU30+3hpaHMoOfQp+JzPIcDdrNjzK18P23UxcMv9Z2aGkke
t/na9pub9xeYB1rYlEObKlz8ow3BeACIfjkOh4DqFmvpmRh8e99NHOQdbkE+JGZB
UIa26+B7KAIjNosTuHDvMGmycMFoDjuBsW+aBAzdc8kPufKnJcSP/zpbcQIDAQAB
AoGBAIOmkPj6JiEfb7tacF47cjh5MWgiw40MYRka5bk2QI+RewAOljkhjwkhvHpf
Z9f9Ib2aElq3uwh5H+l++WeQDv9flXoOIRyx1VzekivX2EGl53KcXd01uTQg/I/p
TRhfZMrNqoWxbv7RZgdWmcm6YptzAxzp6BXCbotsIKLdCZ/5AkEA/MnfXkOf8IPz
5I57/Pa3JDr3VO/+9olZfcaN6cu7vZb7vw4oDL7Z+8hmfYS2KRpXoNDA/6RO9xvs
8tjwLrIPVwJBANJKi2GMMYmdCCEfyHlmghzFAEo0Fwc0X59QJwx5AmNSAJIm7nLJ
Mb5Mdj5B2jtzbQN1+mNUW1sknmhTZfZiVncCQQCIDP4y9aJ3CA2TzTveAcq/rRzA
kgpfFb0cfGiUlBoPB9umEDBt66nWYR0IIQ0JQiw3WSMGc6AsTtNQQIHEIAExAkEA
wnz3E6zZU/DLx/bhLoZD59+7OOWcNqmVln5G3x47uyfoJ0OiXL7/JoUJBuNYtos2
U3EVtjAandzsNIiNUKX6WQJAFpRvdnk7lFW1cO24A+7c70B+zlEdenEv10zJsH/0
fLW3nQBHaj+C/jlT+m56vVETU9JanMMCL9m+699uqK4zVw==
-----END RSA PRIVATE KEY-----
`;
const EC_PEM = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIKaNzVzrIgP0Fyfh572XxcjWWkLjt+QSv7pdyJliGchaoAoGCCqGSM49
AwEHoUQDQgAErng4Ho/NslPivWfmE390aOuImE3Rj9/pcoHR/T7yLy69Wk8TQ6PM
gr8jGbDIVZyyC9R6qrK9ACViXLcbvsp/Sg==
-----END EC PRIVATE KEY-----
`;
function t(label, f) {
  try {
    const r = f();
    console.log(label, Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, JSON.stringify(e.message));
  }
}
const rsa = crypto.createPrivateKey(RSA_PEM);
const rsaPub = crypto.createPublicKey(rsa);
const ec = crypto.createPrivateKey(EC_PEM);
const ecPub = crypto.createPublicKey(ec);
const msg = Buffer.from('the quick brown fox');
const { RSA_PKCS1_PSS_PADDING, RSA_PKCS1_PADDING, RSA_PSS_SALTLEN_DIGEST } = { RSA_PKCS1_PSS_PADDING: 6, RSA_PKCS1_PADDING: 1, RSA_PSS_SALTLEN_DIGEST: -1 };

// RSA PKCS#1 v1.5 is deterministic: the signature itself is compared with node's.
for (const alg of ['sha1', 'sha256', 'sha512', 'RSA-SHA384', 'SHA256']) {
  t(`rsa ${alg}`, () => crypto.sign(alg, msg, rsa));
  t(`rsa ${alg} verify`, () => crypto.verify(alg, msg, rsaPub, crypto.sign(alg, msg, rsa)));
}
t('rsa stream', () => crypto.createSign('sha256').update('the quick ').update('brown fox').sign(rsa, 'base64'));
t('rsa stream pem', () => crypto.createSign('SHA256').update(msg).sign(RSA_PEM, 'hex'));
t('rsa stream verify', () => crypto.createVerify('sha256').update(msg).verify(RSA_PEM,
  crypto.sign('sha256', msg, rsa).toString('base64'), 'base64'));
t('rsa default digest', () => crypto.verify(null, msg, rsaPub, crypto.sign(null, msg, rsa)));
t('rsa tampered', () => crypto.verify('sha256', Buffer.from('other'), rsaPub, crypto.sign('sha256', msg, rsa)));
t('rsa wrong digest', () => crypto.verify('sha1', msg, rsaPub, crypto.sign('sha256', msg, rsa)));
const w = crypto.createSign('sha256');
w.write(msg);
w.end();
t('sign as stream', () => w.sign(rsa, 'hex'));

// PSS is randomized: check verification under the salt-length rules.
for (const saltLength of [undefined, 0, 20, RSA_PSS_SALTLEN_DIGEST]) {
  const sig = crypto.sign('sha256', msg, { key: rsa, padding: RSA_PKCS1_PSS_PADDING, saltLength });
  t(`pss salt ${saltLength}`, () => [sig.length,
    crypto.verify('sha256', msg, { key: rsaPub, padding: RSA_PKCS1_PSS_PADDING, saltLength }, sig),
    crypto.verify('sha256', msg, { key: rsaPub, padding: RSA_PKCS1_PADDING }, sig)]);
}
const pss = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha256', saltLength: 16 });
t('rsa-pss key', () => crypto.verify('sha256', msg, pss.publicKey, crypto.sign('sha256', msg, pss.privateKey)));

// ECDSA: random too; DER and P1363 encodings and their sizes.
for (const dsaEncoding of ['der', 'ieee-p1363']) {
  const sig = crypto.sign('sha256', msg, { key: ec, dsaEncoding });
  t(`ecdsa ${dsaEncoding}`, () => [dsaEncoding === 'der' ? sig[0] : sig.length,
    crypto.verify('sha256', msg, { key: ecPub, dsaEncoding }, sig),
    crypto.verify('sha256', msg, { key: ecPub, dsaEncoding: dsaEncoding === 'der' ? 'ieee-p1363' : 'der' }, sig)]);
}
for (const namedCurve of ['P-384', 'P-521', 'secp256k1']) {
  const k = crypto.generateKeyPairSync('ec', { namedCurve });
  const sig = crypto.sign('sha384', msg, { key: k.privateKey, dsaEncoding: 'ieee-p1363' });
  t(`ecdsa ${namedCurve}`, () => [sig.length, crypto.verify('sha384', msg, { key: k.publicKey, dsaEncoding: 'ieee-p1363' }, sig)]);
}
t('ecdsa stream', () => crypto.createVerify('sha256').update(msg).verify(ecPub, crypto.createSign('sha256').update(msg).sign(ec)));
const dsa = crypto.generateKeyPairSync('dsa', { modulusLength: 1024 });
t('dsa', () => crypto.verify('sha256', msg, dsa.publicKey, crypto.sign('sha256', msg, dsa.privateKey)));

// Ed25519, RFC 8032 section 7.1 tests 1-3: known answers.
const vectors = [
  ['9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', '',
    'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'],
  ['4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
    '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c', '72',
    '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00'],
  ['c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
    'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025', 'af82',
    '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a'],
];
for (const [d, x, m, expected] of vectors) {
  const b64 = (h) => Buffer.from(h, 'hex').toString('base64url');
  const priv = crypto.createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: b64(d), x: b64(x) }, format: 'jwk' });
  const pub = crypto.createPublicKey(priv);
  const sig = crypto.sign(null, Buffer.from(m, 'hex'), priv);
  assert.strictEqual(sig.toString('hex'), expected, `RFC 8032 signature for message '${m}'`);
  assert.strictEqual(pub.export({ format: 'jwk' }).x, b64(x), 'RFC 8032 public key');
  assert.ok(crypto.verify(null, Buffer.from(m, 'hex'), pub, Buffer.from(expected, 'hex')));
  t(`ed25519 '${m}'`, () => [sig.toString('hex'), crypto.verify(null, Buffer.from('x'), pub, sig)]);
}
const ed448 = crypto.generateKeyPairSync('ed448');
t('ed448', () => crypto.verify(null, msg, ed448.publicKey, crypto.sign(null, msg, ed448.privateKey)));
// Callback forms (chained: completion order between two jobs is not defined).
t('sign callback', () => crypto.sign('sha256', msg, rsa, (err, sig) => {
  console.log('sign callback', err, sig.length);
  crypto.verify('sha256', msg, rsaPub, sig, (err2, ok) => console.log('verify callback', err2, ok));
}));

// RSA encryption.
const OAEP = 4;
for (const opts of [{}, { oaepHash: 'sha256' }, { oaepHash: 'sha384', oaepLabel: Buffer.from('label') }]) {
  const ct = crypto.publicEncrypt({ key: rsaPub, ...opts }, Buffer.from('secret message'));
  t(`oaep ${JSON.stringify(opts)}`, () => [ct.length, crypto.privateDecrypt({ key: rsa, ...opts }, ct).toString()]);
}
t('oaep wrong label', () => crypto.privateDecrypt({ key: rsa, oaepLabel: Buffer.from('x') }, crypto.publicEncrypt(rsaPub, Buffer.from('m'))));
t('oaep pem', () => crypto.privateDecrypt(RSA_PEM, crypto.publicEncrypt(RSA_PEM, Buffer.from('from pem'))).toString());
t('pkcs1 encrypt', () => crypto.publicEncrypt({ key: rsaPub, padding: RSA_PKCS1_PADDING }, Buffer.from('m')).length);
t('privateEncrypt', () => crypto.privateEncrypt(rsa, Buffer.from('signed blob')));
t('publicDecrypt', () => crypto.publicDecrypt(rsaPub, crypto.privateEncrypt(rsa, Buffer.from('signed blob'))).toString());
t('OAEP constant', () => OAEP);

// Bad input.
t('unknown digest', () => crypto.sign('nope', msg, rsa));
t('createSign unknown', () => crypto.createSign('foo'));
t('sign with secret', () => crypto.createSign('sha256').update('x').sign(crypto.createSecretKey(Buffer.alloc(3))));
t('sign without key', () => crypto.createSign('sha256').sign());
t('sign with public', () => crypto.sign('sha256', msg, rsaPub));
t('verify with secret', () => crypto.verify('sha256', msg, crypto.createSecretKey(Buffer.alloc(3)), Buffer.alloc(3)));
t('bad sig encoding', () => crypto.createVerify('sha256').verify(ecPub, 'zz', 'foo'));
t('bad out encoding', () => crypto.createSign('sha256').update('x').sign(ec, 'foo'));
t('bad dsaEncoding', () => crypto.sign('sha256', msg, { key: ec, dsaEncoding: 'foo' }));
t('short p1363', () => crypto.verify('sha256', msg, { key: ecPub, dsaEncoding: 'ieee-p1363' }, Buffer.alloc(3)));
t('bad signature type', () => crypto.verify('sha256', msg, ecPub, 'sig'));
t('encrypt with secret', () => crypto.publicEncrypt(crypto.createSecretKey(Buffer.from('a')), Buffer.from('x')));
t('decrypt garbage', () => crypto.privateDecrypt(rsa, Buffer.alloc(128)));
t('pkcs1 decrypt refused', () => crypto.privateDecrypt({ key: rsa, padding: RSA_PKCS1_PADDING }, Buffer.alloc(128)));
t('too long', () => crypto.publicEncrypt(rsaPub, Buffer.alloc(500)));
