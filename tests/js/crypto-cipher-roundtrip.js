// differential: encrypt/decrypt round trips over AES CBC/CTR/ECB/GCM/CCM/OCB and chacha20-poly1305 with AAD, and tampered tags refused
'use strict';
const c = require('crypto');
const specs = [['aes-128-cbc', 16, 16], ['aes-192-cbc', 24, 16], ['aes-256-cbc', 32, 16],
  ['aes-256-ctr', 32, 16], ['aes-128-ecb', 16, 0], ['aes-256-gcm', 32, 12],
  ['aes-128-ccm', 16, 12, { authTagLength: 16 }], ['aes-192-ccm', 24, 7, { authTagLength: 4 }],
  ['aes-128-ocb', 16, 12, { authTagLength: 16 }], ['aes-256-ocb', 32, 15, { authTagLength: 8 }],
  ['chacha20-poly1305', 32, 12], ['chacha20-poly1305', 32, 12, { authTagLength: 10 }]];
for (const [alg, kl, ivl, opts] of specs) {
  const key = Buffer.alloc(kl, 7);
  const iv = ivl ? Buffer.alloc(ivl, 3) : null;
  const aead = /gcm|ccm|ocb|poly/.test(alg);
  const ccm = alg.includes('ccm');
  const e = c.createCipheriv(alg, key, iv, opts);
  if (ccm) e.setAAD(Buffer.from('aad'), { plaintextLength: 11 });
  else if (aead) e.setAAD(Buffer.from('aad'));
  const ct = ccm ? Buffer.concat([e.update('hello world'), e.final()]) :
    Buffer.concat([e.update('hello'), e.update(' world'), e.final()]);
  const tag = aead ? e.getAuthTag() : null;
  const d = c.createDecipheriv(alg, key, iv, opts);
  if (tag) d.setAuthTag(tag);
  if (ccm) d.setAAD(Buffer.from('aad'), { plaintextLength: ct.length });
  else if (aead) d.setAAD(Buffer.from('aad'));
  const pt = Buffer.concat([d.update(ct), d.final()]).toString();
  console.log(alg, ct.toString('hex'), tag && tag.toString('hex'), pt);
  if (tag) {
    const d2 = c.createDecipheriv(alg, key, iv, opts);
    tag[0] ^= 1;
    d2.setAuthTag(tag);
    if (ccm) d2.setAAD(Buffer.from('aad'), { plaintextLength: ct.length });
    else d2.setAAD(Buffer.from('aad'));
    try {
      d2.update(ct);
      d2.final();
      console.log('no error!');
    } catch (err) {
      console.log(err.message);
    }
  }
}
// A long message through CBC in odd-sized pieces equals the one-shot result.
const key = Buffer.alloc(32, 9);
const iv = Buffer.alloc(16, 1);
const msg = Buffer.alloc(10000, 'abcdefghij');
const one = Buffer.concat([c.createCipheriv('aes-256-cbc', key, iv).update(msg), c.createCipheriv('aes-256-cbc', key, iv).final()]);
const pieces = c.createCipheriv('aes-256-cbc', key, iv);
const parts = [];
for (let i = 0; i < msg.length; i += 777) parts.push(pieces.update(msg.subarray(i, i + 777)));
parts.push(pieces.final());
const all = Buffer.concat(parts);
console.log(all.length, c.createHash('sha256').update(all).digest('hex'), one.length);
const dec = c.createDecipheriv('aes-256-cbc', key, iv);
console.log(Buffer.concat([dec.update(all), dec.final()]).equals(msg));
