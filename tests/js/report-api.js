// differential
'use strict';
// process.report: the report's sections and header fields in node's order, the
// JavaScript stack section, writeReport's file and messages, and bad arguments.
const fs = require('fs');
const path = require('path');

const desc = Object.getOwnPropertyDescriptor(process, 'report');
console.log('accessor', typeof desc.get, desc.enumerable, desc.configurable);
console.log(Object.keys(process.report));
const r = process.report.getReport();
console.log(Object.keys(r));
console.log(Object.keys(r.header));
console.log(r.header.reportVersion, r.header.event, r.header.trigger, r.header.filename,
            r.header.processId === process.pid, r.header.threadId, r.header.cwd === process.cwd(),
            r.header.nodejsVersion === process.version, r.header.arch, r.header.platform);
console.log(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(r.header.dumpEventTime),
            typeof r.header.dumpEventTimeStamp, Array.isArray(r.header.cpus));
console.log(r.javascriptStack.message, r.javascriptStack.errorProperties,
            r.javascriptStack.stack[0].startsWith('at '));
console.log(Object.keys(r.javascriptHeap).filter((k) => k !== 'heapSpaces').every((k) =>
  typeof r.javascriptHeap[k] === 'number' || typeof r.javascriptHeap[k] === 'boolean'));
console.log(r.libuv.every((h) => typeof h.type === 'string' && typeof h.address === 'string'),
            r.libuv[r.libuv.length - 1].type);
console.log(Array.isArray(r.sharedObjects), r.sharedObjects.length > 0, Array.isArray(r.workers),
            r.environmentVariables.HOME === process.env.HOME);
console.log(Object.keys(r.userLimits));
console.log(Object.keys(r.resourceUsage), Object.keys(r.uvthreadResourceUsage));

const e = new Error('boom');
e.extra = 1;
const withError = process.report.getReport(e);
console.log(withError.javascriptStack.message, withError.javascriptStack.errorProperties);

const dir = process.env.TEST_TMPDIR;
process.report.directory = dir;
const name = process.report.writeReport('out.json');
console.log('written', name, Object.keys(JSON.parse(fs.readFileSync(path.join(dir, name)))).length);
process.report.compact = true;
process.report.writeReport('compact.json');
console.log('compact lines', fs.readFileSync(path.join(dir, 'compact.json'), 'utf8').split('\n').length);

for (const f of [
  () => process.report.writeReport(1),
  () => process.report.getReport(1),
  () => { process.report.directory = 1; },
  () => { process.report.compact = 1; },
  () => { process.report.reportOnSignal = 'yes'; },
  () => process.binding('no_such_binding'),
]) {
  try { f(); console.log('no error'); } catch (err) { console.log(err.name, err.code, err.message); }
}
console.log(typeof process.binding('buffer'), typeof process.binding('uv').errname);
