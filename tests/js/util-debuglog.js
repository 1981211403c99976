'use strict';
// util.debuglog: sections enabled by NODE_DEBUG, wildcards, "SECTION pid: message"
// on stderr, .enabled, the callback form, util.debug alias. NODE_DEBUG is read from
// the environment the process starts with, so the checks run in a child.
const util = require('util');
if (process.argv[2] !== 'child') {
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, [__filename, 'child'], {
    env: { ...process.env, NODE_DEBUG: 'alpha,be*,GAMMA' }, encoding: 'utf8',
  });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  if (r.status !== 0 || r.stdout !== 'debuglog ok\n') {
    console.log(`child failed: status ${r.status}`);
    process.exit(1);
  }
  return;
}
let failed = 0;
function check(what, ok, saw) {
  if (!ok) {
    failed++;
    console.log(`FAIL ${what}: saw ${util.inspect(saw)}`);
  }
}
const written = [];
const originalWrite = process.stderr.write;
process.stderr.write = function(chunk) {
  written.push(String(chunk));
  return true;
};
const alpha = util.debuglog('alpha');
const beta = util.debuglog('beta');
const gamma = util.debug('gamma');
const off = util.debuglog('delta');
let fromCallback;
const withCb = util.debuglog('bexx', (fn) => { fromCallback = fn; });
alpha('hello %s %d', 'world', 42);
beta({ a: [1] });
gamma('case-insensitive');
off('never printed');
withCb('via callback');
process.stderr.write = originalWrite;
const pid = process.pid;
const expected = [
  `ALPHA ${pid}: hello world 42\n`,
  `BETA ${pid}: { a: [ 1 ] }\n`,
  `GAMMA ${pid}: case-insensitive\n`,
  `BEXX ${pid}: via callback\n`,
];
check('output', JSON.stringify(written) === JSON.stringify(expected), written);
check('enabled true', alpha.enabled === true, alpha.enabled);
check('enabled false', off.enabled === false, off.enabled);
check('callback got logger', typeof fromCallback === 'function', fromCallback);
if (failed) process.exit(1);
console.log('debuglog ok');
