'use strict';
// GC helpers for tests run with --expose-gc.
const { setImmediate: nextImmediate } = require('timers/promises');

// Collects garbage (after letting the loop turn) until condition() holds, at most
// maxCount times; rejects naming the test otherwise.
async function gcUntil(name, condition, maxCount = 10, gcOptions) {
  for (let i = 0; i < maxCount; i++) {
    await nextImmediate();
    if (gcOptions) await globalThis.gc(gcOptions);
    else globalThis.gc();
    if (condition()) return;
  }
  throw new Error(`Test ${name} failed`);
}

// Calls listener.ongc() once `target` has been collected. A FinalizationRegistry kept by
// this module (a registry that is itself collected would never call back).
const collected = new FinalizationRegistry((listener) => listener.ongc());
function onGC(target, listener) {
  collected.register(target, listener);
}

module.exports = { gcUntil, onGC };
