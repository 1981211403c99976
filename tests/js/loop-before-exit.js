// differential: beforeExit may schedule more work; exit runs once with the exit code
'use strict';
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, 'round', rounds);
  if (rounds++ < 2) {
    setTimeout(() => {
      console.log('timeout from beforeExit', rounds);
      process.exitCode = 3 + rounds;
    }, 50);
    setImmediate(() => console.log('immediate from beforeExit', rounds));
    process.nextTick(() => console.log('tick from beforeExit', rounds));
  }
});
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  // Work scheduled in 'exit' never runs.
  setTimeout(() => console.log('never'), 0);
  setImmediate(() => console.log('never'));
  process.nextTick(() => console.log('never'));
});
console.log('main');
