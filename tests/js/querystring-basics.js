// differential: querystring parse/stringify/escape/unescape, custom separators, maxKeys, bad input
'use strict';
const qs = require('querystring');
const show = (v) => console.log(JSON.stringify(v));
show(qs.parse('a=1&b=2&a=3&c&=d&e=%zz&f=a+b%20c'));
show(qs.parse('a:1;b:2', ';', ':'));
show(qs.parse('a==1&&b', '&&', '=='));
show(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
show(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: Infinity }));
show(qs.parse('a=%41', null, null, { decodeURIComponent: (s) => s.toLowerCase() }));
show(qs.parse(5));
show(Object.getPrototypeOf(qs.parse('a=1')));
show(qs.stringify({ a: [1, 2], b: true, c: null, d: 'x y', e: NaN, f: 10n, g: {} }));
show(qs.stringify({ a: 1 }, ';', ':'));
show(qs.stringify({ a: 'é' }, null, null, { encodeURIComponent: (s) => `<${s}>` }));
show(qs.stringify('x'));
show(qs.escape('a b&c/é~!\'()*'));
show(qs.unescape('%41%zz%E2%82'));
show(qs.unescape('a+b', true));
try { qs.escape('\uD800'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(qs.decode === qs.parse, qs.encode === qs.stringify);
