'use strict';
// events' module-level helpers: once(), on() (async iterator), getEventListeners,
// getMaxListeners, setMaxListeners(n, ...targets), addAbortListener, listenerCount,
// and EventEmitterAsyncResource. They work on EventEmitters and EventTargets alike.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateNumber, validateInteger,
} = require('internal/validators');

let eventTargetModule;
function et() {
  if (eventTargetModule === undefined) eventTargetModule = require('internal/event_target');
  return eventTargetModule;
}

// Abort listeners added here must run even if an earlier one stops propagation.
function listenAbort(signal, listener) {
  signal.addEventListener('abort', listener, { once: true, [et().kResistStopPropagation]: true });
  return () => signal.removeEventListener('abort', listener);
}

function isEventTarget(obj) {
  return et().isEventTarget(obj);
}

function attach(EventEmitter, { getDefaultMaxListeners, setDefaultMaxListeners }) {
  function isEE(obj) {
    return obj instanceof EventEmitter;
  }

  function getEventListeners(emitterOrTarget, type) {
    if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
    if (isEventTarget(emitterOrTarget)) return et().getEventListenersOf(emitterOrTarget, type);
    throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
  }

  function getMaxListeners(emitterOrTarget) {
    if (typeof emitterOrTarget?.getMaxListeners === 'function') {
      return emitterOrTarget.getMaxListeners();
    }
    if (isEventTarget(emitterOrTarget)) {
      return emitterOrTarget[et().kMaxEventTargetListeners];
    }
    throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
  }

  function setMaxListeners(n = getDefaultMaxListeners(), ...eventTargets) {
    validateNumber(n, 'setMaxListeners', 0);
    if (eventTargets.length === 0) {
      setDefaultMaxListeners(n);
      return;
    }
    for (const target of eventTargets) {
      if (isEventTarget(target)) {
        target[et().kMaxEventTargetListeners] = n;
        target[et().kMaxEventTargetListenersWarned] = false;
      } else if (typeof target?.setMaxListeners === 'function') {
        target.setMaxListeners(n);
      } else {
        throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
      }
    }
  }

  function addAbortListener(signal, listener) {
    if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
    validateAbortSignal(signal, 'signal');
    validateFunction(listener, 'listener');
    let remove;
    if (signal.aborted) {
      queueMicrotask(() => listener());
    } else {
      remove = listenAbort(signal, listener);
    }
    return {
      __proto__: null,
      [Symbol.dispose || Symbol.for('nodejs.dispose')]() {
        if (remove) remove();
      },
    };
  }

  // Adds a listener to an EventEmitter or an EventTarget; returns its remover.
  function listen(emitter, name, listener, flags) {
    if (typeof emitter.on === 'function') {
      if (flags?.once) emitter.once(name, listener);
      else emitter.on(name, listener);
      return () => emitter.removeListener(name, listener);
    }
    if (typeof emitter.addEventListener === 'function') {
      emitter.addEventListener(name, listener, flags);
      return () => emitter.removeEventListener(name, listener, flags);
    }
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }

  // options is not validated (node 20 reads it as it is): null, arrays and primitives
  // simply carry no signal.
  async function once(emitter, name, options = undefined) {
    const signal = options?.signal;
    validateAbortSignal(signal, 'options.signal');
    if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
    return new Promise((resolve, reject) => {
      const removers = [];
      const cleanup = () => {
        for (const r of removers) r();
      };
      const onEvent = (...args) => {
        cleanup();
        resolve(args);
      };
      // EventTargets hand over one event object; resolve with [event] all the same.
      removers.push(listen(emitter, name, onEvent, { once: true }));
      if (name !== 'error' && typeof emitter.once === 'function') {
        const onError = (err) => {
          cleanup();
          reject(err);
        };
        emitter.once('error', onError);
        removers.push(() => emitter.removeListener('error', onError));
      }
      if (signal != null) {
        const onAbort = () => {
          cleanup();
          reject(new AbortError(undefined, { cause: signal?.reason }));
        };
        removers.push(listenAbort(signal, onAbort));
      }
    });
  }

  // As in node, only undefined defaults to {}: null throws the TypeError of reading a
  // property of null, and other values are read as they are.
  function on(emitter, event, options = {}) {
    const signal = options.signal;
    validateAbortSignal(signal, 'options.signal');
    if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
    const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
    validateInteger(highWatermark, 'options.highWaterMark', 1);
    const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
    validateInteger(lowWatermark, 'options.lowWaterMark', 1);
    const closeEvents = options.close;

    const unconsumed = [];   // event args nobody asked for yet
    const waiting = [];      // { resolve, reject } of next() calls not yet answered
    let error = null;
    let finished = false;
    let paused = false;
    const removers = [];

    const canPause = typeof emitter.pause === 'function' && typeof emitter.resume === 'function';

    function closeHandler() {
      finish();
      // Pending next() calls end cleanly.
      while (waiting.length) waiting.shift().resolve({ value: undefined, done: true });
    }

    function finish() {
      if (finished) return;
      finished = true;
      for (const r of removers) r();
      removers.length = 0;
    }

    function eventHandler(...args) {
      if (waiting.length) {
        waiting.shift().resolve({ value: args, done: false });
        return;
      }
      unconsumed.push(args);
      if (canPause && !paused && unconsumed.length >= highWatermark) {
        paused = true;
        emitter.pause();
      }
    }

    function errorHandler(err) {
      if (waiting.length) {
        waiting.shift().reject(err);
      } else {
        error = err;
      }
      finish();
      while (waiting.length) waiting.shift().resolve({ value: undefined, done: true });
    }

    function abortListener() {
      errorHandler(new AbortError(undefined, { cause: signal?.reason }));
    }

    removers.push(listen(emitter, event, eventHandler));
    if (event !== 'error' && typeof emitter.on === 'function') {
      removers.push(listen(emitter, 'error', errorHandler));
    }
    if (Array.isArray(closeEvents)) {
      for (const name of closeEvents) removers.push(listen(emitter, name, closeHandler));
    }
    if (signal) removers.push(listenAbort(signal, abortListener));

    const iterator = Object.setPrototypeOf({
      next() {
        if (unconsumed.length) {
          const value = unconsumed.shift();
          if (paused && unconsumed.length < lowWatermark) {
            paused = false;
            emitter.resume();
          }
          return Promise.resolve({ value, done: false });
        }
        if (error) {
          const p = Promise.reject(error);
          error = null;
          return p;
        }
        if (finished) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      },
      return() {
        finish();
        while (waiting.length) waiting.shift().resolve({ value: undefined, done: true });
        unconsumed.length = 0;
        return Promise.resolve({ value: undefined, done: true });
      },
      throw(err) {
        if (!err || !(err instanceof Error)) {
          throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
        }
        errorHandler(err);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    }, Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
    return iterator;
  }

  function listenerCount(emitter, type) {
    if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
    return EventEmitter.prototype.listenerCount.call(emitter, type);
  }

  let EventEmitterAsyncResource;
  function getEventEmitterAsyncResource() {
    if (EventEmitterAsyncResource !== undefined) return EventEmitterAsyncResource;
    const { AsyncResource } = require('async_hooks');
    const kResource = Symbol('kAsyncResource');
    const kEmitter = Symbol('kEventEmitter');

    function resourceOf(self) {
      const resource = self?.[kResource];
      if (resource === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      return resource;
    }

    class EventEmitterReferencingAsyncResource extends AsyncResource {
      constructor(ee, type, options) {
        super(type, options);
        this[kEmitter] = ee;
      }
      get eventEmitter() {
        return this[kEmitter];
      }
    }

    EventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
      constructor(options = undefined) {
        let name;
        if (typeof options === 'string') {
          name = options;
          options = undefined;
        } else {
          if (new.target === EventEmitterAsyncResource) {
            validateString(options?.name, 'options.name');
          }
          name = options?.name || new.target.name;
        }
        super(options);
        this[kResource] = new EventEmitterReferencingAsyncResource(this, name, options);
      }

      emit(event, ...args) {
        return resourceOf(this).runInAsyncScope(EventEmitter.prototype.emit, this, event, ...args);
      }

      emitDestroy() {
        resourceOf(this).emitDestroy();
      }

      get asyncId() {
        return resourceOf(this).asyncId();
      }

      get triggerAsyncId() {
        return resourceOf(this).triggerAsyncId();
      }

      get asyncResource() {
        return resourceOf(this);
      }
    };
    return EventEmitterAsyncResource;
  }

  function validateString(value, name) {
    if (value !== undefined && typeof value !== 'string') {
      throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
    }
  }

  const { ERR_INVALID_THIS } = require('internal/errors').codes;

  // Same order as node's own export list.
  Object.defineProperties(EventEmitter, {
    addAbortListener: { value: addAbortListener, writable: true, enumerable: true, configurable: true },
    once: { value: once, writable: true, enumerable: true, configurable: true },
    on: { value: on, writable: true, enumerable: true, configurable: true },
    getEventListeners: { value: getEventListeners, writable: true, enumerable: true, configurable: true },
    getMaxListeners: { value: getMaxListeners, writable: true, enumerable: true, configurable: true },
  });
  EventEmitter.setMaxListeners = setMaxListeners;
  EventEmitter.listenerCount = listenerCount;
  Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
    enumerable: true, configurable: true,
    get: getEventEmitterAsyncResource,
    set(v) { EventEmitterAsyncResource = v; },
  });
  return { isEE };
}

module.exports = { attach };
