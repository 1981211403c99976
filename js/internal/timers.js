'use strict';
// Timers as node schedules them, because the order is observable: every Timeout joins
// the list of timers with the same duration (so a list is sorted by start time), the
// lists sit in a binary heap ordered by (expiry of their first timer, list id), and one
// native uv timer is armed for the earliest list. A list that comes due runs every
// timer of it that is due before the next list is looked at. Immediates are a linked
// list run from the loop's check phase. Between two callbacks nextTicks and microtasks
// run. An exception from a callback or a tick propagates to core, which reports it as
// uncaught and, if the process survives, calls back in for the rest of the phase.

// Explicit resource management symbols, as node 20 provides them before V8 has them.
// Defined here because timers are the first disposables the bootstrap loads.
for (const [name, description] of [['dispose', 'nodejs.dispose'],
  ['asyncDispose', 'nodejs.asyncDispose']]) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, {
      value: Symbol(description), writable: false, enumerable: false, configurable: false,
    });
  }
}

const binding = internalBinding('timers');
const { immediateInfo, toggleTimerRef, toggleImmediateRef, getLibuvNow, scheduleTimer } = binding;
const { tickInfo } = internalBinding('task_queue');
const { runMicrotasks, processTicksAndRejections } = require('internal/process/task_queues');
const { validateFunction } = require('internal/validators');
const asyncContext = require('internal/async_context');

// Slots of immediateInfo, shared with core/bindings/timers.cc.
const kCount = 0;
const kRefCount = 1;
const kHasOutstanding = 2;
const TIMEOUT_MAX = 2 ** 31 - 1;

const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerIdSymbol = Symbol('triggerId');
// The AsyncLocalStorage frame current when a callback was scheduled; it runs in it.
const kFrame = Symbol('kAsyncContextFrame');

// Ids are shared by timeouts and immediates, as node's async ids are; 1 is the main
// script's, so the first timer gets 2 like node's first.
let nextAsyncId = 2;
let refCount = 0;          // ref'd timeouts not yet run or cleared
let nextExpiry = Infinity; // when the native timer will fire next
let timerListId = 0;

// --- circular doubly linked lists; the list object is its own sentinel ---

function listInit(list) {
  list._idleNext = list;
  list._idlePrev = list;
}
function listPeek(list) {
  return list._idlePrev === list ? null : list._idlePrev;
}
function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}
function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}
function listIsEmpty(list) {
  return list._idleNext === list;
}

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

// Lists by duration, and the heap of lists by expiry.
const timerListMap = { __proto__: null };
const heap = [];
function lessList(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id);
}
function heapSet(i, list) {
  heap[i] = list;
  list.priorityQueuePosition = i;
}
function heapUp(i) {
  const item = heap[i];
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!lessList(item, heap[p])) break;
    heapSet(i, heap[p]);
    i = p;
  }
  heapSet(i, item);
}
function heapDown(i) {
  const n = heap.length;
  const item = heap[i];
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && lessList(heap[c + 1], heap[c])) c++;
    if (!lessList(heap[c], item)) break;
    heapSet(i, heap[c]);
    i = c;
  }
  heapSet(i, item);
}
function heapInsert(list) {
  heap.push(list);
  heapUp(heap.length - 1);
}
function heapRemoveAt(i) {
  const last = heap.pop();
  if (i < heap.length) {
    heapSet(i, last);
    heapUp(i);
    heapDown(last.priorityQueuePosition);
  }
}

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}
function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

function coerceDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = coerceDelay(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = nextAsyncId++;
    this[triggerIdSymbol] = 1;
    if (asyncContext.state.active) this[kFrame] = asyncContext.capture();
  }

  // Restarts the countdown from now; a timeout that already ran is scheduled again.
  refresh() {
    if (this._idleTimeout >= 0) {
      if (this._destroyed) {
        this._destroyed = false;
        if (this[kRefed]) incRefCount();
      }
      insert(this, this._idleTimeout);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() { return this[kRefed]; }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }

  // Lets a timeout be stored as a number and cleared by it (clearTimeout(+t)).
  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

const knownTimersById = { __proto__: null };

// Appends `item` to the list for its duration, starting now; arms the native timer if
// this makes something due sooner.
function insert(item, msecs, start = getLibuvNow()) {
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    heapInsert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

function runNextTicks() {
  if (!tickInfo[0] && !tickInfo[1]) runMicrotasks();
  if (!tickInfo[0] && !tickInfo[1]) return;
  processTicksAndRejections();
}

// Called by core from the uv timer with the loop's time. Runs what is due and returns
// the next expiry: positive when a ref'd timer waits, negative when only unref'd ones
// do, 0 when there is none. Core calls again after an uncaught exception.
function processTimers(now) {
  nextExpiry = Infinity;
  let ranAtLeastOneList = false;
  while (heap.length > 0) {
    const list = heap[0];
    // `now` stays the time this phase began, as in node: a timer that comes due while
    // the phase runs (one set from a timer callback, say) waits for the next loop
    // iteration, after that iteration's immediates, however late the loop is.
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranAtLeastOneList) runNextTicks();
    else ranAtLeastOneList = true;
    runList(list, now);
  }
  return 0;
}

function runList(list, now) {
  const msecs = list.msecs;
  let ranAtLeastOneTimer = false;
  let timer;
  while ((timer = listPeek(list)) !== null) {
    if (now - timer._idleStart < msecs) {
      // The rest of this list is not due yet: requeue it at its first timer's time.
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      heapDown(list.priorityQueuePosition);
      return;
    }
    if (ranAtLeastOneTimer) runNextTicks();
    else ranAtLeastOneTimer = true;
    listRemove(timer);
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
      }
      continue;
    }
    // An interval's next run counts from when this one started.
    const start = timer._repeat ? getLibuvNow() : 0;
    try {
      const args = timer._timerArgs;
      if (asyncContext.state.active) {
        asyncContext.runInFrame(timer[kFrame], timer._onTimeout, timer, args);
      } else if (args === undefined) {
        timer._onTimeout();
      } else {
        timer._onTimeout(...args);
      }
    } finally {
      if (timer._repeat && timer._idleTimeout !== -1) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
        // Not rescheduled by refresh() inside the callback: it is done.
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
        if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
      }
    }
  }
  // Empty: drop the list, unless a timer of the same duration made a new one meanwhile.
  if (list === timerListMap[msecs]) {
    delete timerListMap[msecs];
    heapRemoveAt(list.priorityQueuePosition);
  }
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  if (item[kRefed]) decRefCount();
  const list = timerListMap[item._idleTimeout];
  listRemove(item);
  if (list !== undefined && listIsEmpty(list)) {
    delete timerListMap[item._idleTimeout];
    heapRemoveAt(list.priorityQueuePosition);
  }
  item._idleTimeout = -1;
}

// --- immediates ---

class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }
  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

// Immediates queued while the check phase runs wait for the next loop iteration;
// `outstanding` holds the rest of the current batch when one of them threw.
const immediateQueue = new ImmediateList();
const outstandingQueue = new ImmediateList();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[asyncIdSymbol] = nextAsyncId++;
    this[triggerIdSymbol] = 1;
    if (asyncContext.state.active) this[kFrame] = asyncContext.capture();
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() { return !!this[kRefed]; }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

// Called by core from the check phase: runs the immediates queued before it started.
// After an uncaught exception core calls again while kHasOutstanding is set.
function processImmediate() {
  const queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  let immediate = queue.head;
  // Take the whole batch, so immediates queued from here run next iteration.
  if (queue !== outstandingQueue) {
    queue.head = queue.tail = null;
    immediateInfo[kHasOutstanding] = 1;
  }
  let prevImmediate;
  let ranAtLeastOneImmediate = false;
  while (immediate !== null) {
    if (ranAtLeastOneImmediate) runNextTicks();
    else ranAtLeastOneImmediate = true;
    // Cleared by an earlier callback of this batch.
    if (immediate._destroyed) {
      outstandingQueue.head = immediate = prevImmediate._idleNext;
      continue;
    }
    immediate._destroyed = true;
    immediateInfo[kCount]--;
    if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    immediate[kRefed] = null;
    prevImmediate = immediate;
    try {
      const argv = immediate._argv;
      if (asyncContext.state.active) {
        asyncContext.runInFrame(immediate[kFrame], immediate._onImmediate, immediate, argv);
      } else if (!argv) {
        immediate._onImmediate();
      } else {
        immediate._onImmediate(...argv);
      }
    } finally {
      immediate._onImmediate = null;
      outstandingQueue.head = immediate = immediate._idleNext;
    }
  }
  if (queue === outstandingQueue) outstandingQueue.head = null;
  immediateInfo[kHasOutstanding] = 0;
}

binding.setupTimers(processImmediate, processTimers);

// The public functions. Their `length`s are node's (callback, delay, arg1, arg2, arg3).
// An unref'd timeout from the start, for the runtime's own bookkeeping timers (node's
// internal/timers has the same, and tests reach it with --expose-internals).
function setUnrefTimeout(callback, after) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, after, undefined, false, false);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  if (arguments.length > 2) args = Array.prototype.slice.call(arguments, 2);
  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  if (arguments.length > 2) args = Array.prototype.slice.call(arguments, 2);
  const timeout = new Timeout(callback, repeat, args, true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const instance = knownTimersById[timer];
    if (instance !== undefined) {
      instance._onTimeout = null;
      unenroll(instance);
    }
  }
}

function clearInterval(timer) {
  // Timeouts and intervals are one kind of object; either clear works on either.
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  if (arguments.length > 1) args = Array.prototype.slice.call(arguments, 1);
  return new Immediate(callback, args);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
}

// The legacy timers API: any object with _idleTimeout and _onTimeout can be a timer.
function insertGuarded(item, refed) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs);
  const wasDestroyed = item._destroyed;
  if (wasDestroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    item[asyncIdSymbol] = nextAsyncId++;
    item[triggerIdSymbol] = 1;
  }
  if (wasDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function enroll(item, msecs) {
  msecs = validateLegacyDelay(msecs);
  // An item enrolled again leaves its old list first.
  if (item._idleTimeout >= 0) unenroll(item);
  item._idleTimeout = msecs;
  listInit(item);
}

function validateLegacyDelay(msecs) {
  const { validateNumber } = require('internal/validators');
  const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

// util.promisify(setTimeout) and util.promisify(setImmediate) give the promise forms.
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(setTimeout, kCustomPromisify, {
  enumerable: true,
  get() { return require('timers/promises').setTimeout; },
});
Object.defineProperty(setImmediate, kCustomPromisify, {
  enumerable: true,
  get() { return require('timers/promises').setImmediate; },
});

module.exports = {
  Timeout, Immediate, TimersList, setTimeout, setInterval, clearTimeout, clearInterval,
  setImmediate, clearImmediate, kRefed, TIMEOUT_MAX, coerceDelay, setUnrefTimeout,
  // for js/timers.js and timers/promises
  insert, unenroll, insertGuarded, enroll, getLibuvNow, listInit,
  // for process.getActiveResourcesInfo(): ref'd timeouts and immediates
  activeCounts: () => [refCount, immediateInfo[kRefCount]],
};
