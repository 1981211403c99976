'use strict';
// PerformanceObserver: observers subscribe to entry types; each entry is queued to the
// interested observers, whose callbacks run from an immediate, once per batch.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');

const kSupportedEntryTypes = Object.freeze([
  'dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource',
]);
const kIllegal = Symbol('kIllegal');

const observers = new Set();
// For buffered observation: the performance timeline's own entries of a type.
let getBufferedEntries = () => [];

function sortByStartTime(entries) {
  return entries.sort((a, b) => a.startTime - b.startTime);
}

class PerformanceObserverEntryList {
  #entries;

  constructor(key, entries) {
    if (key !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = sortByStartTime(entries);
  }

  getEntries() {
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this.#entries.filter((e) => e.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type !== undefined) type = `${type}`;
    return this.#entries.filter((e) => e.name === name && (type === undefined || e.entryType === type));
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserverEntryList ${inspect(this.#entries, opts)}`;
  }
}

class PerformanceObserver {
  #callback;
  #types = new Set();
  #buffer = [];

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) {
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      // Replaces what was observed; unknown types are ignored, and observing none of
      // the known ones is a disconnect.
      this.#types = new Set(entryTypes.filter((t) => kSupportedEntryTypes.includes(t)));
      if (this.#types.size === 0) {
        this.disconnect();
        return;
      }
    } else {
      validateString(type, 'options.type');
      if (!kSupportedEntryTypes.includes(type)) return;
      this.#types.add(type);
      if (buffered) {
        const old = getBufferedEntries(type);
        if (old.length > 0) {
          this.#buffer.push(...old);
          this.#schedule();
        }
      }
    }
    if (this.#types.size > 0) observers.add(this);
    else observers.delete(this);
    updateGCTracking();
  }

  disconnect() {
    observers.delete(this);
    this.#types.clear();
    this.#buffer = [];
    updateGCTracking();
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  #schedule() {
    pending.add(this);
    if (dispatchScheduled) return;
    dispatchScheduled = true;
    require('internal/timers').setImmediate(dispatchPending);
  }

  static dispatch(observer) {
    const entries = observer.takeRecords();
    if (entries.length === 0) return;
    const list = new PerformanceObserverEntryList(kIllegal, entries);
    Reflect.apply(observer.#callback, observer, [list, observer]);
  }

  // For enqueue() and hasObserver(); removed from the class below.
  static deliver(observer, entry) {
    if (!observer.#types.has(entry.entryType)) return;
    observer.#buffer.push(entry);
    observer.#schedule();
  }
  static wants(observer, type) {
    return observer.#types.has(type);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: this.#buffer.length > 0,
      entryTypes: [...this.#types],
      buffer: this.#buffer,
    }, opts)}`;
  }
}
const { deliver, wants, dispatch } = PerformanceObserver;
delete PerformanceObserver.deliver;
delete PerformanceObserver.wants;
delete PerformanceObserver.dispatch;

// One immediate delivers to every observer with new entries, in the order they got them.
const pending = new Set();
let dispatchScheduled = false;
function dispatchPending() {
  dispatchScheduled = false;
  const observersNow = [...pending];
  pending.clear();
  for (const observer of observersNow) dispatch(observer);
}

function enqueue(entry) {
  for (const observer of observers) deliver(observer, entry);
}

// Whether anyone observes `type`, so producers (timerify) can skip building entries.
function hasObserver(type) {
  for (const observer of observers) {
    if (wants(observer, type)) return true;
  }
  return false;
}

// V8 reports collections to native callbacks only while someone observes 'gc'.
let trackingGC = false;
function updateGCTracking() {
  const want = hasObserver('gc');
  if (want === trackingGC) return;
  trackingGC = want;
  internalBinding('performance').trackGC(want ? deliverGC : null);
}

// records: Float64Array of [start (hrtime ns), duration (ns), kind, flags] tuples.
function deliverGC(records) {
  const { createGCEntry } = require('internal/perf/performance');
  for (let i = 0; i < records.length; i += 4) {
    enqueue(createGCEntry(records[i], records[i + 1], records[i + 2], records[i + 3]));
  }
}

function setBufferedEntriesSource(fn) {
  getBufferedEntries = fn;
}

module.exports = {
  PerformanceObserver, PerformanceObserverEntryList, enqueue, hasObserver,
  setBufferedEntriesSource, kSupportedEntryTypes,
};
