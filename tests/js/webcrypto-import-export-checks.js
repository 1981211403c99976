// differential: importKey/exportKey: key usages kept as given on import, ordered per key half on generateKey; JWK member checks (kty, crv, use, key_ops incl. duplicates, ext, alg) in node's order for secret, RSA, EC and OKP keys; HMAC raw length rules; refused formats and their messages
'use strict';
const { subtle } = globalThis.crypto;
const p = (l, x) => x.then((v) => console.log(l, 'ok', v.usages, v.algorithm), (e) => console.log(l, e.name, e.message));

async function jwkMissingAndKty() {
  for (const [n, a] of [['HMAC', { name: 'HMAC', hash: 'SHA-256' }], ['AES', 'AES-GCM'], ['RSA', {name:'RSA-PSS', hash:'SHA-256'}], ['EC', {name:'ECDSA', namedCurve:'P-256'}], ['OKP', 'Ed25519'], ['X', 'X25519']]) {
    const u = n === 'HMAC' || n === 'RSA' || n === 'EC' || n === 'OKP' ? ['verify'] : n === 'X' ? [] : ['encrypt'];
    await p(n + ' null', subtle.importKey('jwk', null, a, false, u));
    await p(n + ' {}', subtle.importKey('jwk', {}, a, false, u));
    await p(n + ' kty', subtle.importKey('jwk', {kty: 'foo'}, a, false, u));
    await p(n + ' oct nok', subtle.importKey('jwk', {kty: 'oct'}, a, false, u));
    await p(n + ' EC', subtle.importKey('jwk', {kty: 'EC'}, a, false, u));
    await p(n + ' OKP', subtle.importKey('jwk', {kty: 'OKP'}, a, false, u));
    await p(n + ' RSA', subtle.importKey('jwk', {kty: 'RSA'}, a, false, u));
  }
  await p('hmac len0', subtle.importKey('raw', new Uint8Array(32), { name: 'HMAC', hash: 'SHA-256', length: 0 }, false, ['sign']));
  await p('hmac empty', subtle.importKey('raw', new Uint8Array(0), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']));
  await p('hmac empty len0', subtle.importKey('raw', new Uint8Array(0), { name: 'HMAC', hash: 'SHA-256', length: 0 }, false, ['sign']));
  await p('hmac len 255', subtle.importKey('raw', new Uint8Array(32), { name: 'HMAC', hash: 'SHA-256', length: 255 }, false, ['sign']));
  await p('hmac len 249', subtle.importKey('raw', new Uint8Array(32), { name: 'HMAC', hash: 'SHA-256', length: 249 }, false, ['sign']));
  await p('hmac len 248', subtle.importKey('raw', new Uint8Array(32), { name: 'HMAC', hash: 'SHA-256', length: 248 }, false, ['sign']));
}

async function usageOrder() {
  const e = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits', 'deriveKey']);
  const pk = await subtle.exportKey('pkcs8', e.privateKey);
  console.log((await subtle.importKey('pkcs8', pk, { name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits', 'deriveKey', 'deriveBits'])).usages);
  const x = await subtle.generateKey({ name: 'X25519' }, true, ['deriveBits', 'deriveKey']);
  console.log(x.privateKey.usages);
  const r = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-1' }, true, ['wrapKey', 'unwrapKey', 'encrypt', 'decrypt']);
  console.log(r.publicKey.usages, r.privateKey.usages);
  const rp = await subtle.exportKey('pkcs8', r.privateKey);
  console.log((await subtle.importKey('pkcs8', rp, { name: 'RSA-OAEP', hash: 'SHA-1' }, true, ['unwrapKey', 'decrypt'])).usages);
  console.log((await subtle.importKey('raw', new Uint8Array(16), 'AES-CBC', true, ['wrapKey', 'decrypt', 'decrypt'])).usages);
  console.log((await subtle.generateKey({name:'AES-CBC', length: 128}, true, ['wrapKey', 'decrypt', 'decrypt'])).usages);
  console.log((await subtle.generateKey({name:'HMAC', hash:'SHA-1'}, true, ['verify', 'sign'])).usages);
  console.log((await subtle.importKey('raw', new Uint8Array(16), 'HKDF', false, ['deriveBits', 'deriveKey'])).usages);
  const d = await subtle.importKey('raw', new Uint8Array(16), 'HKDF', false, ['deriveBits', 'deriveKey']);
  console.log((await subtle.deriveKey({name:'HKDF', hash:'SHA-1', salt: new Uint8Array(), info: new Uint8Array()}, d, {name:'AES-GCM', length: 128}, false, ['decrypt', 'encrypt'])).usages);
}

async function jwkCurveKeys() {
  for (const [alg, u] of [[{ name: 'ECDH', namedCurve: 'P-256' }, ['deriveBits']], [{ name: 'X25519' }, ['deriveBits']], [{ name: 'ECDSA', namedCurve: 'P-256' }, ['sign']], [{ name: 'Ed25519' }, ['sign']]]) {
    const k = await subtle.generateKey(alg, true, u);
    const jwk = await subtle.exportKey('jwk', k.privateKey);
    const pub = await subtle.exportKey('jwk', k.publicKey);
    for (const use of ['sig', 'enc', 'foo']) await p(`${alg.name} use ${use}`, subtle.importKey('jwk', { ...jwk, use }, alg, true, u));
    for (const a of ['foo', 'ES256', 'ES384', 'EdDSA', 'Ed25519', 'ECDH-ES']) await p(`${alg.name} alg ${a}`, subtle.importKey('jwk', { ...jwk, alg: a }, alg, true, u));
    await p(`${alg.name} pub alg foo`, subtle.importKey('jwk', { ...pub, alg: 'foo' }, alg, true, []));
    await p(`${alg.name} ext`, subtle.importKey('jwk', { ...jwk, ext: false }, alg, true, u));
    await p(`${alg.name} key_ops`, subtle.importKey('jwk', { ...jwk, key_ops: ['verify'] }, alg, true, u));
    await p(`${alg.name} no d pub usages`, subtle.importKey('jwk', pub, alg, true, u));
    await p(`${alg.name} bad x`, subtle.importKey('jwk', { ...pub, x: 'AAAA' }, alg, true, []));
    await p(`${alg.name} raw bad`, subtle.importKey('raw', new Uint8Array(5), alg, true, []));
    await p(`${alg.name} spki bad`, subtle.importKey('spki', new Uint8Array(5), alg, true, []));
    await p(`${alg.name} pkcs8 bad`, subtle.importKey('pkcs8', new Uint8Array(5), alg, true, u));
    await p(`${alg.name} pkcs8 empty usages`, subtle.importKey('pkcs8', await subtle.exportKey('pkcs8', k.privateKey), alg, true, []));
    await p(`${alg.name} raw private`, subtle.exportKey('raw', k.privateKey));
    await p(`${alg.name} spki private`, subtle.exportKey('spki', k.privateKey));
    await p(`${alg.name} pkcs8 public`, subtle.exportKey('pkcs8', k.publicKey));
}
}

async function refusedFormats() {
  const algs = [
    [{ name: 'HMAC', hash: 'SHA-256' }, ['sign']],
    [{ name: 'AES-GCM', length: 128 }, ['encrypt']],
    [{ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-384' }, ['sign', 'verify']],
    [{ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-384' }, ['decrypt', 'encrypt']],
    [{ name: 'ECDSA', namedCurve: 'P-256' }, ['verify', 'sign']],
    [{ name: 'ECDH', namedCurve: 'P-384' }, ['deriveBits']],
    [{ name: 'Ed25519' }, ['verify', 'sign']],
    [{ name: 'X25519' }, ['deriveBits']],
  ];
  for (const [alg, usages] of algs) {
    await p(`gen ${alg.name} bad usage`, subtle.generateKey(alg, true, ['wrapKey']));
    await p(`gen ${alg.name} no usage`, subtle.generateKey(alg, true, []));
    const k = await subtle.generateKey(alg, true, usages);
    const keys = k.publicKey ? [k.publicKey, k.privateKey] : [k];
    for (const key of keys) for (const f of ['raw', 'spki', 'pkcs8']) await p(`${alg.name} ${key.type} ${f}`, subtle.exportKey(f, key));
    const key = keys[0];
    const raw = key.type === 'secret' ? await subtle.exportKey('raw', key) : await subtle.exportKey('spki', key);
    for (const f of ['raw', 'spki', 'pkcs8']) await p(`import ${alg.name} ${f}`, subtle.importKey(f, raw, alg, true, key.type === 'secret' ? usages : []));
    await p(`import ${alg.name} bad usage`, subtle.importKey(key.type === 'secret' ? 'raw' : 'spki', raw, alg, true, ['wrapKey']));
}
}

async function checkOrder() {
  const r = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign', 'verify']);
  const pub = await subtle.exportKey('jwk', r.publicKey);
  const alg = { name: 'RSA-PSS', hash: 'SHA-256' };
  await p('rsa pub sign', subtle.importKey('jwk', pub, alg, true, ['sign']));
  await p('rsa pub verify key_ops', subtle.importKey('jwk', { ...pub, key_ops: ['sign'] }, alg, true, ['verify']));
  await p('rsa spki bad data bad usage', subtle.importKey('spki', new Uint8Array(3), alg, true, ['sign']));
  await p('ec spki bad data bad usage', subtle.importKey('spki', new Uint8Array(3), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']));
  await p('ed spki bad data bad usage', subtle.importKey('spki', new Uint8Array(3), 'Ed25519', true, ['sign']));
  await p('ed raw bad data bad usage', subtle.importKey('raw', new Uint8Array(3), 'Ed25519', true, ['sign']));
  await p('ec bad curve', subtle.importKey('spki', new Uint8Array(3), { name: 'ECDSA', namedCurve: 'P-25' }, true, ['verify']));
  for (const c of ['P-256', 'P-384', 'P-521']) {
    const k = await subtle.generateKey({ name: 'ECDSA', namedCurve: c }, true, ['sign']);
    const j = await subtle.exportKey('jwk', k.publicKey);
    for (const a of ['ES256', 'ES384', 'ES512']) await p(`${c} ${a}`, subtle.importKey('jwk', { ...j, alg: a }, { name: 'ECDSA', namedCurve: c }, true, ['verify']));
    await p(`${c} wrong curve`, subtle.importKey('jwk', j, { name: 'ECDSA', namedCurve: c === 'P-256' ? 'P-384' : 'P-256' }, true, ['verify']));
    const spki = await subtle.exportKey('spki', k.publicKey);
    await p(`${c} spki wrong curve`, subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: c === 'P-256' ? 'P-384' : 'P-256' }, true, ['verify']));
    const raw = await subtle.exportKey('raw', k.publicKey);
    await p(`${c} raw wrong curve`, subtle.importKey('raw', raw, { name: 'ECDSA', namedCurve: c === 'P-256' ? 'P-384' : 'P-256' }, true, ['verify']));
}
const e = await subtle.generateKey({ name: 'Ed25519' }, true, ['sign']);
const x = await subtle.generateKey({ name: 'X25519' }, true, ['deriveBits']);
await p('ed spki as x', subtle.importKey('spki', await subtle.exportKey('spki', e.publicKey), 'X25519', true, []));
await p('ec spki as ed', subtle.importKey('spki', await subtle.exportKey('spki', r.publicKey), 'Ed25519', true, []));
await p('rsa spki as ec', subtle.importKey('spki', await subtle.exportKey('spki', r.publicKey), { name: 'ECDH', namedCurve: 'P-256' }, true, []));
await p('ed spki as rsa', subtle.importKey('spki', await subtle.exportKey('spki', e.publicKey), alg, true, []));
await p('ed jwk as x', subtle.importKey('jwk', await subtle.exportKey('jwk', e.publicKey), 'X25519', true, []));
await p('x pkcs8 as ed', subtle.importKey('pkcs8', await subtle.exportKey('pkcs8', x.privateKey), 'Ed25519', true, ['sign']));
}

async function jwkSecretKeys() {
  const k = 'AAAAAAAAAAAAAAAAAAAAAA';
  for (const [alg, u, good] of [[{ name: 'HMAC', hash: 'SHA-256' }, ['sign'], 'HS256'], [{ name: 'AES-GCM' }, ['encrypt'], 'A128GCM'], [{ name: 'AES-KW' }, ['wrapKey'], 'A128KW']]) {
    const n = alg.name;
    await p(`${n} all bad`, subtle.importKey('jwk', { kty: 'oct', k, use: 'x', key_ops: ['x'], ext: false, alg: 'x' }, alg, true, u));
    await p(`${n} kops ext alg`, subtle.importKey('jwk', { kty: 'oct', k, key_ops: ['x'], ext: false, alg: 'x' }, alg, true, u));
    await p(`${n} ext alg`, subtle.importKey('jwk', { kty: 'oct', k, ext: false, alg: 'x' }, alg, true, u));
    await p(`${n} alg`, subtle.importKey('jwk', { kty: 'oct', k, alg: 'x' }, alg, true, u));
    await p(`${n} good alg`, subtle.importKey('jwk', { kty: 'oct', k, alg: good }, alg, true, u));
    await p(`${n} use empty usages`, subtle.importKey('jwk', { kty: 'oct', k, use: 'x' }, alg, true, []));
    await p(`${n} dup kops`, subtle.importKey('jwk', { kty: 'oct', k, key_ops: [u[0], u[0]] }, alg, true, u));
    await p(`${n} no k`, subtle.importKey('jwk', { kty: 'oct', alg: 'x' }, alg, true, u));
    await p(`${n} bad k len`, subtle.importKey('jwk', { kty: 'oct', k: 'AAAA', alg: 'x' }, alg, true, u));
    await p(`${n} bad k len good alg`, subtle.importKey('jwk', { kty: 'oct', k: 'AAAA', alg: good }, alg, true, u));
    await p(`${n} empty usages`, subtle.importKey('jwk', { kty: 'oct', k }, alg, true, []));
    await p(`${n} bad usages`, subtle.importKey('jwk', { kty: 'foo', k }, alg, true, ['deriveBits']));
}
}

(async () => {
  await jwkMissingAndKty();
  await usageOrder();
  await jwkCurveKeys();
  await refusedFormats();
  await checkOrder();
  await jwkSecretKeys();
})();
