'use strict';
// The smallest nodus program that shows the runtime working: the event loop's phases,
// process information, and the module system.
const path = require('path');

console.log(`nodus running ${path.basename(__filename)} as Node ${process.version}`);
console.log('versions:', { nodus: process.versions.nodus, v8: process.versions.v8, uv: process.versions.uv });
setTimeout(() => console.log('timer fired'), 50);
setImmediate(() => console.log('immediate ran'));
process.nextTick(() => console.log('nextTick ran'));
Promise.resolve().then(() => console.log('promise resolved'));
process.on('exit', (code) => console.log(`exiting with code ${code}`));
