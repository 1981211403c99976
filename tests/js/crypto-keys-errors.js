// differential: bad key input gets node's error codes and messages (malformed PEM/DER, wrong key types, bad passphrase, invalid JWK, unknown curve, encodings)
'use strict';
const crypto = require('crypto');
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
const ED_PEM = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIPw6ZFXqFuAB41X2wKfshLitxww6xFiW+BsOnvA1OJxL
-----END PRIVATE KEY-----
`;
function t(label, f) {
  try {
    const r = f();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, JSON.stringify(e.message));
  }
}

const rsa = crypto.createPrivateKey(RSA_PEM);
const ec = crypto.createPrivateKey(EC_PEM);
const rsaPub = crypto.createPublicKey(rsa);
const secret = crypto.createSecretKey(Buffer.alloc(4));
const enc = rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'right' });
t('garbage private', () => crypto.createPrivateKey('garbage'));
t('garbage public', () => crypto.createPublicKey('garbage'));
t('bad spki body', () => crypto.createPublicKey('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n'));
t('bad der', () => crypto.createPrivateKey({ key: Buffer.alloc(3), format: 'der', type: 'pkcs8' }).type);
t('der without type', () => crypto.createPrivateKey({ key: Buffer.alloc(3), format: 'der' }));
t('der bad type', () => crypto.createPrivateKey({ key: Buffer.alloc(3), format: 'der', type: 'foo' }));
t('bad format', () => crypto.createPrivateKey({ key: 'abc', format: 'foo' }));
t('bad key type', () => crypto.createPrivateKey(123));
t('no key', () => crypto.createPrivateKey({}));
t('key object as input', () => crypto.createPrivateKey(rsaPub));
t('public from secret', () => crypto.createPublicKey(secret));
t('secret from number', () => crypto.createSecretKey(123));
t('wrong passphrase', () => crypto.createPrivateKey({ key: enc, passphrase: 'wrong' }));
t('missing passphrase', () => crypto.createPrivateKey({ key: enc }));
t('bad passphrase type', () => crypto.createPrivateKey({ key: 'x', passphrase: 5 }));
t('jwk not object', () => crypto.createPrivateKey({ key: 'x', format: 'jwk' }));
t('jwk bad kty', () => crypto.createPrivateKey({ key: { kty: 'XX' }, format: 'jwk' }));
t('jwk rsa missing n', () => crypto.createPrivateKey({ key: { kty: 'RSA' }, format: 'jwk' }));
t('jwk rsa missing p', () => crypto.createPrivateKey({ key: { kty: 'RSA', n: 'AA', e: 'AA', d: 'AA' }, format: 'jwk' }));
t('jwk ec missing x', () => crypto.createPrivateKey({ key: { kty: 'EC', crv: 'P-256' }, format: 'jwk' }));
t('jwk ec bad crv', () => crypto.createPrivateKey({ key: { kty: 'EC', crv: 'P-999', x: 'AA', y: 'AA', d: 'AA' }, format: 'jwk' }));
t('jwk ec bad point', () => crypto.createPrivateKey({ key: { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA', d: 'AA' }, format: 'jwk' }));
t('jwk okp short', () => crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: 'AA' }, format: 'jwk' }));
t('jwk okp bad crv', () => crypto.createPublicKey({ key: { kty: 'OKP', crv: 'foo', x: 'AA' }, format: 'jwk' }));
t('export no options', () => rsaPub.export());
t('export bad format', () => rsaPub.export({ format: 'foo' }));
t('export no type', () => rsaPub.export({ format: 'pem' }));
t('export public pkcs8', () => rsaPub.export({ format: 'pem', type: 'pkcs8' }));
t('export ec pkcs1', () => crypto.createPublicKey(ec).export({ format: 'pem', type: 'pkcs1' }));
t('export rsa sec1', () => rsa.export({ format: 'pem', type: 'sec1' }));
t('export sec1 der cipher', () => ec.export({ format: 'der', type: 'sec1', cipher: 'aes-128-cbc', passphrase: 'a' }));
t('export cipher no passphrase', () => rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-128-cbc' }));
t('export unknown cipher', () => rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'nope', passphrase: 'x' }));
t('export private spki', () => rsa.export({ format: 'pem', type: 'spki' }));
t('secret export pem', () => secret.export({ format: 'pem' }));
t('jwk unsupported curve', () => crypto.generateKeyPairSync('ec', { namedCurve: 'secp224r1' }).privateKey.export({ format: 'jwk' }));
t('jwk rsa-pss', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512 }).privateKey.export({ format: 'jwk' }));
t('gen unknown type', () => crypto.generateKeyPairSync('foo'));
t('gen no options', () => crypto.generateKeyPairSync('rsa'));
t('gen no modulus', () => crypto.generateKeyPairSync('rsa', {}));
t('gen no curve', () => crypto.generateKeyPairSync('ec', {}));
t('gen unknown curve', () => crypto.generateKeyPairSync('ec', { namedCurve: 'foo' }));
t('gen bad encoding', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicKeyEncoding: { type: 'foo', format: 'pem' } }));
t('gen async unknown curve', () => crypto.generateKeyPair('ec', { namedCurve: 'nope' }, () => {}));
t('gen no callback', () => crypto.generateKeyPair('rsa', { modulusLength: 512 }));
t('genkey hmac short', () => crypto.generateKeySync('hmac', { length: 7 }));
t('genkey aes 100', () => crypto.generateKeySync('aes', { length: 100 }));
t('keyobject ctor', () => new crypto.KeyObject('foo'));
t('equals non key', () => rsa.equals('x'));
