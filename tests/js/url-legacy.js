// differential: legacy url.parse/format/resolve
'use strict';
const url = require('url');
const show = (s, ...a) => console.log(JSON.stringify(s), JSON.stringify(url.parse(s, ...a)));
for (const s of ['http://user:pw@Host.COM:8080/p/a/t/h?query=string#hash', '//a/b', '/foo?x',
  'mailto:a@b.c', 'javascript:alert(1)', 'http://a b/c', 'http://[::1]:80/x', 'HTTP://x.com',
  'x.com/a', 'http://a\\b/c\\d?e\\f', 'http://ex.com/a b<c>d`{}|^\'', 'http:/a/b', 'file:///etc/passwd',
  'a:b', 'http://Bücher.de/x']) {
  show(s);
}
show('//a/b', false, true);
show('/p?a=1&a=2&b', true);
console.log(url.format({ protocol: 'http', host: 'x.com', pathname: 'a?b#c', query: { q: 'a b' }, hash: 'h' }));
console.log(url.format({ auth: 'a b:c@d', hostname: '::1', port: 8 }), url.format('http://A.com/x'));
console.log(url.format(new URL('http://u:p@xn--bcher-kva.de/x?y#z'), { auth: false, search: false, fragment: false, unicode: true }));
for (const [a, b] of [['http://a/b/c/d;p?q', 'g'], ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', '//g'],
  ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', '#s'], ['mailto:a@b', 'c'], ['http://a/b', 'https:c'],
  ['http://a/b/', './'], ['/a/b', '../c'], ['a/b', '../../c']]) {
  console.log(a, b, url.resolve(a, b));
}
try { url.parse(5); } catch (e) { console.log(e.code, e.message); }
try { url.format(5); } catch (e) { console.log(e.code, e.message); }
