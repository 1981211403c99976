// differential: crypto.hash() one-shot digests, encodings and argument errors
'use strict';
const c = require('crypto');
for (const a of [[1, 't'], ['sha1', 1], ['sha1', 't', 1], ['sha1', 't', null], ['sha1', 't', 'nope'], ['nope', 't'], [undefined, 't'], ['sha1']]) {
  try { console.log(c.hash(...a)); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(c.hash('sha1', 'abc'), c.hash('sha1', 'abc', 'base64'), c.hash('sha1', Buffer.from('abc'), 'buffer'));
console.log(c.hash('sha256', new Uint16Array([1, 2])), c.hash('md5', '\u00e9'), c.hash('SHA512', '', 'latin1').length);
for (const alg of c.getHashes()) {
  if (c.hash(alg, 'xyz', 'base64url') !== c.createHash(alg).update('xyz').digest('base64url')) console.log('mismatch', alg);
}
