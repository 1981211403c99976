'use strict';
// AbortController and AbortSignal. A signal is an EventTarget that fires one trusted
// 'abort' event. AbortSignal.timeout() uses an unref'd timer (it must not keep the
// process alive); AbortSignal.any() follows its sources through weak references so a
// long-lived source does not keep every dependent signal alive.

const {
  EventTarget, Event, kTrusted, defineEventHandler, initEventTarget,
} = require('internal/event_target');
const { DOMException } = require('internal/domexception');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateUint32 } = require('internal/validators');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kDontThrow = Symbol('kDontThrow');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kComposite = Symbol('kComposite');

function lazyInspect() {
  return require('internal/util/inspect').inspect;
}

function checkSignal(self) {
  if (self === null || typeof self !== 'object' || !(kAborted in self)) {
    throw new ERR_INVALID_THIS('AbortSignal');
  }
}

class AbortSignal extends EventTarget {
  constructor(dontThrowKey = undefined) {
    if (dontThrowKey !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
  }

  get aborted() {
    checkSignal(this);
    return this[kAborted];
  }

  get reason() {
    checkSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return createAbortSignal(true, reason);
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createAbortSignal(false, undefined);
    const { setTimeout } = require('internal/timers');
    setTimeout(() => {
      abortSignal(signal,
                  new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay).unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) throw new ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    for (let i = 0; i < signals.length; i++) {
      if (!isAbortSignal(signals[i])) {
        throw new ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', signals[i]);
      }
    }
    const result = createAbortSignal(false, undefined);
    for (const s of signals) {
      if (s.aborted) {
        result[kAborted] = true;
        result[kReason] = s.reason;
        return result;
      }
    }
    result[kComposite] = true;
    result[kSourceSignals] = new Set();
    const ref = new WeakRef(result);
    for (const s of signals) {
      // A composite of composites follows the original sources.
      const sources = s[kComposite] ? [...s[kSourceSignals]].map((r) => r.deref()).filter(Boolean) : [s];
      for (const src of sources) {
        result[kSourceSignals].add(new WeakRef(src));
        if (!src[kDependantSignals]) src[kDependantSignals] = new Set();
        src[kDependantSignals].add(ref);
      }
    }
    return result;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    // Past the inspection depth inspect formats the object itself, as node does.
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `AbortSignal ${lazyInspect()({ aborted: this[kAborted] }, opts)}`;
  }
}

defineEventHandler(AbortSignal.prototype, 'abort');
for (const key of ['aborted', 'reason', 'throwIfAborted']) {
  Object.defineProperty(AbortSignal.prototype, key, { enumerable: true });
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});

function isAbortSignal(value) {
  return value !== null && typeof value === 'object' && kAborted in value;
}

function createAbortSignal(aborted, reason) {
  const signal = new AbortSignal(kDontThrow);
  signal[kAborted] = aborted;
  signal[kReason] = reason;
  return signal;
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort', { [kTrusted]: true });
  signal.dispatchEvent(event);
  const dependants = signal[kDependantSignals];
  if (dependants !== undefined) {
    signal[kDependantSignals] = undefined;
    for (const ref of dependants) {
      const dependant = ref.deref();
      if (dependant !== undefined) abortSignal(dependant, reason);
    }
  }
}

class AbortController {
  #signal;

  constructor() {
    this.#signal = createAbortSignal(false, undefined);
  }

  get signal() {
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `AbortController ${lazyInspect()({ signal: this.signal }, opts)}`;
  }
}

for (const key of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, key, { enumerable: true });
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

module.exports = {
  AbortController, AbortSignal, abortSignal, isAbortSignal, createAbortSignal,
  // for events.setMaxListeners and other modules that take signals
  kAborted,
};
