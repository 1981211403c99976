// differential
'use strict';
// With the domain module loaded, an error outside any domain is still a normal uncaught
// exception ('uncaughtException' listeners, then the usual report and exit code).
const domain = require('domain');
const d = domain.create();
d.on('error', (e) => console.log('domain got', e.message));
d.run(() => setImmediate(() => { throw new Error('in domain'); }));
setTimeout(() => {
  console.log('domain after', process.domain);
  process.once('uncaughtException', (e) => {
    console.log('listener got', e.message);
    setTimeout(() => { throw new Error('fatal one'); }, 1);
  });
  throw new Error('outside');
}, 20);
process.on('exit', (code) => console.log('exit', code));
