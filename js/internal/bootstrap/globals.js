'use strict';
// The globals node installs, in node's order and with node's property attributes
// (Object.keys(globalThis) is observable). Anything costly to build is a lazy getter
// that replaces itself with a plain value on first use, so start-up pays only for what
// a program touches.

const timers = require('internal/timers');
const { queueMicrotask } = require('internal/process/task_queues');

function defineValue(name, value, enumerable) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

// A getter that loads on first read. Returns undefined (and stays lazy) when the module
// behind it is not built in, e.g. a plugin that is not installed.
function defineLazy(name, load, enumerable) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable,
    get() {
      let value;
      try {
        value = load();
      } catch (err) {
        if (err && err.code === 'ERR_UNKNOWN_BUILTIN_MODULE') return undefined;
        throw err;
      }
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
    },
  });
}

// Enumerable, in node's order.
defineValue('global', globalThis, true);
// Object.prototype.toString(globalThis) is '[object global]' in node; assert's deep
// equality tells the global apart from a copy of it by this tag.
Object.defineProperty(globalThis, Symbol.toStringTag, { value: 'global', writable: false, configurable: true, enumerable: false });
defineValue('clearImmediate', timers.clearImmediate, true);
defineValue('setImmediate', timers.setImmediate, true);
defineValue('clearInterval', timers.clearInterval, true);
defineValue('clearTimeout', timers.clearTimeout, true);
defineValue('setInterval', timers.setInterval, true);
defineValue('setTimeout', timers.setTimeout, true);
defineValue('queueMicrotask', queueMicrotask, true);
defineLazy('structuredClone', () => require('internal/structured_clone').structuredClone, true);
defineLazy('atob', () => require('buffer').atob, true);
defineLazy('btoa', () => require('buffer').btoa, true);
defineLazy('performance', () => require('perf_hooks').performance, true);
// A plain function in node (not a lazy getter); it loads the fetch code on first call.
defineValue('fetch', function fetch(input, init = undefined) {
  return require('internal/fetch/fetch').fetch(input, init);
}, true);
defineLazy('crypto', () => require('crypto').webcrypto, true);

// Not enumerable.
defineValue('process', process, false);
defineLazy('console', () => require('console'), false);
function zlibStream(name) {
  if (!require('internal/bootstrap/loaders').exists('zlib')) return undefined;
  return require('stream/web')[name];
}

const lazyGlobals = {
  Buffer: () => require('buffer').Buffer,
  DOMException: () => require('internal/domexception').DOMException,
  TextEncoder: () => require('internal/encoding').TextEncoder,
  TextDecoder: () => require('internal/encoding').TextDecoder,
  TransformStream: () => require('stream/web').TransformStream,
  TransformStreamDefaultController: () => require('stream/web').TransformStreamDefaultController,
  WritableStream: () => require('stream/web').WritableStream,
  WritableStreamDefaultController: () => require('stream/web').WritableStreamDefaultController,
  WritableStreamDefaultWriter: () => require('stream/web').WritableStreamDefaultWriter,
  ReadableStream: () => require('stream/web').ReadableStream,
  ReadableStreamDefaultReader: () => require('stream/web').ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: () => require('stream/web').ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: () => require('stream/web').ReadableStreamBYOBRequest,
  ReadableByteStreamController: () => require('stream/web').ReadableByteStreamController,
  ReadableStreamDefaultController: () => require('stream/web').ReadableStreamDefaultController,
  ByteLengthQueuingStrategy: () => require('stream/web').ByteLengthQueuingStrategy,
  CountQueuingStrategy: () => require('stream/web').CountQueuingStrategy,
  TextEncoderStream: () => require('stream/web').TextEncoderStream,
  TextDecoderStream: () => require('stream/web').TextDecoderStream,
  // Over the zlib plugin: undefined when it is not installed.
  CompressionStream: () => zlibStream('CompressionStream'),
  DecompressionStream: () => zlibStream('DecompressionStream'),
  AbortController: () => require('internal/abort_controller').AbortController,
  AbortSignal: () => require('internal/abort_controller').AbortSignal,
  EventTarget: () => require('internal/event_target').EventTarget,
  Event: () => require('internal/event_target').Event,
  CustomEvent: () => require('internal/event_target').CustomEvent,
  MessageChannel: () => require('internal/messaging').MessageChannel,
  MessagePort: () => require('internal/messaging').MessagePort,
  MessageEvent: () => require('internal/messaging').MessageEvent,
  BroadcastChannel: () => require('internal/messaging').BroadcastChannel,
  Performance: () => require('perf_hooks').Performance,
  PerformanceEntry: () => require('perf_hooks').PerformanceEntry,
  PerformanceMark: () => require('perf_hooks').PerformanceMark,
  PerformanceMeasure: () => require('perf_hooks').PerformanceMeasure,
  PerformanceObserver: () => require('perf_hooks').PerformanceObserver,
  PerformanceObserverEntryList: () => require('perf_hooks').PerformanceObserverEntryList,
  URL: () => require('internal/url').URL,
  URLSearchParams: () => require('internal/url').URLSearchParams,
  Blob: () => require('buffer').Blob,
  FormData: () => require('internal/fetch/formdata').FormData,
  Headers: () => require('internal/fetch/headers').Headers,
  Request: () => require('internal/fetch/request').Request,
  Response: () => require('internal/fetch/response').Response,
  File: () => require('buffer').File,
  // From the crypto plugin; undefined when it is not installed.
  Crypto: () => require('crypto').webcrypto.constructor,
  CryptoKey: () => require('internal/crypto/webcrypto').CryptoKey,
  SubtleCrypto: () => require('internal/crypto/webcrypto').SubtleCrypto,
};
for (const name of Object.keys(lazyGlobals)) defineLazy(name, lazyGlobals[name], false);
