'use strict';
// assert.CallTracker (deprecated in node 20 but still present): wraps functions
// and reports those not called the expected number of times.

const AssertionError = require('internal/assert/assertion_error');
const { validateUint32 } = require('internal/validators');
const errors = require('internal/errors');
if (!errors.codes.ERR_UNAVAILABLE_DURING_EXIT) {
  errors.E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
}
const { ERR_UNAVAILABLE_DURING_EXIT } = errors.codes;

const noop = () => {};

// Copies without the array iterator, which a test may have replaced.
function copyArgs(args) {
  const out = [];
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  return out;
}

class CallTrackerContext {
  #expected;
  #calls;
  #name;
  #stackTrace;
  constructor({ expected, stackTrace, name }) {
    this.#calls = [];
    this.#expected = expected;
    this.#stackTrace = stackTrace;
    this.#name = name;
  }

  track(thisArg, args) {
    this.#calls.push(Object.freeze({ thisArg, arguments: Object.freeze(copyArgs(args)) }));
  }

  get delta() {
    return this.#calls.length - this.#expected;
  }

  reset() {
    this.#calls = [];
  }

  getCalls() {
    return Object.freeze(this.#calls.slice());
  }

  report() {
    if (this.delta !== 0) {
      const message = `Expected the ${this.#name} function to be ` +
        `executed ${this.#expected} time(s) but was ` +
        `executed ${this.#calls.length} time(s).`;
      return {
        message, actual: this.#calls.length, expected: this.#expected,
        operator: this.#name, stack: this.#stackTrace,
      };
    }
  }
}

class CallTracker {
  #callChecks = new Set();
  #trackedFunctions = new WeakMap();

  #getTrackedFunction(tracked) {
    if (!this.#trackedFunctions.has(tracked)) {
      throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)(
        'tracked', tracked, 'is not a tracked function');
    }
    return this.#trackedFunctions.get(tracked);
  }

  reset(tracked) {
    if (tracked === undefined) {
      this.#callChecks.forEach((check) => check.reset());
      return;
    }
    this.#getTrackedFunction(tracked).reset();
  }

  getCalls(tracked) {
    return this.#getTrackedFunction(tracked).getCalls();
  }

  calls(fn, expected = 1) {
    const callChecks = this.#callChecks;
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    const context = new CallTrackerContext({
      expected,
      stackTrace: new Error(),
      name: fn.name || 'calls',
    });
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(fn, thisArg, argList) {
        context.track(thisArg, argList);
        return Reflect.apply(fn, thisArg, argList);
      },
    });
    callChecks.add(context);
    this.#trackedFunctions.set(tracked, context);
    return tracked;
  }

  report() {
    const errors = [];
    for (const context of this.#callChecks) {
      const message = context.report();
      if (message !== undefined) errors.push(message);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ?
      errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = CallTracker;
