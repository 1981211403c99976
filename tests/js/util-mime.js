// differential
'use strict';
const { MIMEType, MIMEParams } = require('util');
for (const input of ['text/html', ' Text/HTML ; Charset="utf-8" ; a=b', 'a/b;x="q\\"uoted";y=;z', 'application/json;charset=UTF-8;charset=x',
  'x/y; k="unterminated', 'image/svg+xml;q=0.9;ÿ=1;ok=ÿ']) {
  const m = new MIMEType(input);
  console.log(String(m), m.type, m.subtype, m.essence, [...m.params], JSON.stringify(m), m);
}
for (const bad of ['', 'text', '/html', 'text/', 'te xt/html', 'text/ht ml']) {
  try {
    new MIMEType(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const m = new MIMEType('text/plain');
m.type = 'APPLICATION';
m.subtype = 'JavaScript';
m.params.set('charset', 'utf-8');
m.params.set('needs', 'quote me');
m.params.set('empty', '');
console.log(String(m), m.params.has('charset'), m.params.get('missing'), [...m.params.keys()], [...m.params.values()]);
m.params.delete('needs');
console.log(m.params.toString(), new MIMEParams().toString() === '');
for (const [fn, arg] of [[() => { m.type = ''; }], [() => { m.subtype = 'a/b'; }], [() => m.params.set('a b', 'x')], [() => m.params.set('a', '\u0100')]]) {
  try {
    fn(arg);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
