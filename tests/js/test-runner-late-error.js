// differential
'use strict';
// node:test: an error thrown by a timer a test left behind, after all tests ended: the
// plan and summary wait for the event loop to empty, the error is reported as a "# Error:"
// line before the summary, and the exit code is 1 though every test passed. The file runs in a child; durations and runtime-internal
// stack frames are normalised away.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');


const source = `
const test = require('node:test');
test('leaves a timer', () => { setTimeout(() => { throw new Error('late'); }, 20); });
test('passes', () => {});
setTimeout(() => console.log('timer at 50'), 50);
`;

const file = path.join(process.env.TEST_TMPDIR, 'late-error.js');
fs.writeFileSync(file, source);
const child = spawnSync(process.execPath, [file], { encoding: 'utf8' });
const out = child.stdout
  .replace(/duration_ms:? [0-9.e+-]+/g, 'duration_ms: *')
  .split('\n')
  .filter((line) => !/\(node:[^)]*\)$|^ +node:|<anonymous>\)$|^ +async Promise\.all/.test(line))
  .join('\n');
console.log(out);
console.log('exit code', child.status, 'stderr', JSON.stringify(child.stderr));
