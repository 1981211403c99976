// differential
'use strict';
// Headers: case-insensitive names, sorted and combined iteration, set-cookie kept
// apart, value trimming, validation messages and the immutable guard.
const t = (label, f) => {
  try {
    console.log(label, 'ok', JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

const d = Object.getOwnPropertyDescriptor(globalThis, 'Headers');
console.log('descriptor', typeof d.get, typeof d.set, d.enumerable, d.configurable);
console.log('proto', Object.getOwnPropertyNames(Headers.prototype).join());

const h = new Headers({ B: ' 2 ', a: '1', 'Set-Cookie': 'x=1' });
h.append('set-cookie', 'y=2');
h.append('A', '3');
console.log('entries', JSON.stringify([...h]));
console.log('get', h.get('a'), h.get('SET-COOKIE'), h.get('b'), h.get('zz'));
console.log('getSetCookie', JSON.stringify(h.getSetCookie()), JSON.stringify(new Headers().getSetCookie()));
console.log('has', h.has('A'), h.has('c'));
h.set('a', '\t9 ');
console.log('set', JSON.stringify(h.get('a')));
h.delete('B');
console.log('keys', [...h.keys()].join(), 'values', [...h.values()].join('|'));
const it = h.entries();
console.log('iterator', Object.prototype.toString.call(it), JSON.stringify(it.next()));
console.log('iterator proto', Object.getPrototypeOf(Object.getPrototypeOf(it)) ===
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
h.forEach(function(v, k, o) { console.log('forEach', k, v, o === h, typeof this); }, 7);
console.log('tag', Object.prototype.toString.call(h));
console.log('copy', JSON.stringify([...new Headers(h)]), JSON.stringify([...new Headers([['x', 'y'], ['X', 'z']])]));
console.log('latin1', new Headers([['a', 'é']]).get('a'));

t('bad name', () => h.append('a b', 'x'));
t('bad value lf', () => h.append('a', 'x\ny'));
t('bad value nul', () => h.set('a', 'x\0y'));
t('bad get', () => h.get('a b'));
t('bad has', () => h.has('('));
t('bad delete', () => h.delete(''));
t('empty name', () => h.set('', 'x'));
t('no args', () => h.get());
t('one arg', () => h.append('a'));
t('ctor number', () => new Headers(5));
t('ctor string', () => new Headers('abc'));
t('pair of 1', () => new Headers([['a']]));
t('pair of 3', () => new Headers([['a', 'b', 'c']]));
t('wide char', () => new Headers([['a', '\u0100']]));
t('illegal', () => Headers.prototype.get.call({}, 'a'));
t('forEach non-fn', () => h.forEach(5));
const frozen = Response.error().headers;
t('immutable set', () => frozen.set('a', 'b'));
t('immutable append', () => frozen.append('a', 'b'));
t('immutable delete', () => frozen.delete('a'));
