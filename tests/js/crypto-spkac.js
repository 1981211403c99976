// differential: crypto.Certificate (SPKAC): verifySpkac/exportPublicKey/exportChallenge, static and instance, every input type, tampered and unreadable input, argument errors
'use strict';
const { Certificate, createPublicKey } = require('crypto');

// A 1024-bit RSA SPKAC with challenge "nodus-challenge" (made with `openssl spkac` for this test).
const spkac = 'MIIBSTCBszCBnzANBgkqhkiG9w0BAQEFAAOBjQAwgYkCgYEAyoJJ3KcXlXQ6hpMkAgzQZGQjdTrcTxwSvM4ESk526qI1kEAQMEJ/tIlEXkCIlmLSmHDzCdX8+SKAs515AELNDf3g9A88GPdPFYWNuN1GhmByEvpkXiZZkNM5jLMKctCmNOuGOV0xnfwvKjjq53YufzeiWHUOqb6q9Utl0Plh9y0CAwEAARYPbm9kdXMtY2hhbGxlbmdlMA0GCSqGSIb3DQEBCwUAA4GBABJkw12Xg+qrmaNSsk9LKJkRUHvW/KQsEQnRjhHioxq7LsTgyA2p9hcvGkA4JWqE7wH+3P1KSCw5cZuTLMAybddvkspQQ3vCndC4sPq9UqgvmANq61AFDkbKa5PTVQsSSvzQj1w+tT81ivpU7hFPtC33wn/5scecLdx72/9jnuqV';
const tampered = spkac.slice(0, 200) + (spkac[200] === 'A' ? 'B' : 'A') + spkac.slice(201);
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

for (const c of [Certificate, new Certificate(), Certificate()]) {
  console.log(c instanceof Certificate, c.verifySpkac(spkac), c.verifySpkac(Buffer.from(spkac + '\n')),
    c.verifySpkac(tampered), c.verifySpkac('garbage'));
  const pem = c.exportPublicKey(spkac);
  console.log(Buffer.isBuffer(pem), pem.toString().split('\n')[0], createPublicKey(pem).asymmetricKeyDetails);
  console.log(c.exportChallenge(spkac), c.exportChallenge(spkac).toString());
  console.log(JSON.stringify(c.exportPublicKey('garbage')), JSON.stringify(c.exportChallenge('')));
}
const buf = Buffer.from(spkac);
const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length);
console.log(Certificate.verifySpkac(ab), Certificate.verifySpkac(new Uint8Array(ab)), Certificate.verifySpkac(new DataView(ab)));
console.log(Certificate.verifySpkac(buf.toString('hex'), 'hex'), Certificate.exportChallenge(buf.toString('base64'), 'base64').toString());
console.log(Object.getOwnPropertyNames(Certificate.prototype));
for (const v of [1, {}, [], Infinity, true, undefined, null]) {
  t('verify', () => Certificate.verifySpkac(v));
  t('publicKey', () => Certificate.exportPublicKey(v));
  t('challenge', () => Certificate.exportChallenge(v));
}
