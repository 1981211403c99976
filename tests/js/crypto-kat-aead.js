// Known answers for AES-GCM (McGrew & Viega test cases 1-4 and 16), ChaCha20-Poly1305
// (RFC 8439 2.8.2), AES-CBC and AES-CTR (NIST SP 800-38A F.2.1, F.5.1): encryption, tag,
// decryption, and refusal of a tampered tag.
'use strict';
const crypto = require('crypto');
let failed = 0;
function check(name, got, want) {
  if (got !== want) {
    failed++;
    console.log(`FAIL ${name}\n  expected ${want}\n  saw      ${got}`);
  }
}
const hex = (s) => Buffer.from(s, 'hex');
const K = 'feffe9928665731c6d6a8f9467308308';
const IV = 'cafebabefacedbaddecaf888';
const P = 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
  '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255';
const A = 'feedfacedeadbeeffeedfacedeadbeefabaddad2';
const C3 = '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e' +
  '21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985';
const rfc8439 = "Ladies and Gentlemen of the class of '99: If I could offer you only one tip " +
  'for the future, sunscreen would be it.';
const cases = [
  ['gcm tc1', 'aes-128-gcm', '00'.repeat(16), '00'.repeat(12), '', '', '', '58e2fccefa7e3061367f1d57a4e7455a'],
  ['gcm tc2', 'aes-128-gcm', '00'.repeat(16), '00'.repeat(12), '00'.repeat(16), '',
    '0388dace60b6a392f328c2b971b2fe78', 'ab6e47d42cec13bdf53a67b21257bddf'],
  ['gcm tc3', 'aes-128-gcm', K, IV, P, '', C3, '4d5c2af327cd64a62cf35abd2ba6fab4'],
  ['gcm tc4', 'aes-128-gcm', K, IV, P.slice(0, 120), A, C3.slice(0, 120), '5bc94fbc3221a5db94fae95ae7121a47'],
  ['gcm tc16', 'aes-256-gcm', K + K, IV, P.slice(0, 120), A,
    '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa' +
    '8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662', '76fc6ece0f4e1768cddf8853bb2d551b'],
  ['rfc8439', 'chacha20-poly1305',
    '808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f', '070000004041424344454647',
    Buffer.from(rfc8439).toString('hex'), '50515253c0c1c2c3c4c5c6c7',
    'd31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6' +
    '3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36' +
    '92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc' +
    '3ff4def08e4b7a9de576d26586cec64b6116', '1ae10b594f09e26a7e902ecbd0600691'],
];
for (const [name, alg, key, iv, pt, aad, ct, tag] of cases) {
  const enc = crypto.createCipheriv(alg, hex(key), hex(iv));
  if (aad) enc.setAAD(hex(aad));
  // Split the plaintext to cover more than one update().
  const ptb = hex(pt);
  const out = Buffer.concat([enc.update(ptb.subarray(0, 7)), enc.update(ptb.subarray(7)), enc.final()]);
  check(`${name} ciphertext`, out.toString('hex'), ct);
  check(`${name} tag`, enc.getAuthTag().toString('hex'), tag);

  const dec = crypto.createDecipheriv(alg, hex(key), hex(iv));
  dec.setAuthTag(hex(tag));
  if (aad) dec.setAAD(hex(aad));
  check(`${name} decrypt`, Buffer.concat([dec.update(hex(ct)), dec.final()]).toString('hex'), pt);

  const bad = hex(tag);
  bad[bad.length - 1] ^= 0x80;
  const dec2 = crypto.createDecipheriv(alg, hex(key), hex(iv));
  dec2.setAuthTag(bad);
  if (aad) dec2.setAAD(hex(aad));
  dec2.update(hex(ct));
  let message = 'no error';
  try { dec2.final(); } catch (e) { message = e.message; }
  check(`${name} tampered`, message, 'Unsupported state or unable to authenticate data');
}

const nistKey = hex('2b7e151628aed2a6abf7158809cf4f3c');
const nistPt = hex('6bc1bee22e409f96e93d7e117393172a');
const cbc = crypto.createCipheriv('aes-128-cbc', nistKey, hex('000102030405060708090a0b0c0d0e0f'));
cbc.setAutoPadding(false);
check('cbc F.2.1', Buffer.concat([cbc.update(nistPt), cbc.final()]).toString('hex'), '7649abac8119b246cee98e9b12e9197d');
const ctr = crypto.createCipheriv('aes-128-ctr', nistKey, hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'));
check('ctr F.5.1', ctr.update(nistPt, null, 'hex') + ctr.final('hex'), '874d6191b620e3261bef6864990db6ce');
if (failed) process.exit(1);
console.log('ok');
