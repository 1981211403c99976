// differential: 'json' and 'advanced' IPC serialization, both ways, between this runtime
// and node: under nodus, nodus forks node children and a node parent forks nodus, so the
// bytes on the channel must be node's for the output to match.
'use strict';
const { fork, spawn } = require('child_process');
const { inspect } = require('util');

const NODE = '/usr/bin/node';

function values(mode) {
  const common = ['text', 42, -0.5, true, null, [1, [2, [3]]], { a: { b: 'c' } }, 'ünï ✓'];
  if (mode === 'json') return [...common, { date: new Date(0), nan: NaN, u: undefined }];
  return [...common, new Map([[1, { x: 1 }], ['k', [2]]]), new Set(['a', 1]), new Date(0), { big: 10n ** 20n },
    /re+/gi, Buffer.from('buf'), new Uint16Array([1, 65535]), new Float64Array([0.5]),
    { nan: NaN, negZero: -0, u: undefined, sparse: [1, , 3] }, new ArrayBuffer(2)];
}

// Forks `execPath` running this file as an echo child; prints each value that comes back.
function roundTrip(label, execPath, mode, done) {
  const child = fork(__filename, ['echo'], { execPath, serialization: mode });
  const sent = values(mode);
  const back = [];
  child.on('message', (m) => {
    back.push(m);
    if (back.length === sent.length) child.disconnect();
  });
  child.on('exit', (code) => {
    console.log(`${label} ${mode}: exit ${code}`);
    for (const v of back) console.log('  ', inspect(v, { depth: 4 }));
    done();
  });
  for (const v of sent) child.send(v);
}

if (process.argv[2] === 'echo') {
  process.on('message', (m) => process.send(m));
} else if (process.argv[2] === 'parent') {
  // Run by node below: node forks the runtime under test.
  roundTrip('node parent, child from argv', process.argv[3], process.argv[4], () => {});
} else {
  const steps = [];
  for (const mode of ['json', 'advanced']) {
    steps.push((next) => roundTrip('same runtime', process.execPath, mode, next));
    steps.push((next) => roundTrip('node child', NODE, mode, next));
    steps.push((next) => {
      const p = spawn(NODE, [__filename, 'parent', process.execPath, mode], { stdio: 'inherit' });
      p.on('close', next);
    });
  }
  const run = (i) => i < steps.length && steps[i](() => run(i + 1));
  run(0);
}
