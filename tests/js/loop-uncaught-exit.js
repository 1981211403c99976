// differential: an uncaught error in a timer with no handler ends the process with 1
'use strict';
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('never: later timer'), 50);
setTimeout(() => {
  console.log('throwing');
  throw new TypeError('bad thing');
}, 1);
