'use strict';
// ArrayBuffers that postMessage/structuredClone copy even when they are in the transfer
// list: Buffer's shared allocation pool (transferring it would detach every other pooled
// Buffer) and whatever worker_threads.markAsUntransferable() was given. Node 20 copies
// such a buffer silently rather than throwing.

const marked = new WeakSet();

function markAsUntransferable(obj) {
  if ((typeof obj === 'object' && obj !== null) || typeof obj === 'function') marked.add(obj);
}

function isMarkedAsUntransferable(obj) {
  return ((typeof obj === 'object' && obj !== null) || typeof obj === 'function') &&
    marked.has(obj);
}

module.exports = { markAsUntransferable, isMarkedAsUntransferable };
