// differential: createHash over OpenSSL's digests: encodings, update inputs, copy, XOF lengths, errors, getHashes
'use strict';
const crypto = require('crypto');
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message)); }
}
for (const alg of crypto.getHashes()) {
  t(alg, () => crypto.createHash(alg).update('The quick brown fox').digest('hex'));
}
const data = new Uint8Array([1, 2, 3, 250]);
t('u8', () => crypto.createHash('sha256').update(data).digest('base64'));
t('u16', () => crypto.createHash('sha256').update(new Uint16Array([1, 2, 3])).digest('base64url'));
t('dataview', () => crypto.createHash('sha256').update(new DataView(data.buffer, 1, 2)).digest('latin1'));
t('subarray', () => crypto.createHash('sha1').update(Buffer.from('xxhelloxx').subarray(2, 7)).digest('hex'));
t('hexin', () => crypto.createHash('md5').update('deadbeef', 'hex').digest('hex'));
t('b64in', () => crypto.createHash('md5').update('3q2+7w==', 'base64').digest('hex'));
t('latin1in', () => crypto.createHash('md5').update('\u00e9\u00ff', 'latin1').digest('hex'));
t('utf8in', () => crypto.createHash('md5').update('\u00e9\u00ff\u20ac\ud83d\ude00').digest('hex'));
t('ucs2in', () => crypto.createHash('md5').update('ab', 'ucs2').digest('hex'));
t('badin', () => crypto.createHash('md5').update('ab', 'nope').digest('hex'));
t('long', () => crypto.createHash('sha256').update('x'.repeat(5000)).digest('hex'));
t('buffer', () => crypto.createHash('sha256').update('a').digest());
t('bufferenc', () => crypto.createHash('sha256').update('a').digest('buffer'));
t('unknownout', () => crypto.createHash('sha256').update('a').digest('nope'));
t('empty', () => crypto.createHash('sha512').digest('hex'));
t('shake128', () => crypto.createHash('shake128').update('a').digest('hex'));
t('shake128/5', () => crypto.createHash('shake128', { outputLength: 5 }).update('a').digest('hex'));
t('shake256/0', () => crypto.createHash('shake256', { outputLength: 0 }).update('a').digest('hex'));
t('shake256/100', () => crypto.createHash('shake256', { outputLength: 100 }).update('a').digest('hex'));
t('sha256/32', () => crypto.createHash('sha256', { outputLength: 32 }).update('a').digest('hex'));
t('sha256/5', () => crypto.createHash('sha256', { outputLength: 5 }));
t('outlen-neg', () => crypto.createHash('shake128', { outputLength: -1 }));
t('outlen-str', () => crypto.createHash('shake128', { outputLength: '1' }));
t('names', () => ['SHA256', 'RSA-SHA256', 'sha256WithRSAEncryption', 'SHA3-256', 'sha-256']
  .map((n) => { try { return crypto.createHash(n).update('a').digest('hex').slice(0, 8); } catch (e) { return e.message; } }));
t('unknown', () => crypto.createHash('nope'));
t('alg-type', () => crypto.createHash(1));
t('data-type', () => crypto.createHash('sha256').update(1));
t('data-null', () => crypto.createHash('sha256').update(null));
t('twice', () => { const h = crypto.createHash('sha256'); h.digest(); return h.digest(); });
t('update-after', () => { const h = crypto.createHash('sha256'); h.digest(); return h.update('a'); });
t('copy', () => {
  const h = crypto.createHash('sha256').update('ab');
  const c = h.copy();
  c.update('c');
  return [h.digest('hex'), c.digest('hex')];
});
t('copy-xof', () => crypto.createHash('shake128').update('a').copy({ outputLength: 4 }).digest('hex'));
t('copy-after', () => { const h = crypto.createHash('sha256'); h.digest(); return h.copy(); });
t('chain', () => crypto.createHash('sha256').update('a').update('b') instanceof crypto.Hash);
t('noNew', () => crypto.Hash('sha1').update('a').digest('hex'));
t('timingSafeEqual', () => [crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')),
  crypto.timingSafeEqual(new Uint8Array([1, 2]), new Uint16Array([0x201])),
  crypto.timingSafeEqual(new ArrayBuffer(3), Buffer.alloc(3))]);
t('timingSafeEqual-len', () => crypto.timingSafeEqual(Buffer.alloc(2), Buffer.alloc(3)));
t('timingSafeEqual-type', () => crypto.timingSafeEqual('a', 'a'));
t('getHashes-copy', () => crypto.getHashes() !== crypto.getHashes());
