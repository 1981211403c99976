// differential: v8.writeHeapSnapshot writes a parseable snapshot (default name Heap.<date>.<time>.<pid>.<tid>.<seq>.heapsnapshot), v8.getHeapSnapshot streams one, both show live objects, bad arguments get node's errors
'use strict';
const v8 = require('v8');
const fs = require('fs');
const os = require('os');
const path = require('path');

class NodusMarkerClass { constructor() { this.v = 1; } }
const keep = [new NodusMarkerClass()];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v8-snap-'));
const cwd = process.cwd();
process.chdir(dir);
try {
  const name = v8.writeHeapSnapshot();
  console.log(/^Heap\.\d{8}\.\d{6}\.\d+\.0\.001\.heapsnapshot$/.test(name), name.endsWith(`.${process.pid}.0.001.heapsnapshot`));
  const snap = JSON.parse(fs.readFileSync(name, 'utf8'));
  console.log(Object.keys(snap).slice(0, 3), snap.strings.includes('NodusMarkerClass'), snap.nodes.length > 0);
  const second = v8.writeHeapSnapshot();
  console.log(second.endsWith('.002.heapsnapshot'));
  const named = v8.writeHeapSnapshot(path.join(dir, 'named.heapsnapshot'));
  console.log(named === path.join(dir, 'named.heapsnapshot'), fs.statSync(named).size > 1000);
} finally {
  process.chdir(cwd);
  fs.rmSync(dir, { recursive: true });
}

for (const f of [
  () => v8.writeHeapSnapshot(1),
  () => v8.writeHeapSnapshot(path.join(dir, 'missing', 'x.heapsnapshot')),
  () => v8.getHeapSnapshot(1),
  () => v8.getHeapSnapshot({ exposeInternals: 'yes' }),
  () => v8.getHeapSnapshot({ exposeNumericValues: 1 }),
]) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message.replace(dir, '<dir>')); }
}

const stream = v8.getHeapSnapshot();
let text = '';
stream.setEncoding('utf8');
stream.on('data', (d) => { text += d; });
stream.on('end', () => {
  const snap = JSON.parse(text);
  console.log('stream', stream.constructor.name, snap.strings.includes('NodusMarkerClass'), keep.length);
});
