// differential
'use strict';
// An exception thrown by a hook ends the process with code 1 ('exit' still runs;
// 'uncaughtException' is not consulted), as in node.
const ah = require('async_hooks');
process.on('uncaughtException', () => console.log('uncaughtException must not run'));
process.on('exit', (code) => console.log('exit', code));
ah.createHook({ init(id, type) { if (type === 'BOOM') throw new Error('hook failed'); } }).enable();
new ah.AsyncResource('FINE');
console.log('before');
new ah.AsyncResource('BOOM');
console.log('not reached');
