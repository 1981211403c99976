// differential: fileURLToPath/pathToFileURL, domainTo*, urlToHttpOptions and their bad input
'use strict';
const url = require('url');
console.log(url.fileURLToPath('file:///tmp/a%20b'), url.pathToFileURL('/tmp/a b#?%').href);
console.log(url.domainToASCII('español.com'), url.domainToUnicode('xn--espaol-zwa.com'), url.domainToASCII('xn--iñvalid.com'));
try { url.fileURLToPath('http://x'); } catch (e) { console.log(e.code, e.message); }
try { url.fileURLToPath('file://host/x'); } catch (e) { console.log(e.code, e.message); }
try { url.fileURLToPath('file:///a%2fb'); } catch (e) { console.log(e.code, e.message); }
try { url.fileURLToPath(5); } catch (e) { console.log(e.code, e.message); }
console.log(url.urlToHttpOptions(new URL('http://u:p@[::1]:81/a?b')));
