'use strict';
// node:test's mock: MockTracker (the `mock` export and each test's t.mock) makes mock
// functions — Proxies of the original that record every call and run a replaceable
// implementation — and mocks object methods, getters and setters in place, restoring
// their property descriptors on restore()/restoreAll()/reset(). `timers` is the fake
// clock of internal/test_runner/mock_timers.

const {
  validateBoolean, validateFunction, validateInteger, validateObject,
} = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');

// Marks "no implementation given" in method(), where undefined would be ambiguous
// with an object shifted into the options position.
function kDefault() {}

// The proxy's access to a context's private state, set by the class's static block.
let nextImplementation;
let record;

// The state of one mock function, reached as fn.mock.
class MockFunctionContext {
  #calls = [];
  #implementation;
  #once = new Map();
  #original;
  #restoreTo;
  #times;

  constructor(original, implementation, restoreTo, times) {
    this.#original = original;
    this.#implementation = implementation;
    this.#restoreTo = restoreTo;
    this.#times = times;
  }

  // A copy: what a caller does to the array does not change the record.
  get calls() { return this.#calls.slice(); }

  callCount() { return this.#calls.length; }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  // Replaces the implementation for one call, by default the next.
  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const next = this.#calls.length;
    const call = onCall ?? next;
    validateInteger(call, 'onCall', next);
    this.#once.set(call, implementation);
  }

  // A mocked method gets its property back; a mock function calls its original again.
  restore() {
    const restoreTo = this.#restoreTo;
    if (restoreTo !== undefined) {
      Object.defineProperty(restoreTo.object, restoreTo.name, restoreTo.descriptor);
    } else {
      this.#implementation = this.#original;
    }
  }

  resetCalls() { this.#calls = []; }

  // The implementation the coming call runs.
  #nextImplementation() {
    const index = this.#calls.length;
    const once = this.#once.get(index);
    if (once === undefined) return this.#implementation;
    this.#once.delete(index);
    return once;
  }

  // Records a finished call; with `times`, the mock ends after that many.
  #record(call) {
    this.#calls.push(call);
    if (this.#calls.length === this.#times) this.restore();
  }

  static {
    nextImplementation = (ctx) => ctx.#nextImplementation();
    record = (ctx, call) => ctx.#record(call);
  }
}

// Runs one call of a mock, recording its result or the error it threw (then rethrown).
function callAndRecord(ctx, call, invoke) {
  try {
    call.result = invoke();
  } catch (err) {
    call.error = err;
    throw err;
  } finally {
    record(ctx, call);
  }
  return call.result;
}

function makeMock(original, implementation, restoreTo, times) {
  const ctx = new MockFunctionContext(original, implementation, restoreTo, times);
  return new Proxy(original, {
    get(target, property, receiver) {
      return property === 'mock' ? ctx : Reflect.get(target, property, receiver);
    },
    apply(target, thisArg, args) {
      const fn = nextImplementation(ctx);
      const call = { __proto__: null, arguments: args, error: undefined, result: undefined,
                     stack: new Error(), target: undefined, this: thisArg };
      return callAndRecord(ctx, call, () => Reflect.apply(fn, thisArg, args));
    },
    construct(target, args, newTarget) {
      const fn = nextImplementation(ctx);
      // new.target stays the mock (or a subclass of it); node records the original.
      const call = { __proto__: null, arguments: args, error: undefined, result: undefined,
                     stack: new Error(), target: original, this: undefined };
      return callAndRecord(ctx, call, () => {
        call.this = Reflect.construct(fn, args, newTarget);
        return call.this;
      });
    },
  });
}

function validateTimes(times) {
  if (times !== undefined) validateInteger(times, 'options.times', 1);
}

function isObjectLike(value) {
  return value !== null && typeof value === 'object';
}

class MockTracker {
  #mocks = [];
  #timers;

  // Made on first use (making one warns that the API is experimental).
  get timers() {
    if (this.#timers === undefined) {
      const { MockTimers } = require('internal/test_runner/mock_timers');
      this.#timers = new MockTimers();
    }
    return this.#timers;
  }

  fn(original = function() {}, implementation = original, options = {}) {
    if (isObjectLike(original)) {
      options = original;
      original = function original() {};
      implementation = original;
    } else if (isObjectLike(implementation)) {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times } = options;
    validateTimes(times);
    const mock = makeMock(original, implementation, undefined, times);
    this.#mocks.push(mock.mock);
    return mock;
  }

  method(objectOrFunction, methodName, implementation = kDefault, options = {}) {
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    validateObject(objectOrFunction, 'object', { allowFunction: true });
    if (isObjectLike(implementation)) {
      options = implementation;
      implementation = kDefault;
    }
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { getter = false, setter = false, times } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    if (getter && setter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    }
    validateTimes(times);

    // The property may be inherited; the mock is defined on the object itself.
    let descriptor;
    for (let o = objectOrFunction; o !== null && descriptor === undefined; o = Object.getPrototypeOf(o)) {
      descriptor = Object.getOwnPropertyDescriptor(o, methodName);
    }
    const key = getter ? 'get' : setter ? 'set' : 'value';
    const original = descriptor !== undefined ? descriptor[key] : undefined;
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    const restoreTo = { object: objectOrFunction, name: methodName, descriptor };
    const mock = makeMock(original, implementation === kDefault ? original : implementation,
                          restoreTo, times);
    Object.defineProperty(objectOrFunction, methodName, { ...descriptor, [key]: mock });
    this.#mocks.push(mock.mock);
    return mock;
  }

  getter(object, methodName, implementation = kDefault, options = {}) {
    return this.#accessor('getter', object, methodName, implementation, options);
  }

  setter(object, methodName, implementation = kDefault, options = {}) {
    return this.#accessor('setter', object, methodName, implementation, options);
  }

  #accessor(kind, object, methodName, implementation, options) {
    if (isObjectLike(implementation)) {
      options = implementation;
      implementation = kDefault;
    }
    validateObject(options, 'options');
    if (options[kind] === false) {
      throw new ERR_INVALID_ARG_VALUE(`options.${kind}`, false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, [kind]: true });
  }

  // Restores every mock and forgets them; mock timers are reset too.
  reset() {
    this.restoreAll();
    this.#timers?.reset();
    this.#mocks = [];
  }

  // In the order they were made, so that a property mocked twice ends as it began.
  restoreAll() {
    for (const ctx of this.#mocks) ctx.restore();
  }
}

module.exports = { MockTracker, MockFunctionContext };
