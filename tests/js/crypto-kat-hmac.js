// Known answers for HMAC-SHA-224/256/384/512 from RFC 4231 (test cases 1-4, 6, 7; case 5's
// truncated output is checked on its first 128 bits).
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
const cases = [
  { key: hex('0b'.repeat(20)), data: Buffer.from('Hi There'),
    sha224: '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22',
    sha256: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    sha384: 'afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59c' +
      'faea9ea9076ede7f4af152e8b2fa9cb6',
    sha512: '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde' +
      'daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854' },
  { key: Buffer.from('Jefe'), data: Buffer.from('what do ya want for nothing?'),
    sha224: 'a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44',
    sha256: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    sha384: 'af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e' +
      '8e2240ca5e69e2c78b3239ecfab21649',
    sha512: '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554' +
      '9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737' },
  { key: hex('aa'.repeat(20)), data: hex('dd'.repeat(50)),
    sha224: '7fb3cb3588c6c1f6ffa9694d7d6ad2649365b0c1f65d69d1ec8333ea',
    sha256: '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe',
    sha384: '88062608d3e6ad8a0aa2ace014c8a86f0aa635d947ac9febe83ef4e55966144b' +
      '2a5ab39dc13814b94e3ab6e101a34f27',
    sha512: 'fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39' +
      'bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb' },
  { key: hex('0102030405060708090a0b0c0d0e0f10111213141516171819'), data: hex('cd'.repeat(50)),
    sha224: '6c11506874013cac6a2abc1bb382627cec6a90d86efc012de7afec5a',
    sha256: '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
    sha384: '3e8a69b7783c25851933ab6290af6ca77a9981480850009cc5577c6e1f573b4e' +
      '6801dd23c4a7d679ccf8a386c674cffb',
    sha512: 'b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3db' +
      'a91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd' },
  { key: hex('aa'.repeat(131)),
    data: Buffer.from('Test Using Larger Than Block-Size Key - Hash Key First'),
    sha224: '95e9a0db962095adaebe9b2d6f0dbce2d499f112f2d2b7273fa6870e',
    sha256: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    sha384: '4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c6' +
      '0c2ef6ab4030fe8296248df163f44952',
    sha512: '80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f352' +
      '6b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598' },
  { key: hex('aa'.repeat(131)),
    data: Buffer.from('This is a test using a larger than block-size key and a larger ' +
      'than block-size data. The key needs to be hashed before being used by the HMAC algorithm.'),
    sha224: '3a854166ac5d9f023f54d517d0b39dbd946770db9c2b95c9f6f565d1',
    sha256: '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
    sha384: '6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99c5' +
      'a678cc31e799176d3860e6110c46523e',
    sha512: 'e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944' +
      'b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58' },
];
cases.forEach((c, i) => {
  for (const alg of ['sha224', 'sha256', 'sha384', 'sha512']) {
    check(`case ${i} ${alg}`, crypto.createHmac(alg, c.key).update(c.data).digest('hex'), c[alg]);
  }
});
// Case 5: output truncated to 128 bits.
check('case 5 sha256/128', crypto.createHmac('sha256', hex('0c'.repeat(20)))
  .update('Test With Truncation').digest('hex').slice(0, 32), 'a3b6167473100ee06e0c796c2955552b');
// The key as a string and as an ArrayBuffer give the same MAC.
check('string key', crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'),
  cases[1].sha256);
check('ArrayBuffer key', crypto.createHmac('sha256', new Uint8Array(Buffer.from('Jefe')).buffer)
  .update('what do ya want for nothing?').digest('hex'), cases[1].sha256);
if (failed) process.exit(1);
console.log('ok');
