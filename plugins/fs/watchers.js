'use strict';
// fs.watch (FSWatcher on uv_fs_event), fs.watchFile/unwatchFile (StatWatcher on
// uv_fs_poll) and fs.promises.watch.

const EventEmitter = require('events');
const { toPathString, getOptions, getStatsFromBinding, encodeResult } = require('internal/fs/utils');
const { validateFunction, validateBoolean, validateAbortSignal } = require('internal/validators');
const pathModule = require('path');

function watchError(code, filename) {
  const name = binding.errname(code);
  const err = new Error(`${name}: ${binding.strerror(code)}, watch '${filename}'`);
  err.errno = code;
  err.syscall = 'watch';
  err.code = name;
  err.path = filename;
  err.filename = filename;
  return err;
}

class FSWatcher extends EventEmitter {
  constructor(encoding) {
    super();
    this._encoding = encoding;
    this._handle = new binding.Watcher((status, eventType, filename) => {
      if (status < 0) {
        const err = watchError(status, this._path);
        this.close();
        this.emit('error', err);
        return;
      }
      this.emit('change', eventType, filename === null ? null : encodeResult(filename, this._encoding));
    });
  }

  _start(filename, persistent) {
    this._path = filename;
    const err = this._handle.start(filename, false);
    if (err !== 0) {
      this._handle = null;
      throw watchError(err, filename);
    }
    if (!persistent) this._handle.ref(false);
  }

  close() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this._handle) this._handle.ref(true);
    return this;
  }

  unref() {
    if (this._handle) this._handle.ref(false);
    return this;
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = getOptions(options, {});
  const path = toPathString(filename);
  if (options.persistent !== undefined) validateBoolean(options.persistent, 'options.persistent');
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  validateAbortSignal(options.signal, 'options.signal');
  const watcher = new FSWatcher(options.encoding);
  watcher._start(path, options.persistent !== false);
  if (listener) watcher.on('change', listener);
  if (options.signal) {
    if (options.signal.aborted) process.nextTick(() => watcher.close());
    else options.signal.addEventListener('abort', () => watcher.close(), { once: true });
  }
  return watcher;
}

// fs.promises.watch: an async iterator of { eventType, filename }.
function watchPromise(filename, options = {}) {
  options = getOptions(options, {});
  const watcher = watch(filename, { ...options, signal: undefined });
  const queue = [];
  let waiting = null;
  let finished = false;
  let failure = null;
  const wake = () => {
    if (waiting) {
      const w = waiting;
      waiting = null;
      w();
    }
  };
  watcher.on('change', (eventType, name) => {
    queue.push({ eventType, filename: name });
    wake();
  });
  watcher.on('error', (err) => {
    failure = err;
    wake();
  });
  const stop = () => {
    finished = true;
    watcher.close();
    wake();
  };
  // An abort, before the first next() or during the iteration, rejects the next next().
  const abort = () => {
    const { AbortError } = require('internal/errors');
    failure = new AbortError(undefined, { cause: options.signal.reason });
    stop();
  };
  if (options.signal) {
    if (options.signal.aborted) abort();
    else options.signal.addEventListener('abort', abort, { once: true });
  }
  return {
    async next() {
      for (;;) {
        if (queue.length > 0) return { value: queue.shift(), done: false };
        if (failure) {
          const err = failure;
          failure = null;
          finished = true;
          watcher.close();
          throw err;
        }
        if (finished) return { value: undefined, done: true };
        await new Promise((resolve) => { waiting = resolve; });
      }
    },
    async return() {
      stop();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._bigint = bigint;
    this._handle = new binding.Watcher((status, both) => {
      const curr = getStatsFromBinding(both.subarray(0, 18));
      const prev = getStatsFromBinding(both.subarray(18, 36));
      this.emit('change', curr, prev);
    });
  }

  _start(filename, persistent, interval) {
    const err = this._handle.startPoll(filename, interval);
    if (err !== 0) throw watchError(err, filename);
    if (!persistent) this._handle.ref(false);
  }

  stop() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    if (this._handle) this._handle.ref(true);
    return this;
  }

  unref() {
    if (this._handle) this._handle.ref(false);
    return this;
  }
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  const path = pathModule.resolve(toPathString(filename));
  if (typeof options === 'function') {
    listener = options;
    options = {};
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let watcher = statWatchers.get(path);
  if (watcher === undefined) {
    watcher = new StatWatcher(options.bigint);
    watcher._start(path, options.persistent, options.interval);
    statWatchers.set(path, watcher);
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  const path = pathModule.resolve(toPathString(filename));
  const watcher = statWatchers.get(path);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(path);
  }
}

module.exports = { watch, watchPromise, watchFile, unwatchFile, FSWatcher, StatWatcher };
