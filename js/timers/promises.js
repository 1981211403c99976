'use strict';
// Promise forms of the timers. Bad arguments reject rather than throw (these are
// promise-returning APIs); an aborted signal rejects with an AbortError whose cause is
// the signal's reason, and removes the timer.

const {
  Timeout, Immediate, insert, clearTimeout, clearImmediate,
} = require('internal/timers');
const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_ILLEGAL_CONSTRUCTOR } } =
  require('internal/errors');
const { validateAbortSignal, validateBoolean, validateObject, validateNumber } =
  require('internal/validators');

const kScheduler = Symbol('kScheduler');

function cancelled(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

function validateOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function setTimeout(after, value, options = {}) {
  let opts;
  try {
    if (after !== undefined) validateNumber(after, 'delay');
    opts = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal?.aborted) return Promise.reject(cancelled(signal));
  let onAbort;
  return new Promise((resolve, reject) => {
    const timeout = new Timeout(() => {
      if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
      resolve(value);
    }, after, undefined, false, ref);
    insert(timeout, timeout._idleTimeout);
    if (signal !== undefined) {
      onAbort = () => {
        clearTimeout(timeout);
        reject(cancelled(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setImmediate(value, options = {}) {
  let opts;
  try {
    opts = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal?.aborted) return Promise.reject(cancelled(signal));
  let onAbort;
  return new Promise((resolve, reject) => {
    const immediate = new Immediate(() => {
      if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
      resolve(value);
    }, undefined);
    if (!ref) immediate.unref();
    if (signal !== undefined) {
      onAbort = () => {
        clearImmediate(immediate);
        reject(cancelled(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

// An async iterator over ticks of an interval. Ticks that pass while nobody awaits are
// counted, and each pending next() takes one.
async function* setInterval(after, value, options = {}) {
  validateObject(options, 'options');
  if (after !== undefined) validateNumber(after, 'delay');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  if (signal?.aborted) throw cancelled(signal);

  let onAbort;
  let interval;
  try {
    let notYielded = 0;
    let wake;
    interval = new Timeout(() => {
      notYielded++;
      if (wake !== undefined) {
        wake();
        wake = undefined;
      }
    }, after, undefined, true, ref);
    insert(interval, interval._idleTimeout);
    if (signal !== undefined) {
      onAbort = () => {
        clearTimeout(interval);
        if (wake !== undefined) {
          wake();
          wake = undefined;
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
    while (!signal?.aborted) {
      if (notYielded === 0) {
        await new Promise((resolve) => { wake = resolve; });
      }
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw cancelled(signal);
  } finally {
    clearTimeout(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

// The proposed Scheduler API, as node ships it under timers/promises.
class Scheduler {
  constructor(key = undefined) {
    if (key !== kScheduler) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    if (!(this instanceof Scheduler)) {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('this', 'Scheduler', this));
    }
    return setImmediate();
  }

  wait(delay, options) {
    if (!(this instanceof Scheduler)) {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('this', 'Scheduler', this));
    }
    return setTimeout(delay, undefined, options);
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: new Scheduler(kScheduler),
};
