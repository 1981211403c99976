// differential
'use strict';
// FormData: entry list semantics, Blob to File wrapping, and the multipart encoding
// a body made from it carries (boundary replaced, as it is random).
const t = (label, f) => {
  try {
    console.log(label, 'ok', JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

const fd = new FormData();
fd.append('a', '1');
fd.append('b', 'x');
fd.append('a', '2');
console.log('get', fd.get('a'), fd.get('zz'), JSON.stringify(fd.getAll('a')), fd.has('b'), fd.has('c'));
fd.set('a', '3');
console.log('set', JSON.stringify([...fd]));
fd.delete('b');
console.log('delete', JSON.stringify([...fd.keys()]), JSON.stringify([...fd.values()]));
fd.append('blob', new Blob(['hi'], { type: 'text/x' }));
fd.append('named', new Blob(['z']), 'n.txt');
fd.append('file', new File(['f'], 'orig.bin', { type: 'application/x' }));
fd.append('renamed', new File(['f'], 'orig.bin'), 'new.bin');
for (const name of ['blob', 'named', 'file', 'renamed']) {
  const v = fd.get(name);
  console.log(name, v instanceof File, v.name, JSON.stringify(v.type), v.size);
}
fd.forEach(function(v, k, o) { console.log('forEach', k, typeof v, o === fd, this.x); }, { x: 1 });
const it = fd.entries();
console.log('iterator', Object.prototype.toString.call(it), Object.prototype.toString.call(fd));
console.log('proto', Object.getOwnPropertyNames(FormData.prototype).join());

t('ctor arg', () => new FormData(5));
t('append 1 arg', () => new FormData().append('a'));
t('append filename for string', () => new FormData().append('a', 'b', 'c'));
t('set filename for string', () => new FormData().set('a', 'b', 'c'));
t('get no args', () => new FormData().get());
t('illegal', () => FormData.prototype.get.call({}, 'a'));
t('forEach non-fn', () => new FormData().forEach(null));

(async () => {
  const enc = new FormData();
  enc.append('a"\n', 'x\ny');
  enc.append('f', new Blob(['hi'], { type: 'text/x' }), 'n"1.txt');
  enc.append('g', new Blob(['z']));
  const res = new Response(enc);
  const type = res.headers.get('content-type');
  const boundary = type.slice(type.indexOf('boundary=') + 9);
  console.log('content-type', type.replace(boundary, 'B'));
  const text = await res.clone().text();
  console.log('encoded', JSON.stringify(text.split(boundary).join('B')));
  const back = await res.formData();
  for (const [k, v] of back) {
    console.log('parsed', JSON.stringify(k), typeof v === 'string' ? JSON.stringify(v) : `${v.name} ${v.type} ${await v.text()}`);
  }
  const url = await new Response('a=1&b=%20x&a=2', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  }).formData();
  console.log('urlencoded', JSON.stringify([...url]));
  await new Response('a=1').formData().catch((e) => console.log('formData plain', e.name, e.message));
})();
