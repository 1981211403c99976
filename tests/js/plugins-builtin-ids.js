// differential
'use strict';
// Modules that come from plugins (fs, os, child_process, tty) are built-ins like core's:
// `x` and `node:x` are one module, listed in builtinModules, isBuiltin, and not
// shadowed by node_modules.
const Module = require('module');

for (const id of ['fs', 'fs/promises', 'os', 'child_process', 'tty']) {
  console.log(id, require(id) === require(`node:${id}`), Module.builtinModules.includes(id),
              Module.isBuiltin(id), Module.isBuiltin(`node:${id}`));
}
console.log(Module.builtinModules.some((id) => id.startsWith('internal/')));
console.log(require.resolve('fs'), require.resolve('node:os'));
try {
  require('internal/fs/utils');
} catch (e) {
  console.log(e.code);
}
