// differential: argument validation of process methods: error class, code and message as node's
const show = (label, fn) => {
  try {
    const v = fn();
    console.log(label, 'ok', typeof v);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
show('hrtime number', () => process.hrtime(1));
show('hrtime string', () => process.hrtime('x'));
show('hrtime short', () => process.hrtime([1]));
show('hrtime long', () => process.hrtime([1, 2, 3]));
show('hrtime ok', () => process.hrtime([0, 0]));
show('chdir number', () => process.chdir(1));
show('chdir missing', () => process.chdir('/nonexistent-nodus-dir'));
show('chdir file', () => process.chdir(__filename));
show('umask bad octal', () => process.umask('8'));
show('umask object', () => process.umask({}));
show('umask ok', () => process.umask(0o22));
show('cpuUsage number', () => process.cpuUsage(1));
show('cpuUsage bad user', () => process.cpuUsage({ user: 'x', system: 1 }));
show('cpuUsage negative', () => process.cpuUsage({ user: -1, system: 1 }));
show('cpuUsage bad system', () => process.cpuUsage({ user: 1, system: null }));
show('kill string pid', () => process.kill('abc'));
show('kill fraction pid', () => process.kill(1.5));
show('kill unknown signal', () => process.kill(process.pid, 'SIGNOPE'));
show('kill object signal', () => process.kill(process.pid, {}));
show('kill no such process', () => process.kill(2 ** 22 + 12345, 0));
show('emitWarning number', () => process.emitWarning(1));
show('emitWarning type', () => process.emitWarning('x', 1));
show('emitWarning code', () => process.emitWarning('x', 'T', 1));
show('nextTick number', () => process.nextTick(1));
show('nextTick missing', () => process.nextTick());
show('setuid object', () => process.setuid({}));
show('setuid unknown name', () => process.setuid('nosuchuser-nodus'));
show('setgid unknown name', () => process.setgid('nosuchgroup-nodus'));
show('setgroups number', () => process.setgroups(1));
show('setgroups bad entry', () => process.setgroups([{}]));
show('initgroups object', () => process.initgroups({}, 1));
show('binding', () => process.binding('nope'));
show('capture number', () => process.setUncaughtExceptionCaptureCallback(1));
for (const v of [1.5, 'abc', '6', '', ' 7', true, null, undefined, {}, NaN, Infinity, 1n, '1.5', []]) {
  show(`exitCode ${typeof v} ${String(v)}`, () => { process.exitCode = v; });
}
process.exitCode = 0;
show('exit string', () => process.exit('abc'));
