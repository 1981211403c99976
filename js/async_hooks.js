'use strict';
// AsyncLocalStorage on nodus's async context frames (js/internal/async_context.js);
// AsyncResource and createHook on the async ids and hooks of js/internal/async_hooks.js.

const ctx = require('internal/async_context');
const hooks = require('internal/async_hooks');
const { validateFunction, validateString } = require('internal/validators');
const {
  codes: { ERR_ASYNC_CALLBACK, ERR_ASYNC_TYPE, ERR_INVALID_ASYNC_ID },
} = require('internal/errors');

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

// Resources made by AsyncResource without requireManualDestroy get their destroy hook
// when collected, as node's do.
let destroyRegistry;
function registerDestroy(resource, asyncId) {
  if (destroyRegistry === undefined) {
    destroyRegistry = new FinalizationRegistry((id) => hooks.queueDestroy(id));
  }
  destroyRegistry.register(resource, asyncId, resource);
}

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    let requireManualDestroy = false;
    if (typeof opts === 'object' && opts !== null) {
      triggerAsyncId = opts.triggerAsyncId;
      requireManualDestroy = !!opts.requireManualDestroy;
    }
    if (triggerAsyncId === undefined) triggerAsyncId = hooks.executionAsyncId();
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    this._type = type;
    this._asyncId = hooks.newAsyncId();
    this._triggerAsyncId = triggerAsyncId;
    this._frame = ctx.capture();
    if (hooks.hookFields[hooks.kInit] > 0) {
      // As node: an empty type is refused only when there are init hooks to tell.
      if (type.length === 0) throw new ERR_ASYNC_TYPE(type);
      hooks.emitInit(this._asyncId, type, triggerAsyncId, this);
    }
    if (!requireManualDestroy && hooks.hookFields[hooks.kDestroy] > 0) {
      registerDestroy(this, this._asyncId);
    }
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const asyncId = this._asyncId;
    hooks.emitBefore(asyncId, this._triggerAsyncId, this);
    try {
      return ctx.runInFrame(this._frame, fn, thisArg, args);
    } finally {
      hooks.emitAfter(asyncId);
    }
  }

  emitDestroy() {
    if (destroyRegistry !== undefined) destroyRegistry.unregister(this);
    hooks.queueDestroy(this._asyncId);
    return this;
  }

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

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    const check = (fn, name) => {
      if (fn !== undefined && typeof fn !== 'function') throw new ERR_ASYNC_CALLBACK(name);
    };
    check(init, 'hook.init');
    check(before, 'hook.before');
    check(after, 'hook.after');
    check(destroy, 'hook.destroy');
    check(promiseResolve, 'hook.promiseResolve');
    Object.defineProperty(this, '_callbacks', {
      __proto__: null,
      value: { init, before, after, destroy, promiseResolve },
      enumerable: false,
    });
  }

  enable() {
    hooks.enableHook(this);
    return this;
  }

  disable() {
    hooks.disableHook(this);
    return this;
  }
}

function createHook(callbacks) {
  return new AsyncHook(callbacks);
}

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  createHook,
  executionAsyncId: hooks.executionAsyncId,
  triggerAsyncId: hooks.triggerAsyncId,
  executionAsyncResource: hooks.executionAsyncResource,
  asyncWrapProviders: Object.freeze({ __proto__: null, NONE: 0, PROMISE: 1, TIMEOUT: 2, IMMEDIATE: 3, TICKOBJECT: 4 }),
};
