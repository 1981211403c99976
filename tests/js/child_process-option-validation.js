// differential: spawn/spawnSync/execFile/fork option and argument validation: codes,
// names and messages as node's
'use strict';
const cp = require('child_process');

const show = (label, f) => {
  try {
    const r = f();
    if (r && typeof r.kill === 'function') { r.on('error', () => {}); if (r.pid) r.kill(); }
    const shown = typeof r === 'string' || typeof r === 'boolean' ? r : r && r.error ? r.error.code : '';
    console.log(label, 'ok', shown);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
const noop = () => {};
const values = [0, 1, true, false, 'str', [], {}, noop, NaN, Infinity, 3.1, -3.1, -1, null, undefined, 2 ** 63];
const bad = 'not_a_real_command_xyz';
for (const opt of ['cwd', 'detached', 'uid', 'gid', 'shell', 'argv0', 'windowsHide',
  'windowsVerbatimArguments', 'timeout', 'maxBuffer', 'killSignal', 'stdio', 'env', 'signal',
]) {
  for (const v of values) {
    let tag = typeof v === 'function' ? 'fn' : Array.isArray(v) ? '[]' : String(v);
    show(`spawnSync ${opt}=${tag}`, () => cp.spawnSync(bad, { [opt]: v }));
    show(`spawn ${opt}=${tag}`, () => cp.spawn(bad, [], { [opt]: v }));
  }
}
for (const sig of ['sigkill', 'SIGKILL', 'constructor', 'toString', '__proto__', 500, 0, -200, 3.14, 9]) {
  show(`spawnSync killSignal=${sig}`, () => cp.spawnSync(bad, { killSignal: sig }));
  show(`spawn killSignal=${sig}`, () => cp.spawn('true', [], { killSignal: sig }));
}
show('spawn()', () => cp.spawn());
show('spawn("")', () => cp.spawn(''));
show('spawn(toString null)', () => cp.spawn({ toString() { return null; } }));
show('spawn(cmd, true)', () => cp.spawn('true', true));
show('spawn(cmd, "s")', () => cp.spawn('true', 's'));
show('spawn(cmd, [], null)', () => cp.spawn('true', [], null));
show('spawn(cmd, [], 1)', () => cp.spawn('true', [], 1));
show('spawn(cmd, [], "s")', () => cp.spawn('true', [], 's'));
show('spawn(cmd, [], [])', () => cp.spawn('true', [], []));
show('execFile(cmd, "s", {}, fn)', () => cp.execFile('true', 's', {}, noop));
show('execFile(cmd, [], "s", fn)', () => cp.execFile('true', [], 's', noop));
show('execFile(cmd, [], {}, "s")', () => cp.execFile('true', [], {}, 's'));
show('execFile(cmd, [], "s")', () => cp.execFile('true', [], 's'));
show('execFile(cmd, {}, "s")', () => cp.execFile('true', {}, 's'));
show('execFile(cmd, u, u, "s")', () => cp.execFile('true', undefined, undefined, 's'));
show('execFile(cmd, n, n, "s")', () => cp.execFile('true', null, null, 's'));
show('execFile(cmd, [], [])', () => cp.execFile('true', [], []));
show('execFile(cmd, fn, "s")', () => cp.execFile('true', noop, 's'));
show('execFile(cmd, n, n, n)', () => cp.execFile('true', null, null, null));
show('fork(f, "s")', () => cp.fork(__filename + '.none', 's'));
show('fork(f, [], "s")', () => cp.fork(__filename + '.none', [], 's'));
show('fork(f, [], [])', () => cp.fork(__filename + '.none', [], []));
const child = new cp.ChildProcess();
for (const o of [undefined, null, 'foo', 0, true]) show(`ChildProcess#spawn(${o})`, () => child.spawn(o));
for (const file of [undefined, null, 0, {}]) show(`ChildProcess#spawn file=${file}`, () => child.spawn({ file }));
for (const envPairs of [null, 0, {}, 'foo']) {
  show(`ChildProcess#spawn envPairs=${envPairs}`, () => child.spawn({ envPairs, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] }));
}
for (const args of [null, 0, {}, 'foo']) show(`ChildProcess#spawn args=${args}`, () => child.spawn({ file: 'foo', args }));
for (const v of ['bogus', 1, []]) show(`spawn serialization=${v}`, () => cp.spawn('true', [], { serialization: v }));
show('spawnSync cwd=Buffer', () => cp.spawnSync('pwd', { cwd: Buffer.from('/'), encoding: 'utf8' }).stdout);
show('spawnSync cwd=URL', () => cp.spawnSync('pwd', { cwd: new URL('file:///tmp'), encoding: 'utf8' }).stdout);
show('spawnSync cwd=nul', () => cp.spawnSync('pwd', { cwd: Buffer.from('/\0') }));
show('spawnSync stdio=0', () => cp.spawnSync('echo', ['hi'], { stdio: 0 }).stdout.toString());
show('spawnSync stdio=""', () => cp.spawnSync('echo', ['hi'], { stdio: '' }).stdout.toString());
show('spawnSync killSignal=sigkill timeout', () => cp.spawnSync('sleep', ['5'], { killSignal: 'sigkill', timeout: 50 }).signal);
show('kill(true)', () => cp.spawn('true').kill(true));
show('kill("sigterm")', () => { const c = cp.spawn('sleep', ['5']); c.kill('sigkill'); return c.killed; });
show('spawn uid=-1 thrown error', () => {
  try { cp.spawn('nonexist', ['a'], { uid: -1 }); } catch (e) { return JSON.stringify(e); }
});
