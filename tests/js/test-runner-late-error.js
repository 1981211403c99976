// differential
'use strict';
// node:test: an error thrown by a timer a test left behind, after all tests ended: the
// plan and summary wait for the event loop to empty, the error is reported as a "# Error:"
// line before the summary, and the exit code is 1 though every test passed. The file runs in a child; durations and runtime-internal
// stack frames are normalised away.

const source = `
const test = require('node:test');
test('leaves a timer', () => { setTimeout(() => { throw new Error('late'); }, 20); });
test('passes', () => {});
setTimeout(() => console.log('timer at 50'), 50);
`;

require('./fixtures/run-tap-file')('late-error.js', source);
