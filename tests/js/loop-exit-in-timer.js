// differential: process.exit() inside a timer stops everything else, exit code kept
'use strict';
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('first');
  process.nextTick(() => console.log('never: tick'));
  setImmediate(() => console.log('never: immediate'));
  process.exit(5);
}, 1);
setTimeout(() => console.log('never: second timer'), 1);
