// differential: the shape of process: types and values that do not vary between runs
console.log(typeof process.pid, typeof process.ppid, process.pid > 0, process.ppid > 0);
console.log(process.platform, process.arch, process.release.name, process.release.lts);
console.log(process.version === `v${process.versions.node}`, /^\d+\.\d+\.\d+$/.test(process.versions.node));
console.log(typeof process.versions.v8, typeof process.versions.uv, typeof process.versions.napi);
console.log(Object.prototype.toString.call(process), process instanceof require('events'));
console.log(process.argv.length, process.argv[1] === __filename, process.execArgv);
console.log(typeof process.execPath, require('path').isAbsolute(process.execPath));
console.log(process.cwd() === __dirname, typeof process.uptime(), process.uptime() >= 0);
const [s, ns] = process.hrtime();
console.log(Number.isInteger(s), Number.isInteger(ns), ns < 1e9, typeof process.hrtime.bigint());
const d = process.hrtime([s, ns]);
console.log(d.length, d[0] >= 0, d[1] >= 0);
console.log(Object.keys(process.memoryUsage()), typeof process.memoryUsage.rss());
console.log(Object.keys(process.cpuUsage()), Object.keys(process.resourceUsage()).length);
const c = process.cpuUsage(process.cpuUsage());
console.log(c.user >= 0, c.system >= 0);
console.log(typeof process.getuid(), typeof process.geteuid(), typeof process.getgid(),
  typeof process.getegid(), Array.isArray(process.getgroups()));
console.log(process.getgroups().includes(process.getegid()));
const flags = process.allowedNodeEnvironmentFlags;
console.log(flags instanceof Set, flags.has('--require'), flags.has('-r'), flags.has('--stack_trace_limit'),
  flags.has('--require=x'), flags.has('require'), flags.has('--eval'), flags.has('-e'), flags.has('--nope'));
flags.add('--nope');
console.log(flags.has('--nope'), flags.delete('--require'), flags.has('--require'));
console.log(typeof process.report.getReport, typeof process.report.getReport().header.nodejsVersion);
console.log(typeof process.features.inspector, process.features.uv, process.features.tls);
console.log(typeof process.config.variables, typeof process.title, process.debugPort);
console.log(process.exitCode, process.mainModule === module, process.hasUncaughtExceptionCaptureCallback());
console.log(process.noDeprecation, process.throwDeprecation, process.sourceMapsEnabled);
console.log(typeof process.emitWarning, typeof process.nextTick, typeof process.abort, typeof process.reallyExit);
console.log(process.umask() === process.umask(process.umask()), typeof process.umask());
process.title = 'nodus-test-title';
console.log(process.title);
const before = process.cwd();
process.chdir('..');
console.log(process.cwd() === require('path').dirname(before));
process.chdir(before);
console.log(process.cwd() === before);
