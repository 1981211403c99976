// differential: SubtleCrypto converts its arguments in order with WebIDL rules before any algorithm runs (this check, argument count, KeyFormat/KeyUsage enums, BufferSource, CryptoKey, dictionaries with required members, [EnforceRange] integers), and normalizes algorithms into new objects
'use strict';
const { subtle } = globalThis.crypto;

async function t(label, f) {
  try {
    const r = await f();
    console.log(label, 'ok', r instanceof ArrayBuffer ? `ArrayBuffer(${r.byteLength})` : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, JSON.stringify(e.message));
  }
}

(async () => {
  const notSubtle = Reflect.construct(function() {}, [], SubtleCrypto);
  await t('this', () => notSubtle.digest('SHA-256', new Uint8Array(1)));
  await t('this before count', () => notSubtle.encrypt());
  for (const m of ['encrypt', 'verify', 'digest', 'deriveBits', 'importKey', 'wrapKey', 'unwrapKey']) {
    await t(`count ${m}`, () => subtle[m]());
  }
  await t('digest data', () => subtle.digest('SHA-1', 1));
  await t('digest shared', () => subtle.digest('SHA-1', new Uint8Array(new SharedArrayBuffer(4))));
  await t('digest name', () => subtle.digest({}, new Uint8Array(1)));
  await t('digest symbol name', () => subtle.digest({ name: Symbol('x') }, new Uint8Array(1)));
  await t('digest unknown', () => subtle.digest('SHA-7', new Uint8Array(1)));
  await t('digest number', () => subtle.digest(1, new Uint8Array(1)));

  // importKey: format, then keyData (by format), then the algorithm, then usages.
  await t('import format', () => subtle.importKey('foo', 1, {}, false, []));
  await t('import raw data', () => subtle.importKey('raw', 1, {}, false, ['deriveBits']));
  await t('import jwk data', () => subtle.importKey('jwk', 1, {}, false, ['deriveBits']));
  await t('import usage', () => subtle.importKey('raw', new Uint8Array(16), 'AES-CBC', false, ['sign', 'bad']));
  await t('import usages', () => subtle.importKey('raw', new Uint8Array(16), 'AES-CBC', false, 'encrypt'));
  await t('import hmac hash', () => subtle.importKey('raw', new Uint8Array(16), { name: 'HMAC' }, false, ['sign']));
  await t('import hmac bad hash', () => subtle.importKey('raw', new Uint8Array(16), { name: 'HMAC', hash: 'MD5' }, false, ['sign']));
  await t('import hmac length', () => subtle.importKey('raw', new Uint8Array(16), { name: 'HMAC', hash: 'SHA-1', length: -1 }, false, ['sign']));
  await t('import ec curve', () => subtle.importKey('raw', new Uint8Array(65), { name: 'ECDSA' }, false, ['verify']));

  // generateKey
  await t('gen rsa modulus', () => subtle.generateKey({ name: 'RSA-PSS', publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, false, ['sign']));
  await t('gen rsa exponent', () => subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: [1, 0, 1], hash: 'SHA-256' }, false, ['sign']));
  await t('gen rsa modulus range', () => subtle.generateKey({ name: 'RSA-PSS', modulusLength: 2 ** 32, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, false, ['sign']));
  await t('gen aes length', () => subtle.generateKey({ name: 'AES-GCM', length: 'x' }, false, ['encrypt']));
  await t('gen aes length range', () => subtle.generateKey({ name: 'AES-GCM', length: 65536 }, false, ['encrypt']));
  await t('gen aes bad length', () => subtle.generateKey({ name: 'AES-GCM', length: 100 }, false, ['encrypt']));
  await t('gen algorithm type', () => subtle.generateKey(null, false, ['encrypt']));

  const aes = await subtle.importKey('raw', new Uint8Array(16), 'AES-CBC', true, ['encrypt', 'decrypt']);
  await t('encrypt key', () => subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, {}, new Uint8Array(1)));
  await t('encrypt iv', () => subtle.encrypt({ name: 'AES-CBC' }, aes, new Uint8Array(1)));
  await t('encrypt iv type', () => subtle.encrypt({ name: 'AES-CBC', iv: 'x' }, aes, new Uint8Array(1)));
  await t('encrypt gcm tag range', () => subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12), tagLength: 256 }, aes, new Uint8Array(1)));
  await t('encrypt ctr length', () => subtle.encrypt({ name: 'AES-CTR', counter: new Uint8Array(16) }, aes, new Uint8Array(1)));
  await t('export format', () => subtle.exportKey('pem', aes));
  await t('export key', () => subtle.exportKey('raw', 'key'));
  await t('export ok', () => subtle.exportKey('raw', aes));

  // deriveBits: the missing salt is reported before the zero length.
  const hkdf = await subtle.importKey('raw', new Uint8Array(8), 'HKDF', false, ['deriveBits']);
  await t('hkdf salt', () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', info: new Uint8Array() }, hkdf, 0));
  await t('hkdf info', () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array() }, hkdf, 0));
  await t('hkdf no length', () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(), info: new Uint8Array() }, hkdf));
  await t('hkdf length wraps', () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(), info: new Uint8Array() }, hkdf, 2 ** 32 + 16));
  await t('pbkdf2 iterations', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array() }, hkdf, 8));
  await t('ecdh public', () => subtle.deriveBits({ name: 'ECDH', public: 'x' }, hkdf, 8));
  await t('ecdh no public', () => subtle.deriveBits({ name: 'ECDH' }, hkdf, 8));
  await t('derive base key', () => subtle.deriveBits({ name: 'HKDF' }, 1));

  // The caller's algorithm object is not changed, and later changes to its buffers do
  // not reach the operation.
  const alg = { name: 'aes-cbc', iv: new Uint8Array(16), extra: 1 };
  const ct = subtle.encrypt(alg, aes, new Uint8Array(4));
  alg.iv.fill(1);
  await t('encrypt copy', async () => Buffer.from(await ct).toString('hex'));
  await t('alg untouched', () => alg);
})();
