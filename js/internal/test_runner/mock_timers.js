'use strict';
// node:test's mock.timers (MockTimers): a fake clock that replaces setTimeout,
// setInterval, setImmediate (the globals, node:timers and node:timers/promises),
// timers/promises' scheduler.wait and Date. Nothing runs on its own: tick(ms) moves
// the clock and runs, in order of due time then of creation, the timers now due;
// runAll() ticks to the due time of the heap's last timer. reset() puts every replaced property back.
//
// It follows node 20's behaviour closely, quirks included, because tests written for
// node depend on them: delays are not coerced (only > TIMEOUT_MAX becomes 1), the timer
// objects keep their heap position in `priorityQueuePosition`, a timer is taken off the
// queue after its callback only if it is still the first one (a callback that throws
// leaves it there), and an interval re-arms even if its callback cleared it.

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE }, AbortError } = require('internal/errors');
const { validateAbortSignal, validateArray, validateNumber, validateString } =
  require('internal/validators');
const { emitExperimentalWarning } = require('internal/util');
const { TIMEOUT_MAX } = require('internal/timers');
const { isDate } = require('util/types');

// In the order enable() mocks them when no list is given.
const kSupportedApis = ['setInterval', 'setTimeout', 'setImmediate', 'Date', 'scheduler.wait'];
const kMock = Symbol('MockTimers');
const kNotEnabled = 'You should enable MockTimers first by calling the .enable function';

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// A binary min-heap, 1-indexed, that writes each item's index into the item
// (priorityQueuePosition) so that a timer can be removed from the middle.
class TimerQueue {
  #heap = [undefined];
  #size = 0;

  static #compare(a, b) {
    return (a.runAt - b.runAt) || (a.id - b.id);
  }

  get size() { return this.#size; }

  peek() { return this.#heap[1]; }

  // The item at the end of the heap's array.
  last() { return this.#heap[this.#size]; }

  insert(timer) {
    this.#heap[++this.#size] = timer;
    this.#up(this.#size);
  }

  shift() {
    const first = this.#heap[1];
    if (first !== undefined) this.removeAt(1);
    return first;
  }

  removeAt(pos) {
    const heap = this.#heap;
    const removed = heap[pos];
    const size = --this.#size;
    heap[pos] = heap[size + 1];
    heap[size + 1] = undefined;
    if (removed !== undefined) removed.priorityQueuePosition = undefined;
    if (size > 0 && pos <= size) {
      if (pos > 1 && TimerQueue.#compare(heap[pos >> 1], heap[pos]) > 0) {
        this.#up(pos);
      } else {
        this.#down(pos);
      }
    }
  }

  #up(pos) {
    const heap = this.#heap;
    const item = heap[pos];
    while (pos > 1) {
      const parent = heap[pos >> 1];
      if (TimerQueue.#compare(parent, item) <= 0) break;
      heap[pos] = parent;
      parent.priorityQueuePosition = pos;
      pos >>= 1;
    }
    heap[pos] = item;
    item.priorityQueuePosition = pos;
  }

  #down(pos) {
    const heap = this.#heap;
    const size = this.#size;
    const item = heap[pos];
    while (pos <= size >> 1) {
      let child = pos << 1;
      if (child + 1 <= size && TimerQueue.#compare(heap[child + 1], heap[child]) < 0) child++;
      const childItem = heap[child];
      if (TimerQueue.#compare(item, childItem) <= 0) break;
      heap[pos] = childItem;
      childItem.priorityQueuePosition = pos;
      pos = child;
    }
    heap[pos] = item;
    item.priorityQueuePosition = pos;
  }
}

// What a mocked setTimeout/setInterval/setImmediate returns. It is never really
// scheduled, so ref/unref change nothing and refresh does not move it.
class Timeout {
  constructor(fields) {
    this.id = fields.id;
    this.callback = fields.callback;
    this.runAt = fields.runAt;
    this.interval = fields.interval;
    this.args = fields.args;
  }

  hasRef() { return true; }

  ref() { return this; }

  unref() { return this; }

  refresh() { return this; }
}

class MockTimers {
  #enabled = false;
  #now = 0;
  #nextId = 1;
  #queue = new TimerQueue();
  // { object, key, descriptor } for each property replaced, in the order replaced.
  #replaced = [];

  constructor() {
    emitExperimentalWarning('The MockTimers API');
  }

  #createTimer(isInterval, callback, delay, ...args) {
    if (delay > TIMEOUT_MAX) delay = 1;
    const timer = new Timeout({
      id: this.#nextId++,
      callback,
      runAt: this.#now + delay,
      interval: isInterval ? delay : undefined,
      args,
    });
    this.#queue.insert(timer);
    return timer;
  }

  // Due before anything already due: it runs on the next tick, even tick(0).
  #setImmediate(callback, ...args) {
    const timer = new Timeout({
      id: this.#nextId++, callback, runAt: this.#now - 1, interval: undefined, args,
    });
    this.#queue.insert(timer);
    return timer;
  }

  // One function clears all three kinds; anything but a queued mock timer is ignored.
  #clearTimer(timer) {
    const pos = timer?.priorityQueuePosition;
    if (pos !== undefined) this.#queue.removeAt(pos);
  }

  #setTimeoutPromisified(ms, result, options) {
    return this.#settleOnTimer((fire) => this.#createTimer(false, fire, ms), result, options);
  }

  #setImmediatePromisified(result, options) {
    return this.#settleOnTimer((fire) => this.#setImmediate(fire), result, options);
  }

  // What timers/promises' setTimeout and setImmediate share: a promise of `result` once
  // the timer that `schedule(fire)` queues fires, rejected with an AbortError (and the
  // timer dropped) when options.signal aborts first.
  #settleOnTimer(schedule, result, options) {
    const signal = options?.signal;
    try {
      validateAbortSignal(signal, 'options.signal');
    } catch (err) {
      return Promise.reject(err);
    }
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      let onAbort;
      const timer = schedule(() => {
        if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
        resolve(result);
      });
      if (signal !== undefined) {
        onAbort = () => {
          this.#clearTimer(timer);
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
  }

  // Ticks that pass while nobody awaits are counted; each next() takes one.
  async* #setIntervalPromisified(interval, result, options) {
    const signal = options?.signal;
    validateAbortSignal(signal, 'options.signal');
    if (signal?.aborted) throw abortError(signal);
    let pending = 0;
    let wake;
    let onAbort;
    const timer = this.#createTimer(true, () => {
      pending++;
      if (wake !== undefined) {
        wake();
        wake = undefined;
      }
    }, interval);
    try {
      if (signal !== undefined) {
        onAbort = () => {
          this.#clearTimer(timer);
          if (wake !== undefined) {
            wake();
            wake = undefined;
          }
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
      while (!signal?.aborted) {
        if (pending === 0) await new Promise((resolve) => { wake = resolve; });
        for (; pending > 0; pending--) yield result;
      }
      throw abortError(signal);
    } finally {
      this.#clearTimer(timer);
      if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
    }
  }

  // A function standing in for Date: called, it gives the mocked time as a string; with
  // new, a real Date (of the mocked time when no arguments are given).
  #createDate(OriginalDate) {
    const timers = this;
    function Date(year, month, date, hours, minutes, seconds, ms) {
      if (new.target === undefined) return new OriginalDate(timers.#now).toString();
      if (arguments.length === 0) return new OriginalDate(timers.#now);
      return new OriginalDate(...arguments);
    }
    Date.prototype = OriginalDate.prototype;
    for (const key of Reflect.ownKeys(OriginalDate)) {
      if (key === 'length' || key === 'name' || key === 'prototype') continue;
      Object.defineProperty(Date, key, Object.getOwnPropertyDescriptor(OriginalDate, key));
    }
    Date.now = function now() { return timers.#now; };
    Date.toString = function toString() { return Function.prototype.toString.call(OriginalDate); };
    Object.defineProperty(Date, 'isMock', { __proto__: null, value: true, enumerable: true });
    Object.defineProperty(Date, kMock, { __proto__: null, value: this });
    return Date;
  }

  #replace(object, key, value) {
    const descriptor = Object.getOwnPropertyDescriptor(object, key);
    this.#replaced.push({ object, key, descriptor });
    object[key] = value;
  }

  // Replaces a set/clear pair in the globals and node:timers, and its promise form.
  #mockPair(setName, clearName, set, promised) {
    const timers = require('timers');
    const clear = this.#clearTimer.bind(this);
    for (const target of [globalThis, timers]) {
      this.#replace(target, setName, set);
      this.#replace(target, clearName, clear);
    }
    this.#replace(require('timers/promises'), setName, promised);
  }

  #mockApi(api) {
    switch (api) {
      case 'setTimeout':
        this.#mockPair('setTimeout', 'clearTimeout', this.#createTimer.bind(this, false),
                       this.#setTimeoutPromisified.bind(this));
        break;
      case 'setInterval':
        this.#mockPair('setInterval', 'clearInterval', this.#createTimer.bind(this, true),
                       this.#setIntervalPromisified.bind(this));
        break;
      case 'setImmediate':
        this.#mockPair('setImmediate', 'clearImmediate', this.#setImmediate.bind(this),
                       this.#setImmediatePromisified.bind(this));
        break;
      case 'Date':
        if (globalThis.Date?.isMock) throw new ERR_INVALID_STATE('Date is already being mocked!');
        this.#replace(globalThis, 'Date', this.#createDate(globalThis.Date));
        break;
      case 'scheduler.wait':
        this.#replace(require('timers/promises').scheduler, 'wait',
                      (delay, options) => this.#setTimeoutPromisified(delay, undefined, options));
        break;
    }
  }

  tick(time = 1) {
    if (!this.#enabled) throw new ERR_INVALID_STATE(kNotEnabled);
    if (time < 0) throw new ERR_INVALID_ARG_VALUE('time', 'positive integer', time);
    this.#now += time;
    // this.#queue is read afresh each time: a callback may have called reset().
    for (let timer = this.#queue.peek(); timer !== undefined; timer = this.#queue.peek()) {
      if (timer.runAt > this.#now) break;
      Function.prototype.apply.call(timer.callback, undefined, timer.args);
      if (this.#queue.peek() === timer) this.#queue.shift();
      if (timer.interval !== undefined) {
        timer.runAt += timer.interval;
        this.#queue.insert(timer);
      }
    }
  }

  // The clock (and Date.now()) goes to `now` (a number of ms or a Date, default 0).
  enable(options = { __proto__: null, apis: kSupportedApis, now: 0 }) {
    const { apis: givenApis, now: givenNow } = { __proto__: null, ...options };
    if (this.#enabled) throw new ERR_INVALID_STATE('MockTimers is already enabled!');

    const apis = givenApis || kSupportedApis;
    validateArray(apis, 'options.apis');
    for (let i = 0; i < apis.length; i++) validateString(apis[i], `options.apis[${i}]`);
    for (const api of apis) {
      if (!kSupportedApis.includes(api)) {
        throw new ERR_INVALID_ARG_VALUE('options.apis', api, `option ${api} is not supported`);
      }
    }

    let now = givenNow;
    if (Number.isNaN(now)) {
      throw new ERR_INVALID_ARG_VALUE('now', now, `epoch must be a positive integer received ${now}`);
    }
    if (!now) now = 0;
    if (isDate(now)) {
      now = now.getTime();
    } else {
      validateNumber(now, 'initialTime');
      if (now < 0) throw new ERR_INVALID_ARG_VALUE('time', 'positive integer', now);
    }

    this.#now = now;
    // As node's: if a later api fails (Date already mocked), those before it stay
    // mocked and this MockTimers stays disabled.
    this.#replaced = [];
    for (const api of apis) this.#mockApi(api);
    this.#enabled = true;
  }

  // Moves the clock without running anything.
  setTime(time = 0) {
    validateNumber(time, 'time');
    if (time < 0) throw new ERR_INVALID_ARG_VALUE('time', 'positive integer', time);
    if (!this.#enabled) throw new ERR_INVALID_STATE(kNotEnabled);
    this.#now = time;
  }

  // Puts back every replaced property and forgets the queued timers.
  reset() {
    if (!this.#enabled) return;
    for (const { object, key, descriptor } of this.#replaced) {
      if (descriptor === undefined) {
        delete object[key];
      } else {
        Object.defineProperty(object, key, descriptor);
      }
    }
    this.#replaced = [];
    this.#queue = new TimerQueue();
    this.#enabled = false;
  }

  // Ticks to the due time of the timer last in the heap, as node 20 does: that is the
  // latest one only when the heap happens to end with it. Timers the callbacks add may
  // stay queued.
  runAll() {
    if (!this.#enabled) throw new ERR_INVALID_STATE(kNotEnabled);
    const last = this.#queue.last();
    if (last !== undefined) this.tick(last.runAt - this.#now);
  }

  [Symbol.dispose]() {
    this.reset();
  }
}

module.exports = { MockTimers };
