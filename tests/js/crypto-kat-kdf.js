// Known answers for PBKDF2 (RFC 6070 with HMAC-SHA1; RFC 7914 section 11 with
// HMAC-SHA256), scrypt (RFC 7914 section 12) and HKDF (RFC 5869 appendix A), through
// both the Sync and the callback forms.
'use strict';
const crypto = require('crypto');
let failed = 0;
let pending = 0;
function check(name, got, want) {
  if (got !== want) {
    failed++;
    console.log(`FAIL ${name}\n  expected ${want}\n  saw      ${got}`);
  }
}
const hex = (s) => Buffer.from(s, 'hex');
const range = (from, to) => Buffer.from(Array.from({ length: to - from + 1 }, (_, i) => from + i));

const pbkdf2 = [
  ['password', 'salt', 1, 20, 'sha1', '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
  ['password', 'salt', 2, 20, 'sha1', 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
  ['password', 'salt', 4096, 20, 'sha1', '4b007901b765489abead49d926f721d065a429c1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1',
    '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038'],
  ['pass\0word', 'sa\0lt', 4096, 16, 'sha1', '56fa6aa75548099dcc37d7f03425e0c3'],
  ['passwd', 'salt', 1, 64, 'sha256', '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc' +
    '49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783'],
];
for (const [p, s, c, len, digest, want] of pbkdf2) {
  check(`pbkdf2Sync ${p} ${c}`, crypto.pbkdf2Sync(p, s, c, len, digest).toString('hex'), want);
  pending++;
  crypto.pbkdf2(Buffer.from(p), Buffer.from(s), c, len, digest, (err, key) => {
    check(`pbkdf2 ${p} ${c} err`, err, null);
    check(`pbkdf2 ${p} ${c}`, key.toString('hex'), want);
    pending--;
  });
}

const scrypt = [
  ['', '', { N: 16, r: 1, p: 1 }, '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442' +
    'fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906'],
  ['password', 'NaCl', { N: 1024, r: 8, p: 16 }, 'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162' +
    '2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640'],
  ['pleaseletmein', 'SodiumChloride', { cost: 16384, blockSize: 8, parallelization: 1 },
    '7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2' +
    'd5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887'],
];
for (const [p, s, opts, want] of scrypt) {
  check(`scryptSync ${p}`, crypto.scryptSync(p, s, 64, opts).toString('hex'), want);
  pending++;
  crypto.scrypt(p, s, 64, opts, (err, key) => {
    check(`scrypt ${p} err`, err, null);
    check(`scrypt ${p}`, key.toString('hex'), want);
    pending--;
  });
}

const hkdf = [
  ['sha256', hex('0b'.repeat(22)), range(0x00, 0x0c), range(0xf0, 0xf9), 42,
    '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865'],
  ['sha256', range(0x00, 0x4f), range(0x60, 0xaf), range(0xb0, 0xff), 82,
    'b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c' +
    '59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71' +
    'cc30c58179ec3e87c14c01d5c1f3434f1d87'],
  ['sha256', hex('0b'.repeat(22)), Buffer.alloc(0), Buffer.alloc(0), 42,
    '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8'],
  ['sha1', hex('0b'.repeat(11)), range(0x00, 0x0c), range(0xf0, 0xf9), 42,
    '085a01ea1b10f36933068b56efa5ad81a4f14b822f5b091568a9cdd4f155fda2c22e422478d305f3f896'],
];
hkdf.forEach(([digest, ikm, salt, info, len, want], i) => {
  const out = crypto.hkdfSync(digest, ikm, salt, info, len);
  check(`hkdfSync ${i} type`, out instanceof ArrayBuffer, true);
  check(`hkdfSync ${i}`, Buffer.from(out).toString('hex'), want);
  pending++;
  crypto.hkdf(digest, ikm, salt, info, len, (err, key) => {
    check(`hkdf ${i} err`, err, null);
    check(`hkdf ${i}`, Buffer.from(key).toString('hex'), want);
    pending--;
  });
});

process.on('exit', () => {
  check('callbacks run', pending, 0);
  if (failed) process.exitCode = 1;
  else console.log('ok');
});
