'use strict';
// process.nextTick, queueMicrotask and unhandled-rejection tracking. Core calls
// processTicksAndRejections after every callback from native code while tickInfo says
// there is work: all ticks, then microtasks, repeated until both are empty.

const {
  tickInfo, runMicrotasks, setTickCallback, setPromiseRejectHandler, enqueueMicrotask,
  promiseRejectEvents: {
    kPromiseRejectWithNoHandler, kPromiseHandlerAddedAfterReject,
  },
} = internalBinding('task_queue');
const { triggerUncaughtException } = internalBinding('errors');
const { validateFunction } = require('internal/validators');
const asyncContext = require('internal/async_context');

const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;

// A ring buffer of fixed-size arrays: push and shift without moving elements.
const kSize = 2048;
const kMask = kSize - 1;
class FixedCircularBuffer {
  constructor() {
    this.bottom = 0;
    this.top = 0;
    this.list = new Array(kSize);
    this.next = null;
  }
  isEmpty() { return this.top === this.bottom; }
  isFull() { return ((this.top + 1) & kMask) === this.bottom; }
  push(data) {
    this.list[this.top] = data;
    this.top = (this.top + 1) & kMask;
  }
  shift() {
    const next = this.list[this.bottom];
    if (next === undefined) return null;
    this.list[this.bottom] = undefined;
    this.bottom = (this.bottom + 1) & kMask;
    return next;
  }
}
class FixedQueue {
  constructor() { this.head = this.tail = new FixedCircularBuffer(); }
  isEmpty() { return this.head.isEmpty(); }
  push(data) {
    if (this.head.isFull()) this.head = this.head.next = new FixedCircularBuffer();
    this.head.push(data);
  }
  shift() {
    const tail = this.tail;
    const next = tail.shift();
    if (tail.isEmpty() && tail.next !== null) this.tail = tail.next;
    return next;
  }
}

const queue = new FixedQueue();

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  tickInfo[kHasTickScheduled] = 1;
  queue.push({
    callback,
    args: args.length === 0 ? undefined : args,
    frame: asyncContext.state.active ? asyncContext.capture() : undefined,
  });
}

function noop() {}

function processTicksAndRejections() {
  let tock;
  do {
    while ((tock = queue.shift()) !== null) {
      const { callback, args } = tock;
      let threw = true;
      try {
        if (asyncContext.state.active) asyncContext.runInFrame(tock.frame, callback, undefined, args);
        else if (args === undefined) callback();
        else callback(...args);
        threw = false;
      } finally {
        // The exception goes to core as uncaught; the ticks after it run when the next
        // callback returns, and this immediate makes sure one comes (node's order).
        if (threw) require('internal/timers').setImmediate(noop);
      }
    }
    runMicrotasks();
  } while (!queue.isEmpty() || processPromiseRejections());
  tickInfo[kHasTickScheduled] = 0;
  tickInfo[kHasRejectionToWarn] = 0;
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  const frame = asyncContext.state.active ? asyncContext.capture() : undefined;
  enqueueMicrotask(() => {
    try {
      if (frame !== undefined || asyncContext.state.active) {
        asyncContext.runInFrame(frame, callback, undefined, undefined);
      } else {
        callback();
      }
    } catch (err) {
      triggerUncaughtException(err, false);
    }
  });
}

// --- unhandled rejections (Node 20 default mode: throw) ---

const maybeUnhandled = new WeakMap();
let pendingUnhandled = [];
const asyncHandled = [];
let lastId = 0;

function unhandledRejectionsMode() {
  return process._unhandledRejectionsMode || 'throw';
}

function promiseRejectHandler(type, promise, reason) {
  if (type === kPromiseRejectWithNoHandler) {
    maybeUnhandled.set(promise, { reason, uid: ++lastId, warned: false });
    pendingUnhandled.push(promise);
    tickInfo[kHasRejectionToWarn] = 1;
  } else if (type === kPromiseHandlerAddedAfterReject) {
    const info = maybeUnhandled.get(promise);
    if (info === undefined) return;
    maybeUnhandled.delete(promise);
    if (info.warned) {
      asyncHandled.push(promise);
      tickInfo[kHasRejectionToWarn] = 1;
    }
  }
}

class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    const { codes: { ERR_UNHANDLED_REJECTION } } = require('internal/errors');
    const e = new ERR_UNHANDLED_REJECTION(reason);
    super(e.message);
    this.code = 'ERR_UNHANDLED_REJECTION';
    // Not enumerable: the uncaught report lists own enumerable properties (only `code`).
    Object.defineProperty(this, 'name', {
      value: 'UnhandledPromiseRejection', writable: true, enumerable: false, configurable: true,
    });
  }
}

// Two warnings, as node: the reason (its stack when it has one, else V8's plain text of
// it), then the note with the rejection id. Both carry the reason's stack when there is
// one, so a 'warning' listener can see where the rejection came from.
function warnUnhandled(reason, uid) {
  const { noSideEffectsToString } = require('internal/errors');
  let stack;
  try {
    if (reason !== null && typeof reason === 'object' && typeof reason.stack === 'string') {
      stack = reason.stack;
    }
  } catch {}
  const make = (message) => {
    const w = new Error(message);
    w.name = 'UnhandledPromiseRejectionWarning';
    if (stack !== undefined) w.stack = stack;
    return w;
  };
  let first;
  try {
    first = make(stack !== undefined ? stack : noSideEffectsToString(reason));
  } catch {
    first = make('[unprintable rejection reason]');
  }
  process.emitWarning(first);
  // The note itself has no frames of its own (node's has none either).
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let note;
  try {
    note = make('Unhandled promise rejection. This error originated either by ' +
    'throwing inside of an async function without a catch block, or by rejecting a ' +
    'promise which was not handled with .catch(). To terminate the node process on ' +
    'unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` ' +
    `(see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: ${uid})`);
  } finally {
    Error.stackTraceLimit = limit;
  }
  process.emitWarning(note);
}

function processPromiseRejections() {
  let didWork = asyncHandled.length > 0;
  while (asyncHandled.length > 0) {
    const promise = asyncHandled.shift();
    process.emit('rejectionHandled', promise);
  }
  // This round takes the rejections recorded so far (listeners may add more for the next
  // round). The batch is taken in one splice, not shifted one by one: after a long burst
  // of rejections handled late (100k awaits of rejected promises), shifting a list that
  // large is quadratic.
  const batch = pendingUnhandled.splice(0, pendingUnhandled.length);
  let i = 0;
  try {
    for (; i < batch.length; i++) didWork = reportUnhandled(batch[i]) || didWork;
  } finally {
    // A throwing report (an uncaught exception turned fatal) leaves the rest for later.
    if (i + 1 < batch.length) pendingUnhandled = batch.slice(i + 1).concat(pendingUnhandled);
  }
  return didWork || pendingUnhandled.length !== 0;
}

// Reports one possibly unhandled rejection as the mode says; false when it was handled
// meanwhile.
function reportUnhandled(promise) {
  const info = maybeUnhandled.get(promise);
  if (info === undefined) return false;
  info.warned = true;
  const { reason, uid } = info;
  const mode = unhandledRejectionsMode();
  const asError = () => (reason instanceof Error ? reason : new UnhandledPromiseRejection(reason));
  switch (mode) {
    case 'strict':
      triggerUncaughtException(asError(), true);
      if (!process.emit('unhandledRejection', reason, promise)) { /* already reported */ }
      break;
    case 'warn':
      // node warns in this mode even when a listener took the rejection.
      process.emit('unhandledRejection', reason, promise);
      warnUnhandled(reason, uid);
      break;
    case 'none':
      process.emit('unhandledRejection', reason, promise);
      break;
    case 'warn-with-error-code':
      if (!process.emit('unhandledRejection', reason, promise)) {
        warnUnhandled(reason, uid);
        process.exitCode = 1;
      }
      break;
    default: // throw
      if (!process.emit('unhandledRejection', reason, promise)) {
        triggerUncaughtException(asError(), true);
      }
  }
  return true;
}

function setup() {
  setTickCallback(processTicksAndRejections);
  setPromiseRejectHandler(promiseRejectHandler);
}

module.exports = { nextTick, queueMicrotask, runMicrotasks, processTicksAndRejections, setup };
