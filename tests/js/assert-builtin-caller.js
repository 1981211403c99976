// differential
'use strict';
// An assert called from a built-in module (here as an event listener) says "false ==
// true": its caller's source is not on disk, and a file that happens to be named like
// the built-in in the cwd is not read instead.
const assert = require('assert');
const EventEmitter = require('events');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assert-builtin-'));
const e = new EventEmitter();
e.on('hello', assert);
let frame;
try { e.emit('hello', false); } catch (err) { frame = err.stack.split('\n')[1]; console.log(err.message); }
const [, file] = frame.match(/\((.+):(\d+):(\d+)\)/);
console.log(file.startsWith('node:'));
process.chdir(dir);
fs.writeFileSync(file, 'ok(failed(badly));\n'.repeat(600));
try { e.emit('hello', false); } catch (err) { console.log(err.message); }
process.chdir(os.tmpdir());
fs.rmSync(dir, { recursive: true });
