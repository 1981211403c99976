'use strict';
// The 'process' builtin (require('process'), import process from 'node:process') is the
// process object itself, so its named ES exports are process's own properties.
module.exports = process;
