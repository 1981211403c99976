// differential: WHATWG URL parsing, setters, searchParams binding and bad input
'use strict';
const u = new URL('https://user:pa@ex.com:8080/p/a?x=1#h');
console.log(u.href, u.origin, u.host, u.port, u.pathname, u.search, u.hash);
u.searchParams.append('y', 'a b&c');
console.log(u.href, u.search);
u.search = '?q=%20z';
console.log(u.searchParams.get('q'), [...u.searchParams]);
u.hostname = 'Bücher.example';
u.port = '443';
u.protocol = 'http';
u.hash = '';
u.pathname = '/a b/../c';
console.log(u.href, u.port);
u.host = 'x.com:bad';
console.log(u.host);
console.log(new URL('../x', 'http://a/b/c/d').href, new URL('http://[::1]:80/').href,
  new URL('http://0x7f.1/').href, new URL('file:///C:/x/../y').href, new URL('blob:https://a.com/x').origin);
console.log(URL.canParse('nope'), URL.canParse('/x', 'http://a'), JSON.stringify({ u: new URL('http://a') }));
for (const [input, base] of [['bad url'], ['x', 'also bad'], ['http://[::1'], ['http://a b/']]) {
  try {
    new URL(input, base);
  } catch (e) {
    console.log(e.name, e.code, e.message, e.input, e.base);
  }
}
try { u.href = 'nope'; } catch (e) { console.log(e.code, e.input); }
try { new URL(); } catch (e) { console.log(e.code, e.message); }
const p = new URLSearchParams({ a: '1', b: ['x', 'y'] });
p.append('a', '2');
p.sort();
console.log(p.toString(), p.getAll('a'), p.has('a', '2'), p.size, p.get('zz'));
p.delete('a', '1');
p.set('b', 'é');
console.log(p.toString(), [...p.keys()], [...p.values()]);
console.log(new URLSearchParams([['x', '1'], ['y', '2']]).toString(), new URLSearchParams('?a=b+c&d=%zz').get('a'));
for (const bad of [() => new URLSearchParams([[1]]), () => new URLSearchParams([1]),
  () => p.append('x'), () => p.get(), () => URLSearchParams.prototype.get.call({}, 'x')]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}
