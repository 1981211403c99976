'use strict';
// process.report: node's diagnostic report (JSON, report version 4) from facts gathered
// by internalBinding('report') and the process object. Written on request
// (writeReport/getReport); the on-signal/on-fatal-error/on-uncaught-exception triggers
// are settable flags only.

const binding = internalBinding('report');
const { validateString, validateBoolean, validateObject } = require('internal/validators');

let directory = '';
let filename = '';
let compact = false;
let excludeNetwork = false;
let signal = 'SIGUSR2';
let reportOnFatalError = false;
let reportOnSignal = false;
let reportOnUncaughtException = false;
let sequence = 0;

const pad = (n, width = 2) => String(n).padStart(width, '0');

function stackSection(err) {
  if (err === undefined) {
    err = new Error('JavaScript Callstack');
    err.name = 'Error [ERR_SYNTHETIC]';
    err.code = 'ERR_SYNTHETIC';
    Error.captureStackTrace(err, getReport);
  }
  const lines = typeof err.stack === 'string' ? err.stack.split('\n') : [String(err)];
  let message = lines[0];
  let frames = lines.slice(1).map((l) => l.trim()).filter((l) => l.startsWith('at '));
  if (err.name === 'Error [ERR_SYNTHETIC]') {
    message = 'Error [ERR_SYNTHETIC]: JavaScript Callstack';
    frames = frames.filter((l) => !l.includes('internal/process/report'));
  }
  const errorProperties = {};
  for (const key of Object.keys(err)) {
    if (key !== 'name' || err.name !== 'Error [ERR_SYNTHETIC]') errorProperties[key] = String(err[key]);
  }
  return { message, stack: frames.length ? frames : ['Unavailable.'], errorProperties };
}

function networkSection() {
  const out = [];
  let interfaces;
  try {
    interfaces = require('os').networkInterfaces();
  } catch {
    return out;
  }
  for (const name of Object.keys(interfaces)) {
    for (const i of interfaces[name]) {
      const entry = { name, internal: i.internal, mac: i.mac, address: i.address,
                      netmask: i.netmask, family: i.family };
      if (i.scopeid !== undefined) entry.scopeid = i.scopeid;
      out.push(entry);
    }
  }
  return out;
}

function cpusSection() {
  try {
    return require('os').cpus().map((c) => ({
      model: c.model, speed: c.speed, user: c.times.user, nice: c.times.nice,
      sys: c.times.sys, idle: c.times.idle, irq: c.times.irq,
    }));
  } catch {
    return [];
  }
}

function build(event, trigger, file, err) {
  const now = new Date();
  const sys = binding.system();
  const header = {
    reportVersion: 4,
    event,
    trigger,
    filename: file === undefined ? null : file,
    dumpEventTime: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T` +
      `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}Z`,
    dumpEventTimeStamp: String(now.getTime()),
    processId: process.pid,
    threadId: 0,
    cwd: process.cwd(),
    commandLine: [process.argv0, ...process.execArgv, ...process.argv.slice(1)],
    nodejsVersion: process.version,
    glibcVersionRuntime: sys.glibcVersionRuntime,
    glibcVersionCompiler: sys.glibcVersionCompiler,
    wordSize: 64,
    arch: process.arch,
    platform: process.platform,
    componentVersions: { ...process.versions },
    release: { ...process.release },
    osName: sys.osName,
    osRelease: sys.osRelease,
    osVersion: sys.osVersion,
    osMachine: sys.osMachine,
    cpus: cpusSection(),
  };
  if (!excludeNetwork) header.networkInterfaces = networkSection();
  header.host = sys.host;
  const [resourceUsage, uvthreadResourceUsage] = binding.resourceUsage(process.uptime());
  return {
    header,
    javascriptStack: stackSection(err),
    javascriptHeap: binding.heap(),
    nativeStack: binding.nativeStack(),
    resourceUsage,
    uvthreadResourceUsage,
    libuv: binding.libuv(),
    workers: [],
    environmentVariables: { ...process.env },
    userLimits: binding.userLimits(),
    sharedObjects: binding.sharedObjects(),
  };
}

function defaultName() {
  const d = new Date();
  return `report.${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}.` +
    `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}.` +
    `${process.pid}.0.${pad(++sequence, 3)}.json`;
}

function writeReport(file, err) {
  if (typeof file === 'object' && file !== null) {
    err = file;
    file = undefined;
  } else if (file !== undefined) {
    validateString(file, 'file');
  }
  if (err === undefined) {
    err = new Error('JavaScript Callstack');
    err.name = 'Error [ERR_SYNTHETIC]';
    err.code = 'ERR_SYNTHETIC';
    Error.captureStackTrace(err, writeReport);
  } else {
    validateObject(err, 'err');
  }
  const name = file || filename || defaultName();
  const report = build('JavaScript API', 'API', name, err);
  const text = compact ? JSON.stringify(report) : JSON.stringify(report, null, 2);
  const stdio = internalBinding('stdio');
  if (name === 'stdout' || name === 'stderr') {
    stdio.writeString(name === 'stdout' ? 1 : 2, `${text}\n`);
  } else {
    const path = require('path');
    const target = path.resolve(directory || process.cwd(), name);
    require('fs').writeFileSync(target, `${text}\n`);
    stdio.writeString(2, `\nWriting Node.js report to file: ${name}\nNode.js report completed\n`);
  }
  return name;
}

function getReport(err) {
  if (err !== undefined) validateObject(err, 'err');
  return build('JavaScript API', 'GetReport', undefined, err);
}

const report = {
  writeReport,
  getReport,
  get directory() { return directory; },
  set directory(dir) { validateString(dir, 'directory'); directory = dir; },
  get filename() { return filename; },
  set filename(name) { validateString(name, 'filename'); filename = name; },
  get compact() { return compact; },
  set compact(b) { validateBoolean(b, 'compact'); compact = b; },
  get excludeNetwork() { return excludeNetwork; },
  set excludeNetwork(b) { validateBoolean(b, 'excludeNetwork'); excludeNetwork = b; },
  get signal() { return signal; },
  set signal(sig) { validateString(sig, 'signal'); signal = sig; },
  get reportOnFatalError() { return reportOnFatalError; },
  set reportOnFatalError(b) { validateBoolean(b, 'trigger'); reportOnFatalError = b; },
  get reportOnSignal() { return reportOnSignal; },
  set reportOnSignal(b) { validateBoolean(b, 'trigger'); reportOnSignal = b; },
  get reportOnUncaughtException() { return reportOnUncaughtException; },
  set reportOnUncaughtException(b) { validateBoolean(b, 'trigger'); reportOnUncaughtException = b; },
};

module.exports = { report };
