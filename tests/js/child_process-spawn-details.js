// differential: promisified exec/execFile throw at once and abort with {signal}; a child
// that failed to start still has stdio streams that end; inherited env keys are passed;
// an empty cwd is the parent's; error.spawnargs leaves out the file; pipes past stderr
// are duplex; a negative close code is named in exec's error
'use strict';
const cp = require('child_process');
const { promisify, inspect } = require('util');

// The events of separate children come in no fixed order: the lines are printed sorted.
const lines = [];
const log = (...args) => lines.push(args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' '));
process.on('exit', () => console.log(lines.sort().join('\n')));

try {
  promisify(cp.exec)('true', { signal: {} });
} catch (e) {
  log('promisified throws', e.code);
}
const ac = new AbortController();
const p = promisify(cp.exec)('sleep 2', { signal: ac.signal });
log('has child', typeof p.child.pid);
p.catch((e) => log('aborted', e.name, e.cause));
ac.abort('why');

const bad = cp.spawn('not_a_real_command_xyz', ['a', 'b']);
log('failed child streams', bad.stdin !== null, bad.stdout !== null, bad.stdio.length);
bad.on('error', (e) => log('error', e.code, e.spawnargs));
bad.stdout.on('end', () => log('stdout end'));
bad.on('close', (code, sig) => log('close', code, sig, bad.exitCode));

const env = Object.setPrototypeOf({ PATH: process.env.PATH, OWN: '1' }, { INHERITED: '2' });
log('env', cp.execFileSync('env', { env, encoding: 'utf8' }).split('\n').filter((l) => /OWN|INHERITED/.test(l)).sort());

const here = cp.spawn('pwd', [], { cwd: '' });
here.stdout.setEncoding('utf8');
here.stdout.on('data', (d) => log('empty cwd is ours', d.trim() === process.cwd()));

const four = cp.spawn('sh', ['-c', 'cat <&3 >&4'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
log('fd3 writable', four.stdio[3].writable, four.stdio[3].readable);
four.stdio[4].setEncoding('utf8');
four.stdio[4].on('data', (d) => log('fd4 read', d));
four.stdio[3].end('through fds');
four.on('close', (code) => log('fds close', code));

const c = cp.execFile(process.execPath, ['-e', '0'], (err) => log('negative code', err.code, err.killed));
c.kill();
c.emit('close', -2, null);
