// differential
'use strict';
// import() still settles while setImmediate and setTimeout are mocked: module loading
// uses the runtime's own timers, not the mocked globals.
const { mock } = require('node:test');
const path = require('path');
const { pathToFileURL } = require('url');
process.removeAllListeners('warning');  // the ExperimentalWarning differs only in its program name
mock.timers.enable({ apis: ['setImmediate', 'setTimeout'] });
const guard = setTimeout(() => console.log('mocked timeout ran'), 10);
(async () => {
  const url = pathToFileURL(path.join(__dirname, 'fixtures', 'esm-named-export.mjs')).href;
  const m = await import(url);
  console.log('imported', Object.keys(m));
  mock.timers.tick(10);
  clearTimeout(guard);
  mock.timers.reset();
})();
