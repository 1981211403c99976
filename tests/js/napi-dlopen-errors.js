// differential
'use strict';
// process.dlopen and require('x.node') on files that are not Node addons: node's errors
// (code ERR_DLOPEN_FAILED, the dynamic linker's message, "did not self-register").
const path = require('path');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'loaded');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

attempt('missing file:', () => process.dlopen({ exports: {} }, '/nonexistent/nodus-test.node'));
attempt('require missing:', () => require('/nonexistent/nodus-test.node'));
// A real shared library that registers no module (libm is on every glibc system).
attempt('not an addon:', () => process.dlopen({ exports: {} }, '/lib/x86_64-linux-gnu/libm.so.6'));
attempt('not a library:', () => process.dlopen({ exports: {} }, path.join(__dirname, 'napi-dlopen-errors.js')));
console.log(typeof process.dlopen, process.versions.napi);
