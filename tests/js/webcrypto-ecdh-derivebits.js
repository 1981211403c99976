// differential: ECDH/X25519 deriveBits: key checks in node's order (public key type, base key type, algorithm family, same type, curve) and a length that is not a multiple of 8 (whole bytes, the unused low bits zeroed)
'use strict';
const { subtle } = globalThis.crypto;

async function t(label, f) {
  try {
    const r = await f();
    console.log(label, 'ok', r instanceof ArrayBuffer ? Buffer.from(r).toString('hex') : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, JSON.stringify(e.message));
  }
}

async function pair(name, curve) {
  const alg = curve ? { name, namedCurve: curve } : { name };
  const usages = name === 'ECDSA' ? ['sign', 'verify'] : ['deriveBits'];
  return subtle.generateKey(alg, true, usages);
}

(async () => {
  const a = await pair('ECDH', 'P-256');
  const b = await pair('ECDH', 'P-256');
  const c384 = await pair('ECDH', 'P-384');
  const x = await pair('X25519');
  const sig = await pair('ECDSA', 'P-256');

  const full = Buffer.from(await subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, null));
  const other = Buffer.from(await subtle.deriveBits({ name: 'ECDH', public: a.publicKey }, b.privateKey, null));
  console.log('agree', full.length, full.equals(other));
  for (const len of [8, 12, 15, 64, 256]) {
    const bits = Buffer.from(await subtle.deriveBits({ name: 'ecdh', public: b.publicKey }, a.privateKey, len));
    const want = Buffer.from(full.subarray(0, bits.length));
    want[want.length - 1] &= (0xff << ((8 - (len % 8)) % 8)) & 0xff;
    console.log('length', len, bits.length, bits.equals(want));
  }
  await t('too long', () => subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, 264));
  await t('public is private', () => subtle.deriveBits({ name: 'ECDH', public: b.privateKey }, a.privateKey, null));
  await t('base is public', () => subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.publicKey, null));
  await t('public is ECDSA', () => subtle.deriveBits({ name: 'ECDH', public: sig.publicKey }, a.privateKey, null));
  await t('public is X25519', () => subtle.deriveBits({ name: 'ECDH', public: x.publicKey }, a.privateKey, null));
  await t('curve mismatch', () => subtle.deriveBits({ name: 'ECDH', public: c384.publicKey }, a.privateKey, null));
  await t('algorithm mismatch', () => subtle.deriveBits({ name: 'X25519', public: x.publicKey }, a.privateKey, null));
  const xs = Buffer.from(await subtle.deriveBits({ name: 'X25519', public: x.publicKey }, x.privateKey, 20));
  console.log('x25519 20 bits', xs.length);
})();
