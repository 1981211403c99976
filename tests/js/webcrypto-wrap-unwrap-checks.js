// differential: wrapKey/unwrapKey: AES-KW or any encrypt/decrypt algorithm, the key exported before the wrapping key is checked, a JWK padded with spaces to whole AES-KW blocks, unwrapped JWK parse failure as DataError, usage and algorithm mismatches
'use strict';
const { subtle } = globalThis.crypto;
const p = (l, x) => x.then((v) => console.log(l, 'ok', v.byteLength ?? v.usages), (e) => console.log(l, e.name, e.message));
(async () => {
  const kw = await subtle.generateKey({ name: 'AES-KW', length: 128 }, true, ['wrapKey', 'unwrapKey']);
  const kwNo = await subtle.generateKey({ name: 'AES-KW', length: 128 }, true, ['unwrapKey']);
  const gcm = await subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['wrapKey', 'unwrapKey']);
  const gcmEnc = await subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt', 'decrypt']);
  const h = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  const hNo = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const iv = new Uint8Array(12);
  await p('kw raw', subtle.wrapKey('raw', h, kw, 'AES-KW'));
  await p('kw jwk', subtle.wrapKey('jwk', h, kw, 'AES-KW'));
  await p('kw no usage', subtle.wrapKey('raw', h, kwNo, 'AES-KW'));
  await p('kw non extractable', subtle.wrapKey('raw', hNo, kw, 'AES-KW'));
  await p('kw alg mismatch', subtle.wrapKey('raw', h, gcm, 'AES-KW'));
  await p('gcm', subtle.wrapKey('raw', h, gcm, { name: 'AES-GCM', iv }));
  await p('gcm no iv', subtle.wrapKey('raw', h, gcm, { name: 'AES-GCM' }));
  await p('gcm enc key', subtle.wrapKey('raw', h, gcmEnc, { name: 'AES-GCM', iv }));
  await p('gcm alg mismatch', subtle.wrapKey('raw', h, kw, { name: 'AES-GCM', iv }));
  await p('bad alg', subtle.wrapKey('raw', h, gcm, { name: 'HMAC' }));
  await p('spki secret', subtle.wrapKey('spki', h, gcm, { name: 'AES-GCM', iv }));
  const w = await subtle.wrapKey('raw', h, gcm, { name: 'AES-GCM', iv });
  const wj = await subtle.wrapKey('jwk', h, gcm, { name: 'AES-GCM', iv });
  await p('unwrap', subtle.unwrapKey('raw', w, gcm, { name: 'AES-GCM', iv }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']));
  await p('unwrap jwk', subtle.unwrapKey('jwk', wj, gcm, { name: 'AES-GCM', iv }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']));
  await p('unwrap jwk as raw', subtle.unwrapKey('jwk', w, gcm, { name: 'AES-GCM', iv }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']));
  await p('unwrap bad data', subtle.unwrapKey('raw', new Uint8Array(40), gcm, { name: 'AES-GCM', iv }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']));
  await p('unwrap enc key', subtle.unwrapKey('raw', w, gcmEnc, { name: 'AES-GCM', iv }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']));
  await p('unwrap bad usage', subtle.unwrapKey('raw', w, gcm, { name: 'AES-GCM', iv }, { name: 'HMAC', hash: 'SHA-256' }, true, ['encrypt']));
  const wk = await subtle.wrapKey('raw', h, kw, 'AES-KW');
  await p('kw unwrap', subtle.unwrapKey('raw', wk, kw, 'AES-KW', { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']));
  await p('kw unwrap bad', subtle.unwrapKey('raw', new Uint8Array(40), kw, 'AES-KW', { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']));
  await p('kw wrap odd', subtle.wrapKey('raw', await subtle.importKey('raw', new Uint8Array(20), {name:'HMAC', hash:'SHA-1'}, true, ['sign']), kw, 'AES-KW'));
  await more();
})();
async function more() {
  const kwNo = await subtle.generateKey({ name: 'AES-KW', length: 128 }, true, ['unwrapKey']);
  const hNo = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  await p('order non extractable + no usage', subtle.wrapKey('raw', hNo, kwNo, 'AES-KW'));
  await p('order bad format + no usage', subtle.wrapKey('spki', hNo, kwNo, 'AES-KW'));
  await p('order unwrap no usage + bad alg', subtle.unwrapKey('raw', new Uint8Array(24), kwNo, 'AES-KW', { name: 'HMAC' }, true, ['sign']));
  await p('order unwrap bad data + bad alg', subtle.unwrapKey('raw', new Uint8Array(24), kwNo, 'AES-KW', { name: 'HMAC' }, true, ['sign']));
}
