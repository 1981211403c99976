// differential: path.win32 over drive, rooted, UNC and namespaced paths, and bad input
'use strict';
const w = require('path').win32;
const show = (name, ...args) => console.log(name, JSON.stringify(args), JSON.stringify(w[name](...args)));
for (const p of ['C:\\foo\\..\\bar', 'C:', 'C:foo', '\\\\server\\share', '\\\\server\\share\\a\\..\\b\\',
  '//server//share/x', '\\\\server', 'a/b\\c/../d', '', '.', '..\\..\\x', 'test/../C:/Windows', 'file:stream']) {
  show('normalize', p);
  show('dirname', p);
  show('basename', p);
  show('extname', p);
  show('isAbsolute', p);
  show('parse', p);
}
show('join', '\\\\server', 'share', 'x');
show('join', '//', 'a');
show('join', 'C:', 'a', '..', 'b');
show('resolve', 'C:\\a', 'b', '..\\c');
show('resolve', 'C:\\a', 'D:b');
show('resolve', '\\\\srv\\sh', 'x');
show('relative', 'C:\\a\\b\\c', 'C:\\a\\d');
show('relative', 'C:\\a', 'D:\\a');
show('relative', 'C:\\', 'C:\\x\\y');
show('relative', '\\\\srv\\sh\\a', '\\\\srv\\sh\\b');
show('toNamespacedPath', 'C:\\foo');
show('toNamespacedPath', '\\\\srv\\sh\\x');
show('format', { root: 'C:\\', name: 'f', ext: 'txt' });
show('format', { dir: 'C:\\d', base: 'f.txt' });
console.log(w.sep, w.delimiter, w.win32 === w, w.posix === require('path').posix);
for (const bad of [[1], [null], [{}]]) {
  try { w.normalize(...bad); } catch (e) { console.log(e.code, e.message); }
  try { w.join('a', ...bad); } catch (e) { console.log(e.code, e.message); }
}
try { w.format('x'); } catch (e) { console.log(e.code, e.message); }
try { w.basename('a', 1); } catch (e) { console.log(e.code, e.message); }
