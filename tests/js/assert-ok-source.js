// differential: assert.ok's source-text message for a call continued on its own line and with control characters in the source; an error made in another realm is thrown as is by ok() only
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');

try {
  assert
    .ok(null, undefined);
} catch (e) { console.log(JSON.stringify(e.message)); }
try {
  assert
    ?.ok(0);
} catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.ok(typeof 123 === 'string'); } catch (e) { console.log(JSON.stringify(e.message)); }

// Raw control characters inside a string literal of the asserting file.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-assert-src-'));
const file = path.join(dir, 'ctl.js');
fs.writeFileSync(file, "const assert = require('assert');\n" +
  "try { assert.ok((() => Boolean('\x01\t\x1b\x0b' === false))()); } " +
  'catch (e) { module.exports = e.message; }\n');
console.log(JSON.stringify(require(file)));
fs.rmSync(dir, { recursive: true, force: true });

const error = vm.runInContext('new SyntaxError("custom error")', vm.createContext());
for (const f of [() => assert(false, error), () => assert.strictEqual(1, 2, error),
  () => assert.fail(error), () => assert.ifError(error), () => assert.ok(0, error),
  () => assert.deepEqual(1, 2, error), () => assert.match('a', /b/, error)]) {
  try { f(); } catch (e) { console.log(e === error, e.name, JSON.stringify(e.message)); }
}
