'use strict';
// Event, CustomEvent and EventTarget as the DOM standard has them, without a tree: an
// event is dispatched at one target, so capture only matters for telling listeners
// apart. An exception from a listener does not stop the others; it is rethrown on the
// next tick as an uncaught exception, as node does.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS, ERR_EVENT_RECURSION },
} = require('internal/errors');
const { validateObject, validateAbortSignal } = require('internal/validators');

const kTrusted = Symbol('kTrusted');   // internal: makes isTrusted true
const kEvents = Symbol('kEvents');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kHandlers = Symbol('kHandlers');
// Subclasses (MessagePort) hear about listeners coming and going through these.
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
// What a node-style listener (added with on/once) receives instead of the event.
const kNodeStyleArg = Symbol('kNodeStyleArg');

const NONE = 0;
const CAPTURING_PHASE = 1;
const AT_TARGET = 2;
const BUBBLING_PHASE = 3;

let perfNow;
function now() {
  if (perfNow === undefined) perfNow = require('internal/perf/utils').now;
  return perfNow();
}

function lazyInspect() {
  return require('internal/util/inspect').inspect;
}

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #defaultPrevented = false;
  #timestamp;
  #propagationStopped = false;
  #immediateStopped = false;
  #target = null;
  #currentTarget = null;
  #phase = NONE;
  #dispatching = false;
  #inPassiveListener = false;
  #trusted = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null) validateObject(options, 'options', { allowArray: true, allowFunction: true });
    this.#type = `${type}`;
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this.#timestamp = now();
    if (options?.[kTrusted]) this.#trusted = true;
  }

  static isEvent(value) {
    return value !== null && typeof value === 'object' && #type in value;
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#type in self)) {
      throw new ERR_INVALID_THIS('Event');
    }
  }

  initEvent(type, bubbles = false, cancelable = false) {
    Event.#check(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    Event.#check(this);
    this.#propagationStopped = true;
    this.#immediateStopped = true;
  }

  preventDefault() {
    Event.#check(this);
    if (this.#cancelable && !this.#inPassiveListener) this.#defaultPrevented = true;
  }

  get target() { Event.#check(this); return this.#target; }
  get currentTarget() { Event.#check(this); return this.#currentTarget; }
  get srcElement() { Event.#check(this); return this.#target; }
  get type() { Event.#check(this); return this.#type; }
  get cancelable() { Event.#check(this); return this.#cancelable; }
  get defaultPrevented() { Event.#check(this); return this.#cancelable && this.#defaultPrevented; }
  get timeStamp() { Event.#check(this); return this.#timestamp; }

  composedPath() {
    Event.#check(this);
    return this.#dispatching ? [this.#currentTarget] : [];
  }

  get returnValue() { Event.#check(this); return !(this.#cancelable && this.#defaultPrevented); }
  set returnValue(value) {
    Event.#check(this);
    if (!value) this.preventDefault();
  }

  get bubbles() { Event.#check(this); return this.#bubbles; }
  get composed() { Event.#check(this); return this.#composed; }
  get eventPhase() { Event.#check(this); return this.#phase; }
  get cancelBubble() { Event.#check(this); return this.#propagationStopped; }
  set cancelBubble(value) {
    Event.#check(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    Event.#check(this);
    this.#propagationStopped = true;
  }

  get isTrusted() { Event.#check(this); return this.#trusted; }

  // For EventTarget.dispatchEvent: the pieces of event state the standard lets the
  // dispatcher change.
  static beginDispatch(event, target) {
    if (event.#dispatching) throw new ERR_EVENT_RECURSION(event.#type);
    event.#dispatching = true;
    event.#target = target;
    event.#currentTarget = target;
    event.#phase = AT_TARGET;
  }
  static endDispatch(event) {
    event.#dispatching = false;
    event.#currentTarget = null;
    event.#phase = NONE;
  }
  static immediateStopped(event) { return event.#immediateStopped; }
  static setPassive(event, passive) { event.#inPassiveListener = passive; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const inspect = lazyInspect();
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${name} ${inspect({
      type: this.#type,
      defaultPrevented: this.defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, opts)}`;
  }
}

for (const [name, value] of [['NONE', NONE], ['CAPTURING_PHASE', CAPTURING_PHASE],
  ['AT_TARGET', AT_TARGET], ['BUBBLING_PHASE', BUBBLING_PHASE]]) {
  const desc = { value, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(Event, name, desc);
}
// The helpers above are for this file only.
const { beginDispatch, endDispatch, immediateStopped, setPassive } = Event;
for (const key of ['beginDispatch', 'endDispatch', 'immediateStopped', 'setPassive']) {
  delete Event[key];
}
const isEvent = Event.isEvent;
delete Event.isEvent;
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  value: 'Event', writable: false, enumerable: false, configurable: true,
});
for (const key of ['type', 'target', 'currentTarget', 'srcElement', 'cancelable',
  'defaultPrevented', 'timeStamp', 'returnValue', 'bubbles', 'composed', 'eventPhase',
  'cancelBubble', 'isTrusted', 'initEvent', 'stopImmediatePropagation', 'preventDefault',
  'composedPath', 'stopPropagation']) {
  Object.defineProperty(Event.prototype, key, { enumerable: true });
}

class CustomEvent extends Event {
  #detail;
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (this === null || typeof this !== 'object' || !(#detail in this)) {
      throw new ERR_INVALID_THIS('CustomEvent');
    }
    return this.#detail;
  }
}
Object.defineProperty(CustomEvent.prototype, 'detail', { enumerable: true });
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
});

// --- EventTarget ---

function isEventTarget(value) {
  return value !== null && typeof value === 'object' && value[kEvents] !== undefined;
}

function validateListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;  // handleEvent is looked up at dispatch
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function captureOf(options) {
  if (typeof options === 'boolean') return options;
  if (options === null || typeof options !== 'object') return false;
  return !!options.capture;
}

function emitLeakWarning(target, type, count) {
  const w = new Error('Possible EventTarget memory leak detected. ' +
    `${count} ${type} listeners added to ${lazyInspect()(target, { depth: -1 })}. ` +
    `MaxListeners is ${target[kMaxEventTargetListeners]}. ` +
    'Use events.setMaxListeners() to increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.target = target;
  w.type = type;
  w.count = count;
  process.emitWarning(w);
}

// Takes `listener` off `target`'s list for `type`; what removeEventListener does once its
// arguments are checked, and what dispatch does for a `once` listener.
function removeListener(target, type, listener, capture) {
  const events = target[kEvents];
  const list = events.get(type);
  if (list === undefined) return;
  for (let i = 0; i < list.length; i++) {
    const rec = list[i];
    if (rec.listener === listener && rec.capture === capture) {
      rec.removed = true;
      list.splice(i, 1);
      if (list.length === 0) events.delete(type);
      if (rec.onAbort !== undefined) rec.signal.removeEventListener('abort', rec.onAbort);
      if (typeof target[kRemoveListener] === 'function') target[kRemoveListener](type, list.length);
      return;
    }
  }
}

// A type's listeners are an array; `size` is what node's own per-type record calls its
// count, and code run with --expose-internals reads target[kEvents].get(type).size.
function listSize() {
  return this.length;
}
function newListenerList() {
  const list = [];
  Object.defineProperty(list, 'size', { __proto__: null, get: listSize, enumerable: false });
  return list;
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    let once = false;
    let passive = false;
    let signal;
    const capture = captureOf(options);
    if (options !== null && typeof options === 'object') {
      once = !!options.once;
      passive = !!options.passive;
      signal = options.signal;
      if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    }
    if (!validateListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = typeof type === 'symbol' ? type : `${type}`;
    if (signal?.aborted) return;

    const events = this[kEvents];
    let list = events.get(type);
    if (list === undefined) {
      list = newListenerList();
      events.set(type, list);
    }
    for (const rec of list) {
      if (rec.listener === listener && rec.capture === capture) return;
    }
    const rec = {
      listener, capture, once, passive, removed: false, signal, onAbort: undefined,
      nodeStyle: options?.[kNodeStyleArg] === true,
      // events.addAbortListener's listeners run even after stopImmediatePropagation().
      resistStop: options?.[kResistStopPropagation] === true,
    };
    list.push(rec);
    if (signal !== undefined) {
      rec.onAbort = () => this.removeEventListener(type, listener, { capture });
      signal.addEventListener('abort', rec.onAbort, { once: true });
    }
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && list.length > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      emitLeakWarning(this, type, list.length);
    }
    if (typeof this[kNewListener] === 'function') this[kNewListener](type, list.length);
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateListener(listener)) return;
    type = typeof type === 'symbol' ? type : `${type}`;
    removeListener(this, type, listener, captureOf(options));
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    beginDispatch(event, this);
    try {
      const list = this[kEvents].get(event.type);
      if (list !== undefined) {
        // Listeners added during dispatch wait for the next event; removed ones are skipped.
        for (const rec of list.slice()) {
          if (rec.removed || (immediateStopped(event) && !rec.resistStop)) continue;
          // Internally, as node: a replaced removeEventListener is not called.
          if (rec.once) removeListener(this, event.type, rec.listener, rec.capture);
          callListener(this, rec, event);
        }
      }
    } finally {
      endDispatch(event);
    }
    return event.defaultPrevented !== true;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${name} ${lazyInspect()({}, opts)}`;
  }
}

function callListener(target, rec, event) {
  let fn = rec.listener;
  let thisArg = target;
  if (typeof fn !== 'function') {
    thisArg = fn;
    fn = fn.handleEvent;
  }
  if (rec.passive) setPassive(event, true);
  try {
    if (typeof fn !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('listener.handleEvent', 'Function', fn);
    }
    const arg = rec.nodeStyle && kNodeStyleArg in event ? event[kNodeStyleArg] : event;
    const result = Reflect.apply(fn, thisArg, [arg]);
    // A rejected promise from an async listener is an uncaught error too.
    if (result !== undefined && result !== null && typeof result.then === 'function') {
      result.then(undefined, (err) => process.nextTick(() => { throw err; }));
    }
  } catch (err) {
    process.nextTick(() => { throw err; });
  } finally {
    if (rec.passive) setPassive(event, false);
  }
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = require('events').defaultMaxListeners ?? 10;
  self[kMaxEventTargetListenersWarned] = false;
}

for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  Object.defineProperty(EventTarget.prototype, key, { enumerable: true });
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  value: 'EventTarget', writable: false, enumerable: false, configurable: true,
});

// EventTarget with EventEmitter-style methods, as node's MessagePort has. Listeners
// added with on/once/addListener get the event's payload (kNodeStyleArg) when it has
// one, e.g. a message's data.
class NodeEventTarget extends EventTarget {
  setMaxListeners(n) {
    this[kMaxEventTargetListeners] = n;
  }

  getMaxListeners() {
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    return [...this[kEvents].keys()];
  }

  listenerCount(type) {
    return this[kEvents].get(type)?.length ?? 0;
  }

  off(type, listener, options = undefined) {
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options = undefined) {
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    this.addEventListener(type, listener, { [kNodeStyleArg]: true });
    return this;
  }

  addListener(type, listener) {
    this.addEventListener(type, listener, { [kNodeStyleArg]: true });
    return this;
  }

  emit(type, arg) {
    const event = new Event(type);
    event[kNodeStyleArg] = arg;
    const hadListeners = this.listenerCount(type) > 0;
    this.dispatchEvent(event);
    return hadListeners;
  }

  once(type, listener) {
    this.addEventListener(type, listener, { once: true, [kNodeStyleArg]: true });
    return this;
  }

  removeAllListeners(type = undefined) {
    const events = this[kEvents];
    const types = type === undefined ? [...events.keys()] : [type];
    for (const t of types) {
      for (const rec of [...(events.get(t) ?? [])]) {
        this.removeEventListener(t, rec.listener, { capture: rec.capture });
      }
    }
    return this;
  }
}

// `on<type>` attributes (signal.onabort = fn): one listener per attribute that calls
// whatever handler is set at the time.
function defineEventHandler(proto, type, name = type) {
  Object.defineProperty(proto, `on${name}`, {
    enumerable: true,
    configurable: true,
    get() {
      return this[kHandlers]?.get(type)?.handler ?? null;
    },
    set(value) {
      if (!this[kHandlers]) this[kHandlers] = new Map();
      let wrapped = this[kHandlers].get(type);
      if (wrapped === undefined) {
        wrapped = function(event) {
          const h = wrapped.handler;
          // Only a function is called; an object is kept but, as in node, never invoked.
          if (typeof h === 'function') return Reflect.apply(h, this, [event]);
        };
        wrapped.handler = null;
        this[kHandlers].set(type, wrapped);
      }
      const ok = typeof value === 'function' || (typeof value === 'object' && value !== null);
      if (ok && wrapped.handler === null) this.addEventListener(type, wrapped);
      else if (!ok && wrapped.handler !== null) this.removeEventListener(type, wrapped);
      wrapped.handler = ok ? value : null;
    },
  });
}

// For events.getEventListeners and friends.
function getEventListenersOf(target, type) {
  const list = target[kEvents]?.get(type);
  return list === undefined ? [] : list.map((rec) => rec.listener);
}

module.exports = {
  Event, CustomEvent, EventTarget, NodeEventTarget, defineEventHandler, initEventTarget,
  isEventTarget, kNewListener, kRemoveListener, kNodeStyleArg,
  getEventListenersOf, kTrusted, kEvents, kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned, kResistStopPropagation,
};
