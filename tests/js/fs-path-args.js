// differential: path arguments with null bytes (strings, Buffers, file: URLs incl. %00) and bad file: URLs are refused with node's errors
'use strict';
const fs = require('fs');

const show = (name, f) => {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
};

show('string', () => fs.accessSync('a\0b'));
show('buffer', () => fs.accessSync(Buffer.from('a\0b')));
show('url with null', () => fs.accessSync(new URL('file:///C:/foo\u0000bar')));
show('url with %00', () => fs.statSync(new URL('file:///tmp/%00test')));
show('url %00 async', () => fs.readFile(new URL('file:///tmp/%00test'), () => {}));
show('url host', () => fs.readFile(new URL('file://hostname/a/b/c'), () => {}));
show('url encoded slash', () => fs.readFile(new URL('file:///a%2Fb'), () => {}));
show('url scheme', () => fs.readFile(new URL('http://a/b'), () => {}));
show('rename new', () => fs.renameSync('a', 'b\0'));
show('copyFile dest', () => fs.copyFileSync('a', new URL('file:///x%00')));
show('watch', () => fs.watch('foo\0bar', () => {}));
show('watchFile', () => fs.watchFile('foo\0bar', () => {}));
show('unwatchFile', () => fs.unwatchFile('foo\0bar'));
show('watch type', () => fs.watch(5, () => {}));
show('watchFile type', () => fs.watchFile(5, () => {}));
show('readlink type', () => fs.readlinkSync(5));
