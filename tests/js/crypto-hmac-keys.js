// differential: createHmac, hkdf and createCipheriv take secret KeyObjects and CryptoKeys; other key types are refused with node's errors
'use strict';
const c = require('crypto');
const k = c.createSecretKey(Buffer.from('Jefe'));
console.log(c.createHmac('sha256', k).update('what do ya want for nothing?').digest('hex'));
const kp = c.generateKeyPairSync('ed25519');
try { c.createHmac('sha256', kp.publicKey); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(c.hkdfSync('sha256', k, 's', 'i', 8));
const ck = c.createCipheriv('aes-128-cbc', c.createSecretKey(Buffer.alloc(16)), Buffer.alloc(16));
console.log(ck.final('hex'));
(async () => {
  const key = await c.webcrypto.subtle.importKey('raw', Buffer.from('Jefe'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  try { console.log(c.createHmac('sha256', key).update('what do ya want for nothing?').digest('hex')); } catch (e) { console.log(e.name, e.code, e.message); }
})();
try { c.createHmac('sha256', null); } catch (e) { console.log(e.name, e.code, e.message); }
try { c.createHmac(5, 'k'); } catch (e) { console.log(e.name, e.code, e.message); }
try { c.createHmac('nope', 'k'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(c.createHmac('sha1', '').digest('hex'), c.createHmac('sha1', 'k', { encoding: 'hex' }).digest('base64'));
console.log(c.createHmac('sha512', Buffer.alloc(200, 1)).update('x').digest('base64url'));
const h = c.createHmac('md5', 'k');
console.log(h.digest('hex'), JSON.stringify(h.digest('hex')), h.digest());
try { h.update('x'); } catch (e) { console.log(e.name, e.code, e.message); }
