'use strict';
// gcUntil(name, condition): collects garbage (needs --expose-gc), one round per loop
// turn so that finalizers scheduled by the collector get to run, until condition()
// holds; rejects after 10 rounds.
async function gcUntil(name, condition) {
  for (let round = 0; round < 10; round++) {
    await new Promise((resolve) => setImmediate(resolve));
    globalThis.gc();
    if (await condition()) return;
  }
  throw new Error(`Test ${name} failed: condition still false after 10 garbage collections`);
}

module.exports = { gcUntil };
