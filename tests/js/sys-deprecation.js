// differential: require('sys') is util and warns DEP0025 once
'use strict';
process.on('warning', (w) => console.log('warning event', w.name, w.code, w.message));
const sys = require('sys');
console.log(sys === require('util'), require('node:sys') === sys);
require('sys');
setImmediate(() => console.log('done'));
