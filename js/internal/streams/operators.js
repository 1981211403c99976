'use strict';
// Readable.prototype.map/filter/flatMap/drop/take (returning a new Readable) and
// forEach/toArray/some/every/find/reduce (returning a promise). map-like operators
// run up to `concurrency` calls at once but always yield results in input order.

const { AbortError, codes } = require('internal/errors');
const {
  validateFunction, validateObject, validateInteger, validateAbortSignal,
} = require('internal/validators');
const { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE } = codes;

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function makeSignal(outer) {
  // A signal handed to the user's fn: aborted when the operator stops early.
  let aborted = false;
  const listeners = [];
  const signal = {
    get aborted() { return aborted || !!(outer && outer.aborted); },
    get reason() { return outer && outer.reason; },
    addEventListener(type, fn) { listeners.push(fn); },
    removeEventListener(type, fn) {
      const i = listeners.indexOf(fn);
      if (i !== -1) listeners.splice(i, 1);
    },
    throwIfAborted() { if (this.aborted) throw new AbortError(); },
  };
  if (typeof AbortController === 'function') {
    const ac = new AbortController();
    if (outer) {
      if (outer.aborted) ac.abort(outer.reason);
      else outer.addEventListener('abort', () => ac.abort(outer.reason), { once: true });
    }
    return { signal: ac.signal, abort: () => ac.abort() };
  }
  return { signal, abort: () => { aborted = true; for (const fn of listeners.splice(0)) fn(); } };
}

function checkAborted(options) {
  if (options && options.signal && options.signal.aborted) {
    throw new AbortError(undefined, { cause: options.signal.reason });
  }
}

function map(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);
  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  validateInteger(concurrency, 'options.concurrency', 1);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  const window = concurrency + highWaterMark;
  const stream = this;

  return async function* mapped() {
    const ctl = makeSignal(options && options.signal);
    const signal = ctl.signal;
    const aborted = abortedPromise(options && options.signal);
    const iter = stream[Symbol.asyncIterator]();
    const queue = [];
    let done = false;
    let pullError = null;
    let wake = null;
    let pulling = false;
    // Calls started and not yet taken by the consumer: at most
    // concurrency + highWaterMark.
    let outstanding = 0;
    let running = 0; // calls whose promise has not settled: at most concurrency

    const signalWake = () => {
      if (wake) {
        const w = wake;
        wake = null;
        w();
      }
    };

    // Pull from the source in the background so slow results do not stall reading.
    async function pump() {
      if (pulling) return;
      pulling = true;
      try {
        while (!done && outstanding < window && running < concurrency) {
          checkAborted(options);
          const { value, done: d } = await iter.next();
          if (d) {
            done = true;
            break;
          }
          let p;
          try {
            p = Promise.resolve(fn(value, { signal }));
          } catch (err) {
            p = Promise.reject(err);
          }
          running++;
          p.then(() => {}, () => {}).then(() => {
            running--;
            pump();
          });
          outstanding++;
          queue.push(p);
          signalWake();
        }
      } catch (err) {
        pullError = err;
        done = true;
      }
      pulling = false;
      signalWake();
    }

    try {
      for (;;) {
        pump();
        if (queue.length === 0) {
          if (done) {
            if (pullError) throw pullError;
            return;
          }
          await Promise.race([new Promise((resolve) => { wake = resolve; }), aborted.promise]);
          continue;
        }
        const value = await Promise.race([queue.shift(), aborted.promise]);
        outstanding--;
        if (value === kEmpty) continue;
        checkAborted(options);
        yield value;
      }
    } finally {
      done = true;
      aborted.dispose();
      ctl.abort();
      if (typeof iter.return === 'function') {
        try { await iter.return(); } catch { /* already failing */ }
      }
    }
  }.call(this);
}

// A promise that rejects with an AbortError when the signal aborts.
function abortedPromise(outer) {
  if (!outer) return { promise: new Promise(() => {}), dispose() {} };
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    onAbort = () => reject(new AbortError(undefined, { cause: outer.reason }));
    if (outer.aborted) onAbort();
    else outer.addEventListener('abort', onAbort, { once: true });
  });
  promise.catch(() => {});
  return { promise, dispose() { outer.removeEventListener('abort', onAbort); } };
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  async function filterFn(value, opts) {
    return (await fn(value, opts)) ? value : kEmpty;
  }
  return map.call(this, filterFn, options);
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return (async function* flattened() {
    for await (const val of values) yield* val;
  })();
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return (async function* dropped() {
    checkAborted(options);
    for await (const val of stream) {
      checkAborted(options);
      if (number-- <= 0) yield val;
    }
  })();
}

function take(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return (async function* taken() {
    checkAborted(options);
    if (number <= 0) return;
    for await (const val of stream) {
      checkAborted(options);
      if (number-- > 0) yield val;
      if (number <= 0) return;
    }
  })();
}

function asIndexedPairs(options) {
  validateOptions(options);
  const stream = this;
  return (async function* indexed() {
    let index = 0;
    for await (const val of stream) {
      checkAborted(options);
      yield [index++, val];
    }
  })();
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  // eslint-disable-next-line no-unused-vars
  for await (const unused of map.call(this, forEachFn, options));
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    checkAborted(options);
    result.push(val);
  }
  return result;
}

async function some(fn, options) {
  validateFunction(fn, 'fn');
  for await (const unused of filter.call(this, fn, options)) { // eslint-disable-line no-unused-vars
    return true;
  }
  return false;
}

async function every(fn, options) {
  validateFunction(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options && options.signal && options.signal.aborted) {
    // Aborted before it started: the stream is destroyed with the AbortError.
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {});
    await require('internal/streams/end-of-stream').finished(this.destroy(err));
    throw err;
  }
  const ctl = makeSignal(options && options.signal);
  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      checkAborted(options);
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal: ctl.signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    ctl.abort();
  }
  return initialValue;
}

function compose(stream, options) {
  validateOptions(options);
  const composeImpl = require('internal/streams/compose');
  const composed = composeImpl(this, stream);
  if (options && options.signal) {
    require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, composed);
  }
  return composed;
}

const streamReturning = { asIndexedPairs, drop, filter, flatMap, map, take };
const promiseReturning = { every, forEach, reduce, toArray, some, find };

function install(Readable) {
  for (const key of Object.keys(streamReturning)) {
    const op = streamReturning[key];
    function fn(...args) {
      if (new.target) throw new ERR_INVALID_ARG_TYPE('this', 'a constructor', this);
      return Readable.from(Reflect.apply(op, this, args));
    }
    Object.defineProperty(fn, 'name', { value: op.name });
    Object.defineProperty(fn, 'length', { value: op.length });
    Object.defineProperty(Readable.prototype, key, {
      value: fn, enumerable: false, configurable: true, writable: true,
    });
  }
  for (const key of Object.keys(promiseReturning)) {
    const op = promiseReturning[key];
    function fn(...args) {
      if (new.target) throw new ERR_INVALID_ARG_TYPE('this', 'a constructor', this);
      return Reflect.apply(op, this, args);
    }
    Object.defineProperty(fn, 'name', { value: op.name });
    Object.defineProperty(fn, 'length', { value: op.length });
    Object.defineProperty(Readable.prototype, key, {
      value: fn, enumerable: false, configurable: true, writable: true,
    });
  }
  Object.defineProperty(Readable.prototype, 'compose', {
    value: compose, enumerable: false, configurable: true, writable: true,
  });
}

module.exports = { install, kEof };
