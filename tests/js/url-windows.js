// differential: file URL helpers in windows mode, URL normalisation, searchParams follows search/href
const url = require('url');
for (const p of ['C:\\a b\\c#?.txt', '\\\\server\\share\\f', '\\\\?\\C:\\x']) {
  try { console.log(url.pathToFileURL(p, { windows: true }).href); } catch (e) { console.log(e.code); }
}
for (const u of ['file:///C:/a%20b/c', 'file://server/share/f', 'file:///a/b']) {
  try { console.log(url.fileURLToPath(u, { windows: true })); } catch (e) { console.log(e.code, e.message); }
}
console.log(url.pathToFileURL('/a/b/').href);
console.log(new URL('http://a/b?c d#e f').href, new URL('HTTP://EX.com:80/%7e').href, new URL('non-spec:/.//p').href);
const u = new URL('http://x/?a=1'); const sp = u.searchParams; u.search = '?b=2'; console.log(sp.get('b'), [...sp.keys()]);
u.href = 'http://y/?c=3'; console.log(sp.toString());
