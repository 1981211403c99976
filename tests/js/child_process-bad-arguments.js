// differential: spawn/exec/execFile/fork refuse strings with NUL bytes (the child would
// otherwise get them cut short), take non-string arguments as their string form, and
// check timeouts, with node's codes and messages
'use strict';
const cp = require('child_process');

const show = (label, f) => {
  try {
    const r = f();
    if (r && typeof r.kill === 'function') r.kill();
    console.log(label, 'ok', r && r.stdout !== undefined && r.stdout !== null ? r.stdout.toString() : '');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
show('non-string args', () => cp.spawnSync('echo', ['a', 23, {}, null, true]));
show('symbol arg', () => cp.spawn('echo', [Symbol('x')]));
show('nul in arg', () => cp.spawn('echo', ['ok', 'a\u0000b']));
show('nul in file', () => cp.spawn('ec\u0000ho', []));
show('nul in cwd', () => cp.spawn('echo', [], { cwd: 'a\u0000' }));
show('nul in env key', () => cp.spawn('echo', [], { env: { ['A\u0000B']: '1' } }));
show('nul in env value', () => cp.spawn('echo', [], { env: { A: '1\u0000' } }));
show('nul in argv0', () => cp.spawn('echo', [], { argv0: 'e\u0000' }));
show('nul in shell', () => cp.spawn('echo', [], { shell: 'sh\u0000' }));
show('nul in execFileSync arg', () => cp.execFileSync('echo', ['a\u0000']));
show('nul in spawnSync arg', () => cp.spawnSync('echo', ['a\u0000']));
show('nul in exec command', () => cp.exec('echo \u0000'));
show('nul in execSync command', () => cp.execSync('echo \u0000'));
show('nul in fork path', () => cp.fork('x\u0000'));
show('timeout undefined', () => cp.exec('true', { timeout: undefined }));
show('timeout negative', () => cp.exec('true', { timeout: -1 }));
show('timeout string', () => cp.execFile('true', [], { timeout: '1' }));
show('timeout fraction', () => cp.spawn('true', [], { timeout: 1.5 }));
show('spawnSync timeout negative', () => cp.spawnSync('true', [], { timeout: -5 }));
