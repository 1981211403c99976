'use strict';
// The globals node installs. Each is defined lazily where it is costly to build, so
// start-up pays only for what a program touches.

const timers = require('internal/timers');
const { queueMicrotask } = require('internal/process/task_queues');

function defineValue(name, value) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
}
function defineLazy(name, load, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable,
    get() {
      const value = load();
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
    },
  });
}

Object.defineProperty(globalThis, 'global', { value: globalThis, writable: true, configurable: true, enumerable: false });
defineValue('process', process);
defineValue('setTimeout', timers.setTimeout);
defineValue('clearTimeout', timers.clearTimeout);
defineValue('setInterval', timers.setInterval);
defineValue('clearInterval', timers.clearInterval);
defineValue('setImmediate', timers.setImmediate);
defineValue('clearImmediate', timers.clearImmediate);
defineValue('queueMicrotask', queueMicrotask);
defineLazy('console', () => require('console'));

// Web-platform globals, each from its own module (filled in by js/internal/*).
const lazyGlobals = {
  Buffer: () => require('buffer').Buffer,
  structuredClone: () => require('internal/structured_clone').structuredClone,
  TextEncoder: () => require('internal/encoding').TextEncoder,
  TextDecoder: () => require('internal/encoding').TextDecoder,
  atob: () => require('buffer').atob,
  btoa: () => require('buffer').btoa,
  AbortController: () => require('internal/abort_controller').AbortController,
  AbortSignal: () => require('internal/abort_controller').AbortSignal,
  EventTarget: () => require('internal/event_target').EventTarget,
  Event: () => require('internal/event_target').Event,
  performance: () => require('perf_hooks').performance,
  URL: () => require('internal/url').URL,
  URLSearchParams: () => require('internal/url').URLSearchParams,
};
for (const name of Object.keys(lazyGlobals)) {
  defineLazy(name, () => {
    try {
      return lazyGlobals[name]();
    } catch (err) {
      if (err && err.code === 'ERR_UNKNOWN_BUILTIN_MODULE') return undefined;
      throw err;
    }
  });
}

if (internalBinding('process').options.exposeGc && typeof globalThis.gc !== 'function') {
  // V8 installs gc() itself with --expose-gc; nothing to do otherwise.
}
