// differential: deprecated createCipher/createDecipher (EVP_BytesToKey keys), DEP0106 warning, classes
'use strict';
const c = require('crypto');
const x = c.createCipher('aes-128-cbc', 'pw');
const ct = x.update('hello', 'utf8', 'hex') + x.final('hex');
console.log(ct);
const d = c.createDecipher('aes-128-cbc', Buffer.from('pw'));
console.log(d.update(ct, 'hex', 'utf8') + d.final('utf8'));
console.log(c.createCipher('aes-256-ecb', 'secret').final('hex'), c.createCipher('des-ede3-cbc', '').final('base64'));
console.log(Object.getPrototypeOf(x) === c.Cipher.prototype, x instanceof c.Cipheriv, typeof c.Decipher, Object.keys(c).includes('createCipher'));
const g = c.createCipher('aes-128-gcm', 'pw');
g.update('x');
g.final();
console.log(g.getAuthTag().toString('hex'));
try { c.createCipher('nope', 'pw'); } catch (e) { console.log(e.code, e.message); }
try { c.createCipher('aes-128-cbc', 5); } catch (e) { console.log(e.code, e.message); }
c.createDecipher('aes-256-gcm', 'k');
c.createCipher('aes-256-ctr', 'k');
