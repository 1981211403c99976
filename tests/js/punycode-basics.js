// differential: punycode encode/decode/toASCII/toUnicode/ucs2 and its errors
'use strict';
const punycode = require('punycode');
console.log(punycode.version, punycode.encode('mañana'), punycode.decode('maana-pta'));
console.log(punycode.toASCII('mañana.com'), punycode.toUnicode('xn--maana-pta.com'),
  punycode.toASCII('user@bücher.de'), punycode.toUnicode('XN--BCHER-KVA.de'));
console.log(punycode.ucs2.decode('a\uD834\uDF06'), punycode.ucs2.encode([0x61, 0x1D306]));
for (const bad of ['\x80', 'a-\u00e9', 'zzzzzzzzzzzzz']) {
  try { punycode.decode(bad); } catch (e) { console.log(e.name, e.message); }
}
