'use strict';
// AsyncLocalStorage and AsyncResource on nodus's async context frames
// (js/internal/async_context.js); async ids for code that asks for them.

const ctx = require('internal/async_context');
const { validateFunction, validateString, validateObject } = require('internal/validators');

class AsyncLocalStorage {
  constructor() {
    this._enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const frame = ctx.capture();
    return function runInAsyncScope(fn, ...args) {
      return ctx.runInFrame(frame, fn, this, args);
    };
  }

  disable() {
    if (!this._enabled) return;
    this._enabled = false;
    if (ctx.state.current !== undefined && ctx.state.current.has(this)) {
      const next = new Map(ctx.state.current);
      next.delete(this);
      ctx.state.current = next.size === 0 ? undefined : next;
    }
  }

  getStore() {
    if (!this._enabled) return undefined;
    const frame = ctx.state.current;
    return frame === undefined ? undefined : frame.get(this);
  }

  _frameWith(store) {
    const next = new Map(ctx.state.current);
    next.set(this, store);
    return next;
  }

  enterWith(store) {
    ctx.activate();
    this._enabled = true;
    ctx.state.current = this._frameWith(store);
  }

  run(store, callback, ...args) {
    ctx.activate();
    this._enabled = true;
    return ctx.runInFrame(this._frameWith(store), callback, undefined, args);
  }

  exit(callback, ...args) {
    if (!this._enabled || ctx.state.current === undefined) return callback(...args);
    const next = new Map(ctx.state.current);
    next.delete(this);
    return ctx.runInFrame(next.size === 0 ? undefined : next, callback, undefined, args);
  }
}

let nextAsyncId = 1;
let currentAsyncId = 1;
let currentTriggerId = 0;

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    if (typeof opts === 'object' && opts !== null) triggerAsyncId = opts.triggerAsyncId;
    if (triggerAsyncId === undefined) triggerAsyncId = currentAsyncId;
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      const { codes: { ERR_INVALID_ASYNC_ID } } = require('internal/errors');
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    this._type = type;
    this._asyncId = ++nextAsyncId;
    this._triggerAsyncId = triggerAsyncId;
    this._frame = ctx.capture();
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const prevId = currentAsyncId;
    const prevTrigger = currentTriggerId;
    currentAsyncId = this._asyncId;
    currentTriggerId = this._triggerAsyncId;
    try {
      return ctx.runInFrame(this._frame, fn, thisArg, args);
    } finally {
      currentAsyncId = prevId;
      currentTriggerId = prevTrigger;
    }
  }

  emitDestroy() { return this; }
  asyncId() { return this._asyncId; }
  triggerAsyncId() { return this._triggerAsyncId; }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    let bound;
    if (thisArg === undefined) {
      bound = function(...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      };
    } else {
      bound = (...args) => resource.runInAsyncScope(fn, thisArg, ...args);
    }
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: { configurable: true, enumerable: true, value: this, writable: true },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

// Per-resource hooks (init/before/after/destroy for every handle and request) are not
// implemented: say so instead of returning hooks that would silently never fire.
function createHook(callbacks) {
  validateObject(callbacks, 'callbacks');
  const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
  throw new ERR_METHOD_NOT_IMPLEMENTED('async_hooks.createHook()');
}

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  createHook,
  executionAsyncId: () => currentAsyncId,
  triggerAsyncId: () => currentTriggerId,
  executionAsyncResource: () => ({}),
  asyncWrapProviders: Object.freeze({ __proto__: null, NONE: 0, PROMISE: 1, TIMEOUT: 2, IMMEDIATE: 3, TICKOBJECT: 4 }),
};
