// differential: separators that stringify to '' (arrays), empty pairs against maxKeys, a replaced querystring.unescape
'use strict';
const qs = require('querystring');
const show = (...args) => console.log(JSON.stringify(args), JSON.stringify(qs.parse(...args)));
show('a', []);
show('a=b&c=d', []);
show('a+b%20=c', []);
show('=b', []);
show('a==b', [], '==');
show('a=b&c=d', [], []);
show('a', null, []);
show('a&&b', '&', []);
show('xyz&q', '&', []);
show('', []);
show('a', [], '=', { decodeURIComponent: (s) => s.toUpperCase() });
for (const [s, m] of [['&a', 1], ['&&a', 2], ['&&a', 3], ['a&&b', 2], ['a&b&', 2], ['a&&&&&&b', 3]]) {
  show(s, null, null, { maxKeys: m });
}
const original = qs.unescape;
qs.unescape = (s) => s.replace(/o/g, '_');
show('foo=bor&x=%41');
qs.unescape = original;
show('foo=bor&x=%41');
for (const s of ['a&', '&a', '&', 'a&&', '']) show(s, '&', []);
