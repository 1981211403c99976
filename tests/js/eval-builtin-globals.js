// differential
'use strict';
// -e and -p code sees built-in modules as lazy globals (fs, os, path, ...), as in node;
// a script file and code read from stdin do not.
const { execFileSync } = require('child_process');

function run(args, input) {
  try {
    return execFileSync(process.execPath, args, { input, encoding: 'utf8' }).trim();
  } catch (err) {
    return `exit ${err.status}: ${err.stderr.split('\n').find((l) => /Error/.test(l))}`;
  }
}

const describe = `const d = Object.getOwnPropertyDescriptor(globalThis, 'util');
  console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);`;
console.log(run(['-e', 'console.log(typeof fs.readFileSync, typeof os.cpus, path.sep)']));
console.log(run(['-p', 'typeof querystring.parse + " " + typeof tty.isatty']));
console.log(run(['-e', describe]));
// Reading once keeps an accessor; assignment makes an ordinary enumerable global.
console.log(run(['-e', `events; ${describe.replace(/util/g, 'events')}
  events = 3; console.log(events, Object.getOwnPropertyDescriptor(globalThis, 'events').enumerable)`]));
console.log(run(['-e', 'console.log(fs === require("fs"), util.format("%d", 4))']));
// Names the global object already has stay as they were.
console.log(run(['-e', 'console.log(console === globalThis.console, typeof module, module.id)']));
console.log(run(['--input-type=module', '-e', 'console.log(typeof path.join)']));
console.log(run([], 'console.log(typeof fs, typeof path)'));
console.log(run(['-e', 'os = undefined; console.log(typeof os)']));
// The require stack of -e and stdin code names [eval] / [stdin] in the working directory.
console.log(run(['-e', 'try { require("nosuch"); } catch (e) { console.log(e.requireStack); }']));
console.log(run([], 'try { require("nosuch"); } catch (e) { console.log(e.requireStack); }'));
