'use strict';
// node-forge and nodus' crypto interoperate: keys made by one sign, the other verifies;
// ciphertexts, digests and certificates cross over in both directions.
const forge = require('node-forge');
const crypto = require('crypto');

const msg = 'forge and nodus';

// A key made by nodus signs through forge; nodus verifies.
const ours = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const forgePriv = forge.pki.privateKeyFromPem(ours.privateKey.export({ type: 'pkcs1', format: 'pem' }));
const md = forge.md.sha256.create();
md.update(msg, 'utf8');
const forgeSig = Buffer.from(forgePriv.sign(md), 'binary');
console.log('forge signs with our key; we verify', crypto.verify('sha256', Buffer.from(msg), ours.publicKey, forgeSig));
console.log('deterministic PKCS#1 signatures agree', forgeSig.equals(crypto.sign('sha256', Buffer.from(msg), ours.privateKey)));

// A key made by forge signs through nodus; forge verifies.
const theirs = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
const theirPem = forge.pki.privateKeyToPem(theirs.privateKey);
const ourSig = crypto.sign('sha256', Buffer.from(msg), theirPem);
const md2 = forge.md.sha256.create();
md2.update(msg, 'utf8');
console.log('we sign with forge key; forge verifies', theirs.publicKey.verify(md2.digest().bytes(), ourSig.toString('binary')));
const forgePubPem = forge.pki.publicKeyToPem(theirs.publicKey);
console.log('forge public PEM reads', crypto.createPublicKey(forgePubPem).asymmetricKeyDetails.modulusLength);

// RSA-OAEP both ways.
const ct = crypto.publicEncrypt({ key: forgePubPem, oaepHash: 'sha256' }, Buffer.from('to forge'));
console.log('forge decrypts ours', theirs.privateKey.decrypt(ct.toString('binary'), 'RSA-OAEP',
  { md: forge.md.sha256.create(), mgf1: { md: forge.md.sha256.create() } }));
const ct2 = theirs.publicKey.encrypt('to nodus', 'RSA-OAEP');
console.log('we decrypt forge', crypto.privateDecrypt(theirPem, Buffer.from(ct2, 'binary')).toString());

// Ed25519 keys cross over as raw bytes.
const seed = Buffer.alloc(32, 9);
const edForge = forge.pki.ed25519.generateKeyPair({ seed });
const edOurs = crypto.createPrivateKey({ format: 'jwk', key: { kty: 'OKP', crv: 'Ed25519',
  d: seed.toString('base64url'), x: Buffer.from(edForge.publicKey).toString('base64url') } });
const edSig = crypto.sign(null, Buffer.from(msg), edOurs);
console.log('ed25519 signatures agree', edSig.equals(Buffer.from(forge.pki.ed25519.sign({ message: msg, encoding: 'utf8', privateKey: edForge.privateKey }))));
console.log('forge verifies our ed25519', forge.pki.ed25519.verify({ message: msg, encoding: 'utf8', signature: edSig, publicKey: edForge.publicKey }));

// Digests, HMAC and AES-GCM.
const fmd = forge.md.sha512.create();
fmd.update(msg);
console.log('sha512 agrees', fmd.digest().toHex() === crypto.createHash('sha512').update(msg).digest('hex'));
const hmac = forge.hmac.create();
hmac.start('sha256', 'key');
hmac.update(msg);
console.log('hmac agrees', hmac.digest().toHex() === crypto.createHmac('sha256', 'key').update(msg).digest('hex'));
const key = Buffer.alloc(16, 3);
const iv = Buffer.alloc(12, 4);
const cipher = forge.cipher.createCipher('AES-GCM', key.toString('binary'));
cipher.start({ iv: iv.toString('binary') });
cipher.update(forge.util.createBuffer(msg));
cipher.finish();
const d = crypto.createDecipheriv('aes-128-gcm', key, iv);
d.setAuthTag(Buffer.from(cipher.mode.tag.getBytes(), 'binary'));
console.log('aes-gcm from forge', Buffer.concat([d.update(Buffer.from(cipher.output.getBytes(), 'binary')), d.final()]).toString());

// A certificate made by forge gives nodus its public key.
const cert = forge.pki.createCertificate();
cert.publicKey = theirs.publicKey;
cert.serialNumber = '01';
cert.validity.notBefore = new Date('2024-01-01T00:00:00Z');
cert.validity.notAfter = new Date('2034-01-01T00:00:00Z');
cert.setSubject([{ name: 'commonName', value: 'nodus.test' }]);
cert.setIssuer([{ name: 'commonName', value: 'nodus.test' }]);
cert.sign(theirs.privateKey, forge.md.sha256.create());
const certPem = forge.pki.certificateToPem(cert);
console.log('public key from certificate', crypto.createPublicKey(certPem).equals(crypto.createPublicKey(forgePubPem)));
