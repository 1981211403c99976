// differential: inside an I/O callback (poll phase) setImmediate runs before setTimeout 0
'use strict';
// The differential runner gives both runtimes /dev/null as stdin: reading it completes
// from the poll phase, like any file or socket I/O.
const log = (m) => console.log(m);
process.stdin.on('data', () => log('never: /dev/null has no data'));
process.stdin.on('end', () => {
  log('end of stdin (poll phase)');
  setTimeout(() => log('timeout 0'), 0);
  setImmediate(() => log('immediate'));
  process.nextTick(() => log('tick'));
  Promise.resolve().then(() => log('promise'));
});
process.stdin.resume();
