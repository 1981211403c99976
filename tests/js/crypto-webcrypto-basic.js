// differential: crypto.webcrypto.subtle: digest, HMAC/RSASSA/RSA-PSS/ECDSA/Ed25519 sign+verify, AES-GCM/CBC/CTR and RSA-OAEP encrypt+decrypt with fixed keys, PBKDF2/HKDF/ECDH/X25519 deriveBits+deriveKey, import/export in raw/jwk/spki/pkcs8, wrapKey, generateKey, DOMException names and messages
'use strict';
const { webcrypto } = require('crypto');
const { subtle } = webcrypto;
const RSA_PKCS8 = Buffer.from('MIICeAIBADANBgkqhkiG9w0BAQEFAASCAmIwggJeAgEAAoGBAM+nNTfT7eGlocyg59Cn4nM8hwN2s2PMrXw/bdTFwy/1nZoaSR63+dr2m5v3F5gHWtiUQ5sqXPyjDcF4AIh+OQ6HgOoWa+mZGHx7300c5B1uQT4kZkFQhrbr4HsoAiM2ixO4cO8wabJwwWgOO4Gxb5oEDN1zyQ+58qclxI//OltxAgMBAAECgYEAg6aQ+PomIR9vu1pwXjtyOHkxaCLDjQxhGRrluTZAj5F7AA6WOSGPCSG8el9n1/0hvZoSWre7CHkf6X75Z5AO/1+Veg4hHLHVXN6SK9fYQaXncpxd3TW5NCD8j+lNGF9kys2qhbFu/tFmB1aZybpim3MDHOnoFcJui2wgot0Jn/kCQQD8yd9eQ5/wg/Pkjnv89rckOvdU7/72iVl9xo3py7u9lvu/DigMvtn7yGZ9hLYpGleg0MD/pE73G+zy2PAusg9XAkEA0kqLYYwxiZ0IIR/IeWaCHMUASjQXBzRfn1AnDHkCY1IAkibucskxvkx2PkHaO3NtA3X6Y1RbWySeaFNl9mJWdwJBAIgM/jL1oncIDZPNO94Byr+tHMCSCl8VvRx8aJSUGg8H26YQMG3rqdZhHQghDQlCLDdZIwZzoCxO01BAgcQgATECQQDCfPcTrNlT8MvH9uEuhkPn37s45Zw2qZWWfkbfHju7J+gnQ6Jcvv8mhQkG41i2izZTcRW2MBqd3Ow0iI1QpfpZAkAWlG92eTuUVbVw7bgD7tzvQH7OUR16cS/XTMmwf/R8tbedAEdqP4L+OVP6bnq9URNT0lqcwwIv2b7r326orjNX', 'base64');
const hex = (ab) => Buffer.from(ab).toString('hex');
const enc = (s) => new TextEncoder().encode(s);
async function t(label, f) {
  try {
    const r = await f();
    console.log(label, r instanceof ArrayBuffer ? `ArrayBuffer ${hex(r)}` : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, JSON.stringify(e.message));
  }
}

(async () => {
  await t('subtle', () => [Object.prototype.toString.call(subtle), webcrypto.subtle === subtle]);
  for (const alg of ['SHA-1', 'SHA-256', 'sha-384', { name: 'SHA-512' }]) {
    await t(`digest ${JSON.stringify(alg)}`, () => subtle.digest(alg, enc('abc')));
  }
  await t('digest dataview', () => subtle.digest('SHA-256', new DataView(enc('abc').buffer)));

  // HMAC
  const hmac = await subtle.importKey('raw', enc('key material'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  await t('hmac key', () => [hmac.type, hmac.extractable, hmac.algorithm, hmac.usages]);
  const mac = await subtle.sign('HMAC', hmac, enc('data'));
  await t('hmac sign', () => mac);
  await t('hmac verify', () => subtle.verify('HMAC', hmac, mac, enc('data')));
  await t('hmac verify bad', () => subtle.verify({ name: 'HMAC' }, hmac, mac, enc('other')));
  await t('hmac jwk', () => subtle.exportKey('jwk', hmac));
  await t('hmac raw', () => subtle.exportKey('raw', hmac));
  const hmacJwk = await subtle.importKey('jwk', await subtle.exportKey('jwk', hmac), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  await t('hmac jwk import', async () => hex(await subtle.sign('HMAC', hmacJwk, enc('data'))) === hex(mac));
  const gen = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, true, ['sign']);
  await t('hmac generated', () => [gen.algorithm.length, gen.usages]);

  // AES with fixed keys and IVs: ciphertexts are deterministic.
  const keyBytes = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
  const iv = Buffer.alloc(16, 7);
  for (const [name, params] of [
    ['AES-GCM', { iv: iv.subarray(0, 12) }],
    ['AES-GCM', { iv: iv.subarray(0, 12), additionalData: enc('aad'), tagLength: 96 }],
    ['AES-CBC', { iv }],
    ['AES-CTR', { counter: iv, length: 64 }],
  ]) {
    const key = await subtle.importKey('raw', keyBytes, name, false, ['encrypt', 'decrypt']);
    const ct = await subtle.encrypt({ name, ...params }, key, enc('attack at dawn!!'));
    await t(`${name} encrypt ${params.tagLength || ''}`, () => ct);
    await t(`${name} decrypt`, async () => Buffer.from(await subtle.decrypt({ name, ...params }, key, ct)).toString());
  }
  const gcm = await subtle.importKey('raw', keyBytes.subarray(0, 16), 'AES-GCM', true, ['encrypt', 'decrypt']);
  await t('aes key', () => [gcm.algorithm, gcm.usages]);
  const gcmCt = await subtle.encrypt({ name: 'AES-GCM', iv: iv.subarray(0, 12) }, gcm, enc('x'));
  const tampered = new Uint8Array(gcmCt);
  tampered[0] ^= 1;
  await t('gcm tampered', () => subtle.decrypt({ name: 'AES-GCM', iv: iv.subarray(0, 12) }, gcm, tampered));
  await t('aes jwk', () => subtle.exportKey('jwk', gcm));
  await t('aes bad length', () => subtle.importKey('raw', new Uint8Array(5), 'AES-GCM', true, ['encrypt']));
  await t('cbc bad iv', () => subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(5) },
    gcm, enc('x')));
  await t('gcm bad tag', () => subtle.encrypt({ name: 'AES-GCM', iv: iv.subarray(0, 12), tagLength: 33 }, gcm, enc('x')));
  await t('aes generate 100', () => subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']));

  // RSA from a fixed PKCS#8 key: PKCS#1 v1.5 signatures are deterministic.
  const rsa = await subtle.importKey('pkcs8', RSA_PKCS8, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['sign']);
  await t('rsa key', () => [rsa.type, rsa.algorithm]);
  const rsaSig = await subtle.sign('RSASSA-PKCS1-v1_5', rsa, enc('message'));
  await t('rsassa sign', () => rsaSig);
  const rsaJwk = await subtle.exportKey('jwk', rsa);
  await t('rsa jwk', () => [rsaJwk.alg, rsaJwk.key_ops, rsaJwk.ext, Object.keys(rsaJwk)]);
  const rsaPub = await subtle.importKey('jwk', { kty: 'RSA', n: rsaJwk.n, e: rsaJwk.e }, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['verify']);
  await t('rsassa verify', () => subtle.verify('RSASSA-PKCS1-v1_5', rsaPub, rsaSig, enc('message')));
  await t('rsa spki', async () => Buffer.from(await subtle.exportKey('spki', rsaPub)).length);
  const pss = await subtle.importKey('pkcs8', RSA_PKCS8, { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['sign']);
  const pssPub = await subtle.importKey('spki', await subtle.exportKey('spki', rsaPub), { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['verify']);
  const pssSig = await subtle.sign({ name: 'RSA-PSS', saltLength: 32 }, pss, enc('m'));
  await t('pss verify', () => subtle.verify({ name: 'RSA-PSS', saltLength: 32 }, pssPub, pssSig, enc('m')));
  const oaepPriv = await subtle.importKey('pkcs8', RSA_PKCS8, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['decrypt']);
  const oaepPub = await subtle.importKey('jwk', { kty: 'RSA', n: rsaJwk.n, e: rsaJwk.e }, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['encrypt']);
  const oaepCt = await subtle.encrypt({ name: 'RSA-OAEP', label: enc('l') }, oaepPub, enc('secret'));
  await t('oaep', async () => [oaepCt.byteLength, Buffer.from(await subtle.decrypt({ name: 'RSA-OAEP', label: enc('l') }, oaepPriv, oaepCt)).toString()]);
  await t('oaep wrong label', () => subtle.decrypt({ name: 'RSA-OAEP' }, oaepPriv, oaepCt));

  // ECDSA / ECDH with fixed JWK keys.
  const ecJwk = {
    kty: 'EC', crv: 'P-256',
    x: 'pjlPliwoa7C8P80B96uwG_PgUMpQ1MOueoyjazkCKR8',
    y: 'wN-IWBbKSsMlecBhsFX2jhz7V5FU3yJvEzxtsshw7Zg',
    d: '55L0QBTDJSquUu_tvezdLKgx5EOdIusvuNxsDQh6aPU',
  };
  const ecPriv = await subtle.importKey('jwk', ecJwk, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  const { d, ...ecPubJwk } = ecJwk;
  const ecPub = await subtle.importKey('jwk', ecPubJwk, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  const ecSig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, ecPriv, enc('m'));
  await t('ecdsa', async () => [ecSig.byteLength, await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, ecPub, ecSig, enc('m'))]);
  await t('ec raw', () => subtle.exportKey('raw', ecPub));
  await t('ec jwk', () => subtle.exportKey('jwk', ecPriv));
  const rawPub = await subtle.importKey('raw', await subtle.exportKey('raw', ecPub), { name: 'ECDH', namedCurve: 'P-256' }, true, []);
  const ecdhPriv = await subtle.importKey('jwk', ecJwk, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits', 'deriveKey']);
  await t('ecdh bits', () => subtle.deriveBits({ name: 'ECDH', public: rawPub }, ecdhPriv, 256));
  await t('ecdh bits 100', () => subtle.deriveBits({ name: 'ECDH', public: rawPub }, ecdhPriv, 100));
  await t('ecdh bits too many', () => subtle.deriveBits({ name: 'ECDH', public: rawPub }, ecdhPriv, 1024));
  await t('ecdh private as public', () => subtle.deriveBits({ name: 'ECDH', public: ecdhPriv }, ecdhPriv, 8));
  const derived = await subtle.deriveKey({ name: 'ECDH', public: rawPub }, ecdhPriv, { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
  await t('ecdh deriveKey', () => subtle.exportKey('raw', derived));
  await t('ecdsa no hash', () => subtle.sign('ECDSA', ecPriv, enc('m')));
  await t('curve mismatch', () => subtle.importKey('jwk', ecJwk, { name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign']));

  // Ed25519 (RFC 8032 test 2 key) and X25519 (RFC 7748).
  const b64 = (h) => Buffer.from(h, 'hex').toString('base64url');
  const ed = await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519',
    d: b64('4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb'),
    x: b64('3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c') }, 'Ed25519', true, ['sign']);
  await t('ed25519 sign', () => subtle.sign('Ed25519', ed, Buffer.from('72', 'hex')));
  const edPub = await subtle.importKey('raw', Buffer.from('3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c', 'hex'), { name: 'Ed25519' }, true, ['verify']);
  await t('ed25519 verify', async () => subtle.verify('Ed25519', edPub, await subtle.sign('Ed25519', ed, enc('x')), enc('x')));
  await t('ed25519 jwk', () => subtle.exportKey('jwk', ed));
  const xPriv = await subtle.importKey('jwk', { kty: 'OKP', crv: 'X25519',
    d: b64('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'),
    x: b64('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a') }, 'X25519', false, ['deriveBits']);
  const xPub = await subtle.importKey('raw', Buffer.from('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f', 'hex'), 'X25519', true, []);
  await t('x25519 bits', () => subtle.deriveBits({ name: 'X25519', public: xPub }, xPriv, 256));

  // PBKDF2 / HKDF
  const pw = await subtle.importKey('raw', enc('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  await t('pbkdf2 key', () => [pw.algorithm, pw.extractable, pw.usages]);
  await t('pbkdf2 bits', () => subtle.deriveBits({ name: 'PBKDF2', salt: enc('salt'), iterations: 1000, hash: 'SHA-256' }, pw, 256));
  await t('pbkdf2 null length', () => subtle.deriveBits({ name: 'PBKDF2', salt: enc('salt'), iterations: 1, hash: 'SHA-256' }, pw, null));
  await t('pbkdf2 odd length', () => subtle.deriveBits({ name: 'PBKDF2', salt: enc('salt'), iterations: 1, hash: 'SHA-256' }, pw, 12));
  await t('pbkdf2 zero iterations', () => subtle.deriveBits({ name: 'PBKDF2', salt: enc('salt'), iterations: 0, hash: 'SHA-256' }, pw, 16));
  const hk = await subtle.deriveKey({ name: 'PBKDF2', salt: enc('s'), iterations: 1, hash: 'SHA-256' }, pw, { name: 'HMAC', hash: 'SHA-384' }, true, ['sign']);
  await t('pbkdf2 deriveKey', async () => [hk.algorithm, hex(await subtle.exportKey('raw', hk)).length]);
  const ikm = await subtle.importKey('raw', enc('input key material'), 'HKDF', false, ['deriveBits']);
  await t('hkdf bits', () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: enc('salt'), info: enc('info') }, ikm, 128));
  await t('pbkdf2 extractable', () => subtle.importKey('raw', enc('p'), 'PBKDF2', true, ['deriveBits']));

  // wrapKey / unwrapKey
  const kek = await subtle.importKey('raw', keyBytes.subarray(0, 16), 'AES-KW', false, ['wrapKey', 'unwrapKey']);
  const wrapped = await subtle.wrapKey('raw', gcm, kek, 'AES-KW');
  await t('aes-kw wrap', () => wrapped);
  const unwrapped = await subtle.unwrapKey('raw', wrapped, kek, 'AES-KW', 'AES-GCM', true, ['encrypt']);
  await t('aes-kw unwrap', () => subtle.exportKey('raw', unwrapped));

  // generateKey pairs
  for (const alg of [{ name: 'ECDSA', namedCurve: 'P-384' }, { name: 'Ed25519' }, { name: 'X25519' },
    { name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-1' }]) {
    const usages = { ECDSA: ['sign', 'verify'], Ed25519: ['sign', 'verify'], X25519: ['deriveBits'], 'RSA-OAEP': ['encrypt', 'decrypt'] }[alg.name];
    const pair = await subtle.generateKey(alg, true, usages);
    await t(`generate ${alg.name}`, () => [pair.publicKey.algorithm, pair.publicKey.usages, pair.privateKey.usages, pair.publicKey.extractable]);
  }

  // Errors
  await t('unknown algorithm', () => subtle.digest('SHA-255', enc('x')));
  await t('missing args', () => subtle.digest('SHA-256'));
  await t('bad usage', () => subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['encrypt']));
  await t('empty usages', () => subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, []));
  await t('bad curve', () => subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-999' }, true, ['sign']));
  await t('wrong key for sign', () => subtle.sign('HMAC', ecPriv, enc('x')));
  await t('public key sign', () => subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, ecPub, enc('x')));
  await t('raw private export', () => subtle.exportKey('raw', ecPriv));
  await t('pkcs8 public export', () => subtle.exportKey('pkcs8', ecPub));
  await t('not extractable', () => subtle.exportKey('raw', pw));
  await t('wrong usage decrypt', () => subtle.decrypt({ name: 'RSA-OAEP' }, oaepPub, oaepCt));
  await t('bad spki', () => subtle.importKey('spki', new Uint8Array(5), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
  await t('bad jwk kty', () => subtle.importKey('jwk', { kty: 'EC' }, 'Ed25519', true, ['verify']));
  await t('bad jwk crv', () => subtle.importKey('jwk', { kty: 'EC' }, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
  await t('CryptoKey ctor', () => new (Object.getPrototypeOf(hmac).constructor)());
  await t('SubtleCrypto ctor', () => new subtle.constructor());
})();
