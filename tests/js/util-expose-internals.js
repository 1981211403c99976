'use strict';
// --expose-internals: internal/* modules reachable only with the flag (either spelling,
// never from NODE_OPTIONS), internal/util's helpers and internal/test/binding.
const { spawnSync } = require('child_process');
let failed = 0;
function run(args, env) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  return [r.status, r.stdout.trim(), r.stderr.trim().split('\n')[0]].filter((x) => x !== '').join(' ');
}
function check(what, seen, expected) {
  if (seen !== expected) {
    failed++;
    console.log(`FAIL ${what}\n  expected: ${expected}\n  seen:     ${seen}`);
  }
}
const probe = `
  let out = [];
  try { out.push(typeof require('internal/util').sleep); } catch (e) { out.push(e.code); }
  out.push(require('module').isBuiltin('internal/util'));
  console.log(out.join(' '));`;
check('off by default', run(['-e', probe], { NODE_OPTIONS: '' }), '0 MODULE_NOT_FOUND false');
check('--expose-internals', run(['--expose-internals', '-e', probe]), '0 function true');
check('--expose_internals', run(['--expose_internals', '-e', probe]), '0 function true');
check('not in NODE_OPTIONS', run(['-e', probe], { NODE_OPTIONS: '--expose-internals' }).replace(/^(\d+) \S+: /, '$1 '),
      '9 --expose-internals is not allowed in NODE_OPTIONS');
check('unknown internal id', run(['--expose-internals', '-e',
  "try { require('internal/no-such-module'); } catch (e) { console.log(e.code); }"]),
'0 MODULE_NOT_FOUND');

const helpers = `
  const u = require('internal/util');
  const out = [];
  for (const v of ['x', -1, 3.14, 4294967296]) {
    try { u.sleep(v); } catch (e) { out.push(e.code); }
  }
  const t0 = Date.now(); u.sleep(30); out.push(Date.now() - t0 >= 29);
  let warnings = '';
  process.on('warning', (w) => { warnings += w.name + ':' + w.message + ';'; });
  u.emitExperimentalWarning('feature1');
  u.emitExperimentalWarning('feature1');
  function f(cb) { cb(null, 1, 2); }
  f[u.customPromisifyArgs] = ['a', 'b'];
  require('util').promisify(f)().then((v) => {
    out.push(JSON.stringify(v));
    const { internalBinding } = require('internal/test/binding');
    out.push(typeof internalBinding('util').getProxyDetails);
    setImmediate(() => console.log(out.join(' '), warnings));
  });`;
check('internal/util helpers', run(['--expose-internals', '--no-warnings', '-e', helpers]),
      '0 ERR_INVALID_ARG_TYPE ERR_OUT_OF_RANGE ERR_OUT_OF_RANGE ERR_OUT_OF_RANGE true ' +
      '{"a":1,"b":2} function ' +
      'ExperimentalWarning:feature1 is an experimental feature and might change at any time;' +
      'internal/test/binding:These APIs are for internal testing only. Do not use them.;');
if (failed) process.exit(1);
console.log('ok');
