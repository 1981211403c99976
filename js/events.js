'use strict';
// EventEmitter. Listeners live in a null-prototype object: a single listener is stored
// bare, two or more as an array, so the common case allocates nothing per event.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR, ERR_OUT_OF_RANGE } } =
  require('internal/errors');

const { validateNumber, validateBoolean } = require('internal/validators');

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kRejection = Symbol.for('nodejs.rejection');
const kErrorMonitor = Symbol('events.errorMonitor');
let defaultMaxListeners = 10;

// The listener table: a null-prototype object, so no inherited names ('toString',
// '__proto__'...) look like events. Made by `{ __proto__: null }` or Object.create(null)
// it would start in V8's dictionary mode, whose lookups optimized code cannot inline
// (emit was 0.5-0.8x node's); a plain object whose prototype is set to null afterwards
// keeps fast properties.
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ReflectOwnKeys = Reflect.ownKeys;
function newHandlers() {
  return ObjectSetPrototypeOf({}, null);
}

// Removes one event's entry from a listener table. V8 deletes the most recently added
// property in place; deleting any other turns the table into a dictionary-mode object
// (a map migration, and slower lookups and adds after it). Per-request emitters (HTTP
// requests and responses) drop an early listener on every message, so the table is
// rebuilt without the entry instead: it holds a handful of keys.
function dropEntry(emitter, events, type) {
  // for-in walks a fast-mode object's enum cache without making an array, so the common
  // case (on then off of the newest event) stays as cheap as a delete.
  if (typeof type === 'string') {
    let last;
    for (const key in events) last = key;
    if (last === type) {
      delete events[type];
      return;
    }
  }
  const keys = ReflectOwnKeys(events);
  if (keys[keys.length - 1] === type) {
    delete events[type];
    return;
  }
  const fresh = newHandlers();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== type) fresh[key] = events[key];
  }
  emitter._events = fresh;
}

function checkListener(listener) {
  if (typeof listener !== 'function') throw new ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(arg) {
    validateNumber(arg, 'defaultMaxListeners', 0);
    defaultMaxListeners = arg;
  },
});

Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
});
EventEmitter.prototype[kCapture] = false;
EventEmitter.errorMonitor = kErrorMonitor;
EventEmitter.captureRejectionSymbol = kRejection;

EventEmitter.init = function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = newHandlers();
    this._eventsCount = 0;
    // Node 20 marks emitters whose table it made (shown by util.inspect).
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections !== undefined) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = opts.captureRejections;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function getMaxListeners(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners_() {
  return getMaxListeners(this);
};
Object.defineProperty(EventEmitter.prototype.getMaxListeners, 'name', { value: 'getMaxListeners' });

function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

function emit(type, ...args) {
  const events = this._events;
  if (type === 'error') {
    if (events !== undefined && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    if (events === undefined || events.error === undefined) unhandledError(this, args);
  } else if (events === undefined) {
    return false;
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    // Through the listener's own apply, as node does (a listener may override it).
    // With `args` still the rest parameter, TurboFan makes this a direct call.
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    // Listener arrays are never changed in place (add and remove build new ones), so
    // this one can be walked as it is: changes made by a listener apply from the next emit.
    const len = handler.length;
    for (let i = 0; i < len; ++i) {
      // Inline rather than through a helper: outside this function `args` is just an
      // array and the call stays generic (three listeners cost 3x more).
      const result = handler[i].apply(this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
}
EventEmitter.prototype.emit = emit;

// Throws for emit('error') without an 'error' listener; kept out of emit so that stays
// small enough for V8 to inline into its callers.
function unhandledError(ee, args) {
  let er;
  if (args.length > 0) er = args[0];
  if (er instanceof Error) {
    // The uncaught report shows where emit was called too.
    require('internal/process/uncaught').recordErrorEmitSite(er, emit, ee);
    throw er; // Unhandled 'error' event
  }
  let stringified;
  try {
    stringified = require('internal/util/inspect').inspect(er);
  } catch {
    stringified = er;
  }
  const err = new ERR_UNHANDLED_ERROR(stringified);
  err.context = er;
  throw err; // Unhandled 'error' event
}

function _addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = newHandlers();
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      events = target._events;
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else {
      const warned = existing.warned;
      existing = events[type] = prepend ? [listener, ...existing] : [...existing, listener];
      if (warned) existing.warned = true;
    }
    const m = getMaxListeners(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      const name = target.constructor.name;
      const w = new Error('Possible EventEmitter memory leak detected. ' +
        `${existing.length} ${String(type)} listeners added to ` +
        `${name === 'EventEmitter' || !name ? '[EventEmitter]' : `[${name}]`}. ` +
        `MaxListeners is ${m}. Use emitter.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.emitter = target;
      w.type = type;
      w.count = existing.length;
      process.emitWarning(w);
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;
EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
}

function _onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, _onceWrap(this, type, listener));
  return this;
};
EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    if (--this._eventsCount === 0) this._events = newHandlers();
    else {
      dropEntry(this, events, type);
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (list.length === 2) {
      events[type] = list[1 - position];
    } else {
      const rest = list.slice(0, position);
      for (let i = position + 1; i < list.length; i++) rest.push(list[i]);
      if (list.warned) rest.warned = true;
      events[type] = rest;
    }
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = newHandlers();
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = newHandlers();
      else dropEntry(this, events, type);
    }
    return this;
  }
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = newHandlers();
    this._eventsCount = 0;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function _listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  return unwrap ? l.map((f) => f.listener || f) : l.slice();
}

EventEmitter.prototype.listeners = function listeners(type) { return _listeners(this, type, true); };
EventEmitter.prototype.rawListeners = function rawListeners(type) { return _listeners(this, type, false); };

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const l = events[type];
    if (typeof l === 'function') {
      if (listener != null) return listener === l || listener === l.listener ? 1 : 0;
      return 1;
    }
    if (l !== undefined) {
      if (listener != null) {
        let n = 0;
        for (const f of l) if (f === listener || f.listener === listener) n++;
        return n;
      }
      return l.length;
    }
  }
  return 0;
}
EventEmitter.prototype.listenerCount = listenerCount;
EventEmitter.listenerCount = (emitter, type) => {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

module.exports = EventEmitter;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;

// The static helpers (once, on, getEventListeners, ...) live in their own file; they
// need EventEmitter itself, so they are attached after it exists.
require('internal/events/static').attach(EventEmitter, {
  kCapture, getDefaultMaxListeners: () => defaultMaxListeners,
  setDefaultMaxListeners: (n) => { defaultMaxListeners = n; },
});
