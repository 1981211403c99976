'use strict';
// Timers: every Timeout sits in one binary heap ordered by (expiry, creation order), and
// a single native uv timer is armed for the earliest. Immediates are a linked list run
// from the loop's check phase. Between two callbacks nextTicks and microtasks run, as
// in node.

const binding = internalBinding('timers');
const { immediateInfo, toggleTimerRef, toggleImmediateRef, getLibuvNow, scheduleTimer } = binding;
const { tickInfo } = internalBinding('task_queue');
const { runMicrotasks, processTicksAndRejections } = require('internal/process/task_queues');
const { validateFunction } = require('internal/validators');

const kCount = 0;
const kRefCount = 1;
const kHasOutstanding = 2;
const TIMEOUT_MAX = 2 ** 31 - 1;

const kRefed = Symbol('refed');
const asyncIdSymbol = Symbol('asyncId');
let nextId = 1;
let refCount = 0;  // ref'd timers in the heap
let armedExpiry = Infinity;

// --- the heap ---
const heap = [];
function less(a, b) {
  return a._expiry < b._expiry || (a._expiry === b._expiry && a._seq < b._seq);
}
function heapPush(t) {
  t._heapIndex = heap.length;
  heap.push(t);
  siftUp(t._heapIndex);
}
function heapRemove(t) {
  const i = t._heapIndex;
  if (i === -1) return;
  const last = heap.pop();
  t._heapIndex = -1;
  if (i < heap.length) {
    heap[i] = last;
    last._heapIndex = i;
    siftUp(i);
    siftDown(last._heapIndex);
  }
}
function siftUp(i) {
  const item = heap[i];
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!less(item, heap[p])) break;
    heap[i] = heap[p];
    heap[i]._heapIndex = i;
    i = p;
  }
  heap[i] = item;
  item._heapIndex = i;
}
function siftDown(i) {
  const n = heap.length;
  const item = heap[i];
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && less(heap[c + 1], heap[c])) c++;
    if (!less(heap[c], item)) break;
    heap[i] = heap[c];
    heap[i]._heapIndex = i;
    i = c;
  }
  heap[i] = item;
  item._heapIndex = i;
}

function arm() {
  if (heap.length === 0) {
    armedExpiry = Infinity;
    return;
  }
  const first = heap[0]._expiry;
  if (first < armedExpiry) {
    armedExpiry = first;
    scheduleTimer(Math.max(1, first - getLibuvNow()));
  }
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
    this[kRefed] = isRefed;
    this[asyncIdSymbol] = nextId++;
    this._heapIndex = -1;
    this._seq = 0;
    this._expiry = 0;
    if (isRefed) incRefCount();
  }

  refresh() {
    if (this._heapIndex !== -1) {
      heapRemove(this);
      insert(this, this._idleTimeout, getLibuvNow());
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

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    knownTimersById.set(id, this);
    return id;
  }
}

const knownTimersById = new Map();

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}
function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

let seq = 0;
function insert(timer, msecs, start) {
  timer._idleStart = start;
  timer._expiry = start + msecs;
  timer._seq = seq++;
  heapPush(timer);
  arm();
}

function runNextTicks() {
  if (!tickInfo[0] && !tickInfo[1]) runMicrotasks();
  if (!tickInfo[0] && !tickInfo[1]) return;
  processTicksAndRejections();
}

// Called by core from the uv timer: runs every due timer, returns the next expiry
// (positive when something ref'd waits, negative when only unref'd timers do, 0 none).
function processTimers(now) {
  armedExpiry = Infinity;
  let ranOne = false;
  while (heap.length > 0) {
    const timer = heap[0];
    if (timer._expiry > now) {
      now = getLibuvNow();
      if (timer._expiry > now) break;
    }
    if (ranOne) runNextTicks();
    ranOne = true;
    heapRemove(timer);
    if (timer._destroyed) continue;
    let threw = true;
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
      threw = false;
    } finally {
      if (timer._repeat && timer._idleTimeout !== -1 && !timer._destroyed) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, getLibuvNow());
      } else if (timer._heapIndex === -1 && !timer._destroyed) {
        // Not re-inserted by refresh() inside the callback: it is done.
        timer._destroyed = true;
        if (timer[kRefed]) decRefCount();
        knownTimersById.delete(timer[asyncIdSymbol]);
      }
      if (threw) armedExpiry = Infinity, arm();
    }
  }
  if (heap.length === 0) return 0;
  armedExpiry = heap[0]._expiry;
  return refCount > 0 ? armedExpiry : -armedExpiry;
}

function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kRefed]) decRefCount();
  heapRemove(timer);
  timer._idleTimeout = -1;
  knownTimersById.delete(timer[asyncIdSymbol]);
}

// --- immediates ---

class ImmediateList {
  constructor() { this.head = null; this.tail = null; }
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

let immediateQueue = new ImmediateList();
let outstandingQueue = new ImmediateList();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[asyncIdSymbol] = nextId++;
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
}

// Called by core from the check phase: runs the immediates queued before it started.
function processImmediate() {
  const queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  let immediate = queue.head;
  if (queue !== outstandingQueue) {
    queue.head = queue.tail = null;
    immediateInfo[kHasOutstanding] = 1;
  }
  let prevImmediate;
  let ranAtLeastOneImmediate = false;
  while (immediate !== null) {
    if (ranAtLeastOneImmediate) runNextTicks();
    else ranAtLeastOneImmediate = true;
    if (immediate._destroyed) {
      outstandingQueue.head = immediate = prevImmediate._idleNext;
      continue;
    }
    immediate._destroyed = true;
    immediateInfo[kCount]--;
    if (immediate[kRefed]) {
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    immediate[kRefed] = null;
    prevImmediate = immediate;
    try {
      const argv = immediate._argv;
      if (!argv) immediate._onImmediate();
      else immediate._onImmediate(...argv);
    } finally {
      immediate._onImmediate = null;
      outstandingQueue.head = immediate = immediate._idleNext;
    }
  }
  if (queue === outstandingQueue) outstandingQueue.head = null;
  immediateInfo[kHasOutstanding] = 0;
}

function clearImmediateImpl(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
}

binding.setupTimers(processImmediate, processTimers);

function setTimeout(callback, after, ...args) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, after, args.length ? args : undefined, false, true);
  insert(timeout, timeout._idleTimeout, getLibuvNow());
  return timeout;
}

function setInterval(callback, repeat, ...args) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, repeat, args.length ? args : undefined, true, true);
  insert(timeout, timeout._idleTimeout, getLibuvNow());
  return timeout;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownTimersById.get(Number(timer));
    if (t !== undefined) {
      t._onTimeout = null;
      unenroll(t);
    }
  }
}

function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, args.length ? args : undefined);
}

module.exports = {
  Timeout, Immediate, setTimeout, setInterval, clearTimeout, clearInterval: clearTimeout,
  setImmediate, clearImmediate: clearImmediateImpl, kRefed, TIMEOUT_MAX,
  // for timers/promises and tests
  insert, unenroll, getLibuvNow,
};
