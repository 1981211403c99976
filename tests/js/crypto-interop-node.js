// differential: keys, signatures, ciphertexts and ECDH/X25519 public keys made here are used by a real node (/usr/bin/node child process) and node's are used here: both directions must agree
'use strict';
const crypto = require('crypto');
const { execFileSync } = require('child_process');

const msg = Buffer.from('interop message');
const mine = {};
const keys = {
  rsa: crypto.generateKeyPairSync('rsa', { modulusLength: 1024 }),
  pss: crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024 }),
  ec: crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' }),
  ed: crypto.generateKeyPairSync('ed25519'),
  ed448: crypto.generateKeyPairSync('ed448'),
};
for (const [name, { publicKey, privateKey }] of Object.entries(keys)) {
  const alg = name.startsWith('ed') ? null : 'sha256';
  mine[name] = {
    pub: publicKey.export({ type: 'spki', format: 'pem' }),
    priv: privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }),
    jwk: name === 'pss' ? null : publicKey.export({ format: 'jwk' }),
    sig: crypto.sign(alg, msg, privateKey).toString('base64'),
    p1363: name === 'ec' ? crypto.sign(alg, msg, { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64') : null,
  };
}
mine.oaep = crypto.publicEncrypt({ key: keys.rsa.publicKey, oaepHash: 'sha256' }, Buffer.from('for node')).toString('base64');
const ecdh = crypto.createECDH('prime256v1');
mine.ecdh = ecdh.generateKeys('base64', 'compressed');
const x = crypto.generateKeyPairSync('x25519');
mine.x25519 = x.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

// The child verifies everything we made and answers with its own material.
const child = `
const crypto = require('crypto');
const mine = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const msg = Buffer.from('interop message');
const out = { checks: {}, theirs: {} };
for (const name of ['rsa', 'pss', 'ec', 'ed', 'ed448']) {
  const m = mine[name];
  const alg = name.startsWith('ed') ? null : 'sha256';
  const priv = crypto.createPrivateKey({ key: m.priv, passphrase: 'pw' });
  out.checks[name + ' sig'] = crypto.verify(alg, msg, m.pub, Buffer.from(m.sig, 'base64'));
  if (m.jwk) out.checks[name + ' jwk'] = crypto.verify(alg, msg, { key: m.jwk, format: 'jwk' }, Buffer.from(m.sig, 'base64'));
  if (m.p1363) out.checks[name + ' p1363'] = crypto.verify(alg, msg, { key: m.pub, dsaEncoding: 'ieee-p1363' }, Buffer.from(m.p1363, 'base64'));
  out.checks[name + ' encrypted pkcs8'] = crypto.createPublicKey(priv).export({ type: 'spki', format: 'pem' }) === m.pub;
  out.theirs[name] = crypto.sign(alg, msg, priv).toString('base64');
}
const rsaPriv = crypto.createPrivateKey({ key: mine.rsa.priv, passphrase: 'pw' });
out.checks.oaep = crypto.privateDecrypt({ key: rsaPriv, oaepHash: 'sha256' }, Buffer.from(mine.oaep, 'base64')).toString();
out.theirs.oaep = crypto.publicEncrypt({ key: mine.rsa.pub, oaepHash: 'sha256' }, Buffer.from('for nodus')).toString('base64');
const e = crypto.createECDH('prime256v1');
out.theirs.ecdh = e.generateKeys('base64');
out.theirs.ecdhSecret = e.computeSecret(mine.ecdh, 'base64', 'base64');
const x = crypto.generateKeyPairSync('x25519');
out.theirs.x25519 = x.publicKey.export({ type: 'spki', format: 'pem' });
out.theirs.x25519Secret = crypto.diffieHellman({ privateKey: x.privateKey,
  publicKey: crypto.createPublicKey({ key: Buffer.from(mine.x25519, 'base64'), format: 'der', type: 'spki' }) }).toString('base64');
const gen = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', privateKeyEncoding: { type: 'sec1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'der' } });
out.theirs.sec1 = gen.privateKey;
out.theirs.sec1Sig = crypto.sign('sha512', msg, gen.privateKey).toString('base64');
out.theirs.sec1Pub = gen.publicKey.toString('base64');
process.stdout.write(JSON.stringify(out));
`;
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
const res = JSON.parse(execFileSync('/usr/bin/node', ['-e', child], { input: JSON.stringify(mine), env }).toString());
for (const [k, v] of Object.entries(res.checks)) console.log('node checked', k, v);

for (const name of ['rsa', 'pss', 'ec', 'ed', 'ed448']) {
  const alg = name.startsWith('ed') ? null : 'sha256';
  console.log('we checked', name, crypto.verify(alg, msg, keys[name].publicKey, Buffer.from(res.theirs[name], 'base64')));
}
console.log('we decrypted', crypto.privateDecrypt({ key: keys.rsa.privateKey, oaepHash: 'sha256' },
  Buffer.from(res.theirs.oaep, 'base64')).toString());
console.log('ecdh agrees', ecdh.computeSecret(res.theirs.ecdh, 'base64', 'base64') === res.theirs.ecdhSecret);
console.log('x25519 agrees', crypto.diffieHellman({ privateKey: x.privateKey,
  publicKey: crypto.createPublicKey(res.theirs.x25519) }).toString('base64') === res.theirs.x25519Secret);
const sec1 = crypto.createPrivateKey(res.theirs.sec1);
console.log('sec1 from node', sec1.asymmetricKeyDetails, crypto.verify('sha512', msg,
  { key: Buffer.from(res.theirs.sec1Pub, 'base64'), format: 'der', type: 'spki' }, Buffer.from(res.theirs.sec1Sig, 'base64')),
crypto.createPublicKey(sec1).export({ type: 'spki', format: 'der' }).toString('base64') === res.theirs.sec1Pub);
