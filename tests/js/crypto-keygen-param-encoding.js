// differential
'use strict';
// EC key generation honours paramEncoding: 'named' (the default) keeps the curve by name, so a curve
// without an OID cannot be encoded (ERR_OSSL_MISSING_OID, sync and async, in every format);
// 'explicit' writes the curve's parameters out.
const gen2 = require('crypto').generateKeyPairSync;
const { publicKey, privateKey } = gen2('ec', { namedCurve: 'Oakley-EC2N-3' });
for (const [t, f] of [['spki', 'der'], ['spki', 'pem']]) {
  try { const o = publicKey.export({ type: t, format: f }); console.log(t, f, o.length); } catch (e) { console.log(t, f, e.code, e.message); }
}
for (const [t, f] of [['pkcs8', 'der'], ['sec1', 'der']]) {
  try { const o = privateKey.export({ type: t, format: f }); console.log(t, f, o.length); } catch (e) { console.log(t, f, e.code, e.message); }
}
for (const enc of ['named', 'explicit', undefined]) {
  const k = gen2('ec', { namedCurve: 'prime256v1', paramEncoding: enc });
  console.log(enc, k.publicKey.export({ type: 'spki', format: 'der' }).length, k.privateKey.export({ type: 'sec1', format: 'der' }).length, k.publicKey.asymmetricKeyDetails);
}
const { generateKeyPair, generateKeyPairSync, getCurves } = require('crypto');
for (const namedCurve of ['Oakley-EC2N-3', 'Oakley-EC2N-4']) {
  console.log(namedCurve, getCurves().includes(namedCurve));
  const params = { namedCurve, publicKeyEncoding: { format: 'der', type: 'spki' } };
  try { const k = generateKeyPairSync('ec', params); console.log('no throw', typeof k.publicKey); } catch (e) { console.log(e.code, e.message); }
  generateKeyPair('ec', params, (err) => console.log('async', err && err.code, err && err.message));
}
