// differential
'use strict';
// FinalizationRegistry callbacks and WeakRefs after a full GC: V8 posts the cleanup as a
// foreground task of the platform, which the runtime must run from its event loop (also
// when nothing else keeps the loop alive).
const { spawnSync } = require('child_process');

if (typeof globalThis.gc !== 'function') {
  // The runner passes no flags: run this file again with the collector exposed.
  const r = spawnSync(process.execPath, ['--expose-gc', __filename], { stdio: 'inherit' });
  process.exitCode = r.status;
  return;
}

const cleaned = [];
const registry = new FinalizationRegistry((held) => {
  cleaned.push(held);
  console.log('cleanup', held);
});
const token = {};

(function register() {
  registry.register({}, 'a');
  registry.register({}, 'b');
  registry.register({}, 'unregistered', token);
})();
console.log('unregister', registry.unregister(token));
console.log('unregister again', registry.unregister(token));

let ref;
(function () { ref = new WeakRef({ big: new Array(100).fill(1) }); })();
console.log('deref in the same job', typeof ref.deref());

setTimeout(() => {
  gc();
  console.log('after gc, callbacks so far', cleaned.length);
  setImmediate(() => {
    console.log('immediate: cleaned', cleaned.sort().join(','));
    console.log('deref after gc', ref.deref());
    // The last one: registered now, collected with nothing else left to keep the loop
    // alive; node still runs its callback before exiting.
    (function () { registry.register({}, 'last'); })();
    gc();
    console.log('end of the last macrotask');
  });
}, 1);
process.on('exit', () => console.log('exit', cleaned.join(',')));
